// What the demo dataset (demo/data/build.ts) writes beside its real values, repeated in the
// excerpts the gauge, KPI, table and trend tests and stories use: the EXAMPLE targets (no
// authority set them) and the series' annotations. One place, so the excerpts cannot drift apart.
import type { Annotation, Target } from '@mittari/core';

const EXAMPLE_SET_BY = {
  fi: 'Esimerkkitavoite (ei viranomaisen asettama): alueen oma vuosikeskiarvo 3 vuotta aiemmin miinus 1 prosenttiyksikkö',
  sv: 'Exempelmål (inte fastställt av någon myndighet): områdets eget årsmedelvärde 3 år tidigare minus 1 procentenhet',
  en: "Example target (set by no authority): the area's own annual mean 3 years earlier minus 1 percentage point",
};

/** The demo's example target for unemployed jobseekers' share in `area` for a whole `year`. */
export function exampleTarget(area: string, year: number, value: number): Target {
  return {
    indicator: 'unemployed-share',
    area,
    period: `${year}-01`,
    to: `${year}-12`,
    value,
    tolerance: { kind: 'absolute', value: 0.5 },
    setBy: EXAMPLE_SET_BY,
    example: true,
  };
}

/** The TE24 reform's series break (1 January 2025). */
export const TE24_BREAK: Annotation = {
  kind: 'break',
  period: '2025-01',
  indicators: ['unemployed-share'],
  label: {
    fi: 'TE24-uudistus 1.1.2025: TE-toimistojen palvelut siirtyivät 45 työllisyysalueelle',
    sv: 'TE24-reformen 1.1.2025: TE-byråernas tjänster överfördes till 45 sysselsättningsområden',
    en: 'TE24 reform, 1 Jan 2025: TE office services moved to 45 municipal employment areas',
  },
};

/**
 * January's update of the labour-force denominator, with the whole country's step in per cent
 * when the data has it.
 */
export function labourForceRevision(period: string, wholeCountryChange?: number): Annotation {
  const step =
    wholeCountryChange === undefined
      ? undefined
      : `${wholeCountryChange < 0 ? '−' : '+'}${Math.abs(wholeCountryChange).toFixed(1)}`;
  const comma = step?.replace('.', ',');
  return {
    kind: 'revision',
    period,
    indicators: ['unemployed-share'],
    label:
      step === undefined
        ? {
            fi: 'Työvoiman luku päivitetty (muutoksen suuruus ei ole tässä aineistossa)',
            sv: 'Arbetskraftens antal uppdaterat (ändringens storlek finns inte i detta material)',
            en: 'Labour force figure updated (the size of the step is not in this data)',
          }
        : {
            fi: `Työvoiman luku päivitetty (koko maa ${comma} %)`,
            sv: `Arbetskraftens antal uppdaterat (hela landet ${comma} %)`,
            en: `Labour force figure updated (whole country ${step} %)`,
          },
  };
}
