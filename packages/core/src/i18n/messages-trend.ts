import type { MessageFamily } from './messages.js';

// The trend chart's own texts: its summary sentences, legend entries, keyboard help and the
// paging of its long data table. `<mittari-trend>` adds them with `addMessages`. Some texts are
// the same in every language (`trend.point`, `trend.ratio`) but stay here so that a translation
// can change word order without touching code.

const fi = {
  'trend.line': 'trendiviiva',
  'trend.rolling-mean': 'liukuva keskiarvo',
  'annotation.break': 'tilastointitavan muutos',
  'annotation.revision': 'tietojen tarkistus',
  'trend.name': 'Kehitys: {what}',
  'trend.series': '{series}: {first} ({firstPeriod}) → {last} ({lastPeriod}).',
  'trend.series.empty': '{series}: ei arvoja.',
  'trend.range': '{count} jaksoa, {from}–{to}, arvot {min}–{max}.',
  'trend.target': 'Tavoite {value} ({from}–{to}).',
  'trend.break': 'Sarjassa katko: {label} ({period}).',
  'trend.revision': 'Tarkistus: {label} ({period}).',
  'trend.revisions': 'Sarjassa on {count} tarkistusmerkintää (kolmiot vaaka-akselilla).',
  'trend.note': 'Huomio: {label} ({period}).',
  'trend.provisional': 'Katkoviivalla ja ontoin merkein piirretyt arvot ovat ennakollisia.',
  'trend.gaps': 'Salatut ja puuttuvat arvot näkyvät aukkoina viivassa.',
  'trend.keys':
    'Nuolinäppäimet vasen ja oikea siirtävät jaksosta toiseen, ylös ja alas sarjasta toiseen; Home ja End hyppäävät alkuun ja loppuun.',
  'trend.point': '{series}, {period}: {value}',
  'trend.ratio': '{numerator} / {denominator}',
  'trend.reference': '{area} (vertailu)',
  'trend.rolling': 'liukuva keskiarvo, {n} jaksoa',
  'trend.linear': 'lineaarinen trendi',
  'trend.tolerance': 'Toleranssi',
  'trend.x': 'X',
  'trend.time': 'Aika',
  'trend.rows': 'Rivit {from}–{to} / {total}',
  'trend.previous': 'Edelliset rivit',
  'trend.next': 'Seuraavat rivit',
} as const;

/** A key of the trend chart's message family. */
export type TrendMessageKey = keyof typeof fi;

/**
 * The trend chart's texts in fi / sv / en. Register them with {@link addMessages} before
 * reading them with {@link msg}.
 *
 * @example
 * ```ts
 * addMessages(TREND_MESSAGES);
 * msg('trend.linear', 'sv'); // "linjär trend"
 * ```
 */
export const TREND_MESSAGES: MessageFamily<TrendMessageKey> = {
  fi,
  sv: {
    'trend.line': 'trendlinje',
    'trend.rolling-mean': 'glidande medelvärde',
    'annotation.break': 'ändrad statistikföring',
    'annotation.revision': 'revidering av uppgifterna',
    'trend.name': 'Utveckling: {what}',
    'trend.series': '{series}: {first} ({firstPeriod}) → {last} ({lastPeriod}).',
    'trend.series.empty': '{series}: inga värden.',
    'trend.range': '{count} perioder, {from}–{to}, värden {min}–{max}.',
    'trend.target': 'Mål {value} ({from}–{to}).',
    'trend.break': 'Brott i serien: {label} ({period}).',
    'trend.revision': 'Revidering: {label} ({period}).',
    'trend.revisions': 'Serien har {count} revideringsanteckningar (trianglar på den vågräta axeln).',
    'trend.note': 'Anmärkning: {label} ({period}).',
    'trend.provisional': 'Värden ritade med streckad linje och ihåliga markeringar är preliminära.',
    'trend.gaps': 'Sekretessbelagda och saknade värden syns som luckor i linjen.',
    'trend.keys':
      'Piltangenterna vänster och höger flyttar mellan perioder, upp och ned mellan serier; Home och End hoppar till början och slutet.',
    'trend.point': '{series}, {period}: {value}',
    'trend.ratio': '{numerator} / {denominator}',
    'trend.reference': '{area} (jämförelse)',
    'trend.rolling': 'glidande medelvärde, {n} perioder',
    'trend.linear': 'linjär trend',
    'trend.tolerance': 'Tolerans',
    'trend.x': 'X',
    'trend.time': 'Tid',
    'trend.rows': 'Rader {from}–{to} av {total}',
    'trend.previous': 'Föregående rader',
    'trend.next': 'Följande rader',
  },
  en: {
    'trend.line': 'trend line',
    'trend.rolling-mean': 'rolling mean',
    'annotation.break': 'series break',
    'annotation.revision': 'data revision',
    'trend.name': 'Trend: {what}',
    'trend.series': '{series}: {first} ({firstPeriod}) → {last} ({lastPeriod}).',
    'trend.series.empty': '{series}: no values.',
    'trend.range': '{count} periods, {from}–{to}, values {min}–{max}.',
    'trend.target': 'Target {value} ({from}–{to}).',
    'trend.break': 'Series break: {label} ({period}).',
    'trend.revision': 'Revision: {label} ({period}).',
    'trend.revisions': 'The series has {count} revision notes (triangles on the horizontal axis).',
    'trend.note': 'Note: {label} ({period}).',
    'trend.provisional': 'Values drawn with a dashed line and hollow marks are provisional.',
    'trend.gaps': 'Suppressed and missing values are shown as gaps in the line.',
    'trend.keys':
      'Left and right arrow keys move between periods, up and down between series; Home and End jump to the start and the end.',
    'trend.point': '{series}, {period}: {value}',
    'trend.ratio': '{numerator} / {denominator}',
    'trend.reference': '{area} (comparison)',
    'trend.rolling': 'rolling mean, {n} periods',
    'trend.linear': 'linear trend',
    'trend.tolerance': 'Tolerance',
    'trend.x': 'X',
    'trend.time': 'Time',
    'trend.rows': 'Rows {from}–{to} of {total}',
    'trend.previous': 'Previous rows',
    'trend.next': 'Next rows',
  },
};
