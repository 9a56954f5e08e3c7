import { areasOf, membership, successorOf, type GroupingLevel } from '../../packages/geo-fi/src/index.js';

/** Text in the three interface languages. */
export interface Label {
  readonly fi: string;
  readonly sv: string;
  readonly en: string;
}

/** The aggregate levels this dataset carries, each with its membership year. */
export type AggregateLevel = 'region' | 'employment-area' | 'wellbeing-county' | 'elinvoimakeskus';

/** An area of the dataset with its level and names. */
export interface AreaInfo {
  readonly code: string;
  readonly level: 'country' | 'municipality' | AggregateLevel;
  readonly label: Label;
}

/** A municipality of one year's division with the codes of the areas it belongs to. */
export interface MunicipalityInfo extends AreaInfo {
  readonly level: 'municipality';
  readonly region: string;
  /** `null` for Åland, which runs its own employment services and is no employment area. */
  readonly employmentArea: string | null;
  readonly wellbeingCounty: string | null;
  /** `null` before 2026, when elinvoimakeskukset did not exist yet. */
  readonly elinvoimakeskus: string | null;
}

/** The Åland region; its municipalities are the difference between `SSS` and `MA1`. */
export const ALAND_REGION = 'MK21';
/** The whole country (decision 0001). */
export const WHOLE_COUNTRY = 'SSS';
/** Mainland Finland, the whole country less Åland (decision 0001). */
export const MAINLAND = 'MA1';

const label = (l: Label): Label => ({ fi: l.fi.trim(), sv: l.sv.trim(), en: l.en.trim() });

/**
 * The municipalities of one year's division (2013–2026) with the areas they belong to, from
 * `@mittari/geo-fi` (Statistics Finland's correspondence tables).
 *
 * @example
 * ```ts
 * municipalitiesOf(2025).find((m) => m.code === 'KU837')?.employmentArea; // "TA39"
 * ```
 */
export function municipalitiesOf(year: number): MunicipalityInfo[] {
  const of = (level: GroupingLevel): Map<string, string> => membership(level, year);
  const region = of('region');
  const employmentArea = of('employment-area');
  const wellbeingCounty = of('wellbeing-county');
  const evk = of('elinvoimakeskus');
  const list = areasOf('municipality', year);
  if (list.length === 0) throw new Error(`no municipal division for year ${year}`);
  return list.map((m) => {
    const r = region.get(m.code);
    if (r === undefined) throw new Error(`municipality without a region in ${year}: ${m.code}`);
    return {
      code: m.code,
      level: 'municipality' as const,
      label: label(m.label),
      region: r,
      employmentArea: employmentArea.get(m.code) ?? null,
      wellbeingCounty: wellbeingCounty.get(m.code) ?? null,
      elinvoimakeskus: evk.get(m.code) ?? null,
    };
  });
}

function areasOfLevel(level: AggregateLevel, year: number): AreaInfo[] {
  return areasOf(level, year).map((a) => ({ code: a.code, level, label: label(a.label) }));
}

/** The 19 regions (maakunnat) of 2025. */
export const regions = (): AreaInfo[] => areasOfLevel('region', 2025);
/** The 45 employment areas of the TE24 reform (from 2025). */
export const employmentAreas = (): AreaInfo[] => areasOfLevel('employment-area', 2025);
/** The 21 wellbeing services counties, the City of Helsinki (HVA90) and Åland (HVA91). */
export const wellbeingCounties = (): AreaInfo[] => areasOfLevel('wellbeing-county', 2025);
/** The 10 elinvoimakeskukset (Economic Development Centres) of 2026. */
export const elinvoimakeskukset = (): AreaInfo[] => areasOfLevel('elinvoimakeskus', 2026);

/** `SSS` and `MA1`, named as such. */
export function countryAreas(): AreaInfo[] {
  return [
    {
      code: WHOLE_COUNTRY,
      level: 'country',
      label: { fi: 'Koko maa', sv: 'Hela landet', en: 'Whole country' },
    },
    {
      code: MAINLAND,
      level: 'country',
      label: { fi: 'Manner-Suomi', sv: 'Fastlandsfinland', en: 'Mainland Finland' },
    },
  ];
}

/** Which municipalities make up each area of a level, from the municipalities' own memberships. */
export function membersByLevel(
  level: AggregateLevel,
  municipalities: readonly MunicipalityInfo[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of municipalities) {
    const parent =
      level === 'region'
        ? m.region
        : level === 'employment-area'
          ? m.employmentArea
          : level === 'wellbeing-county'
            ? m.wellbeingCounty
            : m.elinvoimakeskus;
    if (parent === null) continue;
    const list = out.get(parent) ?? [];
    list.push(m.code);
    out.set(parent, list);
  }
  for (const list of out.values()) list.sort();
  return out;
}

/** `SSS` (every municipality) and `MA1` (every municipality outside Åland). */
export function countryMembers(municipalities: readonly MunicipalityInfo[]): Map<string, string[]> {
  const all = municipalities.map((m) => m.code).sort();
  const mainland = municipalities
    .filter((m) => m.region !== ALAND_REGION)
    .map((m) => m.code)
    .sort();
  return new Map([
    [WHOLE_COUNTRY, all],
    [MAINLAND, mainland],
  ]);
}

/** The current (2025) municipality that an older municipality is part of (geo-fi's `successorOf`). */
export function successor2025(code: string): string {
  const s = successorOf(code);
  if (s === undefined) throw new Error(`unknown municipality code: ${JSON.stringify(code)}`);
  return s;
}

/** Names that table 1001 writes differently from the classification (2020 division). */
const NAME_ALIASES_1001: Readonly<Record<string, string>> = {
  'Maarianhamina - Mariehamn': 'Maarianhamina',
};

/**
 * Maps the 2020 municipality names of table 1001 to 2020 codes. Throws on a name it cannot
 * place, so that a renamed municipality never drops out of the weights silently.
 */
export function municipalityCodeOf2020Name(): (name: string) => string {
  const byName = new Map(areasOf('municipality', 2020).map((m) => [m.label.fi, m.code]));
  return (name) => {
    const code = byName.get(NAME_ALIASES_1001[name] ?? name);
    if (code === undefined) throw new Error(`unknown 2020 municipality name: ${JSON.stringify(name)}`);
    return code;
  };
}

/** Maps the region names of tables 1001 and 2310 to region codes. */
export function regionCodeOfName(): (name: string) => string {
  const byName = new Map(regions().map((r) => [r.label.fi, r.code]));
  return (name) => {
    const code = byName.get(name);
    if (code === undefined) throw new Error(`unknown region name: ${JSON.stringify(name)}`);
    return code;
  };
}
