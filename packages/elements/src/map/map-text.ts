import type { Locale, Unit } from '@mittari/core';

/**
 * TODO(core): map and ranking strings that core's message catalogue does not have yet.
 * Complete in fi / sv / en. Swap each for core's `msg()` once the key exists there.
 */
export const MAP_TEXT = {
  'level.country': { fi: 'koko maa', sv: 'hela landet', en: 'whole country' },
  'level.region': { fi: 'maakunnat', sv: 'landskap', en: 'regions' },
  'level.sub-region': { fi: 'seutukunnat', sv: 'ekonomiska regioner', en: 'sub-regions' },
  'level.municipality': { fi: 'kunnat', sv: 'kommuner', en: 'municipalities' },
  'level.wellbeing-county': { fi: 'hyvinvointialueet', sv: 'välfärdsområden', en: 'wellbeing services counties' },
  'level.employment-area': { fi: 'työllisyysalueet', sv: 'sysselsättningsområden', en: 'employment areas' },
  'level.ely-centre': { fi: 'ELY-keskukset', sv: 'NTM-centraler', en: 'ELY Centres' },
  'level.elinvoimakeskus': { fi: 'elinvoimakeskukset', sv: 'livskraftscentraler', en: 'Economic Development Centres' },
  'level.provider': { fi: 'palveluntuottajat', sv: 'tjänsteproducenter', en: 'service providers' },
  'level.switch': { fi: 'Aluetaso', sv: 'Områdesnivå', en: 'Area level' },
  name: { fi: '{indicator}, {level}, {period}', sv: '{indicator}, {level}, {period}', en: '{indicator}, {level}, {period}' },
  summary: {
    fi: '{indicator} {period}, {count} aluetta. Paras {best} ({bestValue}), heikoin {worst} ({worstValue}).',
    sv: '{indicator} {period}, {count} områden. Bäst {best} ({bestValue}), svagast {worst} ({worstValue}).',
    en: '{indicator} {period}, {count} areas. Best {best} ({bestValue}), weakest {worst} ({worstValue}).',
  },
  'summary.neutral': {
    fi: '{indicator} {period}, {count} aluetta. Suurin {best} ({bestValue}), pienin {worst} ({worstValue}).',
    sv: '{indicator} {period}, {count} områden. Störst {best} ({bestValue}), minst {worst} ({worstValue}).',
    en: '{indicator} {period}, {count} areas. Highest {best} ({bestValue}), lowest {worst} ({worstValue}).',
  },
  'summary.no-value': { fi: '{n} alueelta ei ole arvoa.', sv: '{n} områden saknar värde.', en: '{n} areas have no value.' },
  rank: { fi: 'sija {rank}/{of}', sv: 'plats {rank}/{of}', en: 'rank {rank} of {of}' },
  'rank.none': { fi: 'ei sijaa', sv: 'ingen placering', en: 'not ranked' },
  difference: { fi: 'ero: {reference} {difference}', sv: 'skillnad mot {reference}: {difference}', en: 'difference from {reference}: {difference}' },
  'target.value': { fi: 'tavoite {target}', sv: 'mål {target}', en: 'target {target}' },
  'target.status': { fi: 'Tavoitteen toteutuminen', sv: 'Måluppfyllelse', en: 'Target status' },
  'column.rank': { fi: 'Sija', sv: 'Plats', en: 'Rank' },
  'column.difference': { fi: 'Ero: {reference}', sv: 'Skillnad mot {reference}', en: 'Difference from {reference}' },
  legend: { fi: 'Selite', sv: 'Teckenförklaring', en: 'Legend' },
  'legend.suppressed': { fi: 'Salattu (pieni lukumäärä)', sv: 'Skyddad (litet antal)', en: 'Suppressed (small count)' },
  'legend.missing': { fi: 'Ei tietoa', sv: 'Uppgift saknas', en: 'No data' },
  'legend.better': { fi: 'parempi', sv: 'bättre', en: 'better' },
  'legend.center.target': { fi: 'keskellä tavoite {value}', sv: 'mitten är målet {value}', en: 'centred on the target {value}' },
  'legend.center.reference': { fi: 'keskellä {area} {value}', sv: 'mitten är {area} {value}', en: 'centred on {area} {value}' },
  'legend.range': { fi: '{from} – {to}', sv: '{from} – {to}', en: '{from} – {to}' },
  'legend.highlight': { fi: 'Oma alue: {area}', sv: 'Eget område: {area}', en: 'Your area: {area}' },
  find: { fi: 'Etsi alue', sv: 'Sök område', en: 'Find area' },
  'find.none': { fi: 'Aluetta ”{query}” ei löytynyt.', sv: 'Området ”{query}” hittades inte.', en: 'No area matches “{query}”.' },
  'find.found': { fi: 'Valittu {area}.', sv: 'Vald {area}.', en: 'Showing {area}.' },
  keys: {
    fi: 'Nuolinäppäimet: naapurialue. Home ja End: paras ja heikoin. PageUp ja PageDown: seuraava sija. Enter: valitse.',
    sv: 'Piltangenter: grannområde. Home och End: bäst och svagast. PageUp och PageDown: nästa placering. Enter: välj.',
    en: 'Arrow keys: neighbouring area. Home and End: best and weakest. PageUp and PageDown: next rank. Enter: select.',
  },
  'aland.none': { fi: 'Ahvenanmaa ei kuulu tähän aluejakoon.', sv: 'Åland ingår inte i denna indelning.', en: 'Åland is not part of this division.' },
  moved: { fi: 'tieto kuntakoodilta {code}', sv: 'uppgift från kommunkod {code}', en: 'value from municipality code {code}' },
  reference: { fi: 'Vertailualue', sv: 'Jämförelseområde', en: 'Reference' },
  'ranking.name': { fi: '{indicator}, {level}, {period}: järjestys', sv: '{indicator}, {level}, {period}: rangordning', en: '{indicator}, {level}, {period}: ranking' },
  'unit.percentage-points': { fi: '%-yks.', sv: 'procentenheter', en: 'pp' },
} as const satisfies Record<string, Record<Locale, string>>;

/** A key of {@link MAP_TEXT}. */
export type MapTextKey = keyof typeof MAP_TEXT;

/**
 * A map / ranking string with `{name}` placeholders filled (plain text; Lit escapes it).
 *
 * @example
 * ```ts
 * mapText('rank', 'sv', { rank: 3, of: 19 }); // "plats 3/19"
 * ```
 */
export function mapText(key: MapTextKey, locale: Locale, params?: Readonly<Record<string, string | number>>): string {
  const template: string = MAP_TEXT[key][locale];
  return params ? template.replace(/\{(\w+)\}/g, (w, n: string) => (params[n] === undefined ? w : String(params[n]))) : template;
}

const TAGS: Readonly<Record<Locale, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/**
 * TODO(core): number formatting until core's `formatValue` is exported. Decimal comma and
 * non-breaking thousands space in fi and sv; the unit after a no-break space.
 *
 * @example
 * ```ts
 * formatNumber(10.25, 'percent', 1, 'fi'); // "10,3 %"
 * ```
 */
export function formatNumber(value: number, unit: Unit, decimals: number, locale: Locale, signed = false): string {
  const n = new Intl.NumberFormat(TAGS[locale], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
  }).format(value);
  const suffix = unit === 'percent' ? ' %' : unit === 'percentage-points' ? ` ${MAP_TEXT['unit.percentage-points'][locale]}` : unit === 'euro' ? ' €' : '';
  return `${n.replace(/-/, '−')}${suffix.replace(' ', '\u00a0')}`;
}

/**
 * TODO(core): period names until core's `formatPeriod` is exported. Months by name in the
 * language (UTC, so the time zone never shifts a month); other periods as written.
 *
 * @example
 * ```ts
 * formatPeriodText('2025-01', 'sv'); // "januari 2025"
 * ```
 */
export function formatPeriodText(period: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return period.replace(/^(\d{4})-Q(\d)$/, locale === 'fi' ? '$2. nelj. $1' : locale === 'sv' ? 'kv. $2 $1' : 'Q$2 $1');
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return new Intl.DateTimeFormat(TAGS[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
