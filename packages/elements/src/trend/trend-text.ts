import type { Locale } from '@mittari/core';

/**
 * TODO(core): the trend chart's interface strings, until core's message catalogue has them
 * (the keys are listed in the part 3 report). Complete in fi / sv / en; `trend.test.ts` checks.
 */
export const TREND_TEXT = {
  'trend.name': { fi: 'Kehitys: {what}', sv: 'Utveckling: {what}', en: 'Trend: {what}' },
  'trend.series': {
    fi: '{series}: {first} ({firstPeriod}) → {last} ({lastPeriod}).',
    sv: '{series}: {first} ({firstPeriod}) → {last} ({lastPeriod}).',
    en: '{series}: {first} ({firstPeriod}) → {last} ({lastPeriod}).',
  },
  'trend.series.empty': {
    fi: '{series}: ei arvoja.',
    sv: '{series}: inga värden.',
    en: '{series}: no values.',
  },
  'trend.range': {
    fi: '{count} jaksoa, {from}–{to}, arvot {min}–{max}.',
    sv: '{count} perioder, {from}–{to}, värden {min}–{max}.',
    en: '{count} periods, {from}–{to}, values {min}–{max}.',
  },
  'trend.target': {
    fi: 'Tavoite {value} ({from}–{to}).',
    sv: 'Mål {value} ({from}–{to}).',
    en: 'Target {value} ({from}–{to}).',
  },
  'trend.break': {
    fi: 'Sarjassa katko: {label} ({period}).',
    sv: 'Brott i serien: {label} ({period}).',
    en: 'Series break: {label} ({period}).',
  },
  'trend.revision': {
    fi: 'Tarkistus: {label} ({period}).',
    sv: 'Revidering: {label} ({period}).',
    en: 'Revision: {label} ({period}).',
  },
  'trend.revisions': {
    fi: 'Sarjassa on {count} tarkistusmerkintää (kolmiot vaaka-akselilla).',
    sv: 'Serien har {count} revideringsanteckningar (trianglar på den vågräta axeln).',
    en: 'The series has {count} revision notes (triangles on the horizontal axis).',
  },
  'trend.note': {
    fi: 'Huomio: {label} ({period}).',
    sv: 'Anmärkning: {label} ({period}).',
    en: 'Note: {label} ({period}).',
  },
  'trend.provisional': {
    fi: 'Katkoviivalla ja ontoin merkein piirretyt arvot ovat ennakollisia.',
    sv: 'Värden ritade med streckad linje och ihåliga markeringar är preliminära.',
    en: 'Values drawn with a dashed line and hollow marks are provisional.',
  },
  'trend.gaps': {
    fi: 'Salatut ja puuttuvat arvot näkyvät aukkoina viivassa.',
    sv: 'Skyddade och saknade värden syns som luckor i linjen.',
    en: 'Suppressed and missing values are shown as gaps in the line.',
  },
  'trend.keys': {
    fi: 'Nuolinäppäimet vasen ja oikea siirtävät jaksosta toiseen, ylös ja alas sarjasta toiseen; Home ja End hyppäävät alkuun ja loppuun.',
    sv: 'Piltangenterna vänster och höger flyttar mellan perioder, upp och ned mellan serier; Home och End hoppar till början och slutet.',
    en: 'Left and right arrow keys move between periods, up and down between series; Home and End jump to the start and the end.',
  },
  'trend.point': {
    fi: '{series}, {period}: {value}',
    sv: '{series}, {period}: {value}',
    en: '{series}, {period}: {value}',
  },
  'trend.ratio': {
    fi: '{numerator} / {denominator}',
    sv: '{numerator} / {denominator}',
    en: '{numerator} / {denominator}',
  },
  'trend.reference': { fi: '{area} (vertailu)', sv: '{area} (jämförelse)', en: '{area} (comparison)' },
  'trend.rolling': {
    fi: 'liukuva keskiarvo, {n} jaksoa',
    sv: 'glidande medelvärde, {n} perioder',
    en: 'rolling mean, {n} periods',
  },
  'trend.linear': { fi: 'lineaarinen trendi', sv: 'linjär trend', en: 'linear trend' },
  'trend.change': {
    fi: 'muutos vuodentakaisesta',
    sv: 'förändring från ett år tidigare',
    en: 'change from a year earlier',
  },
  'trend.tolerance': { fi: 'Toleranssi', sv: 'Tolerans', en: 'Tolerance' },
  'trend.legend': { fi: 'Selite', sv: 'Förklaring', en: 'Legend' },
  'trend.x': { fi: 'X', sv: 'X', en: 'X' },
  'trend.time': { fi: 'Aika', sv: 'Tid', en: 'Time' },
  'trend.rows': {
    fi: 'Rivit {from}–{to} / {total}',
    sv: 'Rader {from}–{to} av {total}',
    en: 'Rows {from}–{to} of {total}',
  },
  'trend.previous': { fi: 'Edelliset rivit', sv: 'Föregående rader', en: 'Previous rows' },
  'trend.next': { fi: 'Seuraavat rivit', sv: 'Följande rader', en: 'Next rows' },
} as const satisfies Record<string, Record<Locale, string>>;

/** A key of the trend chart's strings. */
export type TrendTextKey = keyof typeof TREND_TEXT;

/**
 * The trend chart's text for `key` in `locale`, `{name}` placeholders filled from `params`
 * (plain text; Lit renders it escaped).
 *
 * @example
 * ```ts
 * trendText('trend.linear', 'sv'); // "linjär trend"
 * ```
 */
export function trendText(
  key: TrendTextKey,
  locale: Locale,
  params?: Readonly<Record<string, string | number>>,
): string {
  const template: string = TREND_TEXT[key][locale];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}
