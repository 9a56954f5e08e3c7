import type { Label } from './classifications.js';
import type { Counts1001 } from './sources.js';

/** A break or revision note as the dataset format writes it (decision 0002). */
export interface AnnotationDef {
  readonly kind: 'break' | 'revision';
  readonly period: string;
  readonly indicators: readonly string[];
  readonly label: Label;
}

/** The smallest January step in the national labour force that gets a revision note: 0.1 %. */
export const REVISION_MIN_STEP = 0.001;

/** The TE24 reform: TE offices handed over to 45 municipal employment areas on 1.1.2025. */
export function te24Break(indicators: readonly string[]): AnnotationDef {
  return {
    kind: 'break',
    period: '2025-01',
    indicators,
    label: {
      fi: 'TE24-uudistus 1.1.2025: TE-toimistojen palvelut siirtyivät 45 työllisyysalueelle',
      sv: 'TE24-reformen 1.1.2025: TE-byråernas tjänster överfördes till 45 sysselsättningsområden',
      en: 'TE24 reform, 1 Jan 2025: TE office services moved to 45 municipal employment areas',
    },
  };
}

const pct = (x: number, locale: 'fi' | 'sv' | 'en'): string => {
  const s = (x * 100).toFixed(1);
  const signed = x > 0 ? `+${s}` : s.replace('-', '−');
  return locale === 'en' ? `${signed} %` : `${signed.replace('.', ',')} %`;
};

/**
 * Revision notes for the yearly update of the labour-force denominator, detected from the
 * data: a January whose national labour force (table 1001) differs from the December before
 * by at least {@link REVISION_MIN_STEP} gets a note that states the step. Table 1001 ends in
 * 2020; for the Januaries after it, where the step is not in this data, `laterJanuaries`
 * get a note that the figure was updated without a size.
 *
 * @example
 * ```ts
 * labourForceRevisions(readCountry1001(), ['unemployed-share'], [2021, 2022]);
 * ```
 */
export function labourForceRevisions(
  country: readonly Counts1001[],
  indicators: readonly string[],
  laterJanuaries: readonly number[],
): AnnotationDef[] {
  const byPeriod = new Map(country.map((c) => [c.period, c.labourForce]));
  const out: AnnotationDef[] = [];
  for (const [period, lf] of [...byPeriod].sort(([a], [b]) => a.localeCompare(b))) {
    if (!period.endsWith('-01') || lf === null) continue;
    const year = Number(period.slice(0, 4));
    const before = byPeriod.get(`${year - 1}-12`);
    if (before === undefined || before === null) continue;
    const step = lf / before - 1;
    if (Math.abs(step) < REVISION_MIN_STEP) continue;
    out.push({
      kind: 'revision',
      period,
      indicators,
      label: {
        fi: `Työvoiman luku päivitetty (koko maa ${pct(step, 'fi')})`,
        sv: `Arbetskraftens antal uppdaterat (hela landet ${pct(step, 'sv')})`,
        en: `Labour force figure updated (whole country ${pct(step, 'en')})`,
      },
    });
  }
  for (const year of laterJanuaries) {
    out.push({
      kind: 'revision',
      period: `${year}-01`,
      indicators,
      label: {
        fi: 'Työvoiman luku päivitetty (muutoksen suuruus ei ole tässä aineistossa)',
        sv: 'Arbetskraftens antal uppdaterat (ändringens storlek finns inte i detta material)',
        en: 'Labour force figure updated (the size of the step is not in this data)',
      },
    });
  }
  return out;
}
