import { AREA_SPANS, LEVEL_SPANS, NAMES } from './generated/names.js';
import type { GeoLevel } from './levels.js';

/** An area's name in Finnish, Swedish and English (each filled; Finnish where no other exists). */
export interface AreaLabel {
  readonly fi: string;
  readonly sv: string;
  readonly en: string;
}

/** One area of the classification: its canonical code, level, names and the years it existed. */
export interface AreaInfo {
  readonly code: string;
  readonly level: GeoLevel;
  readonly label: AreaLabel;
  /** First and last year (inclusive) within the classification's years. */
  readonly years: readonly [first: number, last: number];
}

/** The first and last year the classification covers. */
export const CLASSIFICATION_SPAN = LEVEL_SPANS.municipality;

/** Every year the classification covers, oldest first. */
export const CLASSIFICATION_YEARS: readonly number[] = Array.from(
  { length: CLASSIFICATION_SPAN[1] - CLASSIFICATION_SPAN[0] + 1 },
  (_, i) => CLASSIFICATION_SPAN[0] + i,
);

const TABLES: Readonly<Record<GeoLevel, Readonly<Record<string, string>>>> = NAMES;

function unpack(packed: string): AreaLabel {
  const [fi = '', sv, en] = packed.split('|');
  return { fi, sv: sv || fi, en: en || fi };
}

/**
 * The years (first, last) a level exists in the classification.
 *
 * @example
 * ```ts
 * levelYears('employment-area'); // [2025, 2026]
 * ```
 */
export function levelYears(level: GeoLevel): readonly [number, number] {
  return LEVEL_SPANS[level];
}

/**
 * Everything known about a canonical area code, whatever the year; `undefined` if the code
 * never existed in 2013–2026.
 *
 * @example
 * ```ts
 * areaInfo('KU588'); // { code: 'KU588', level: 'municipality', label: { fi: 'Pertunmaa', … }, years: [2013, 2024] }
 * ```
 */
export function areaInfo(code: string): AreaInfo | undefined {
  for (const level of Object.keys(TABLES) as GeoLevel[]) {
    const packed = TABLES[level][code];
    if (packed !== undefined)
      return { code, level, label: unpack(packed), years: AREA_SPANS[code] ?? LEVEL_SPANS[level] };
  }
  return undefined;
}

/**
 * An area's name in one language (`fi`, `sv` or `en`); `undefined` for an unknown code.
 *
 * @example
 * ```ts
 * areaLabel('KU091', 'sv'); // "Helsingfors"
 * ```
 */
export function areaLabel(code: string, locale: keyof AreaLabel = 'fi'): string | undefined {
  return areaInfo(code)?.label[locale];
}

/**
 * The areas of a level that existed in a year, sorted by code (empty when the level did not
 * exist that year).
 *
 * @example
 * ```ts
 * areasOf('region', 2025).length;          // 19
 * areasOf('employment-area', 2024).length; // 0
 * ```
 */
export function areasOf(level: GeoLevel, year: number): AreaInfo[] {
  const out: AreaInfo[] = [];
  for (const [code, packed] of Object.entries(TABLES[level])) {
    const years = AREA_SPANS[code] ?? LEVEL_SPANS[level];
    if (years[0] <= year && year <= years[1]) out.push({ code, level, label: unpack(packed), years });
  }
  return out.sort((a, b) => (a.code < b.code ? -1 : 1));
}
