import { GEO_LEVELS, type GeoLevel } from './levels.js';
import { areasOf, levelYears, type AreaInfo } from './names.js';

/** The areas of every level that existed in one year. */
export interface YearClassification {
  readonly year: number;
  /** Levels that existed that year, each with its areas sorted by code. */
  readonly levels: Partial<Record<GeoLevel, readonly AreaInfo[]>>;
}

/**
 * The classification of one year: every level that existed then with its areas and their
 * fi/sv/en names. Synchronous, from the tables inside the package. Levels that did not exist
 * that year (employment areas before 2025, ELY centres in 2026) are absent.
 *
 * @example
 * ```ts
 * const c = classification(2025);
 * c.levels.municipality?.length;      // 308
 * c.levels['employment-area']?.length; // 45
 * c.levels.elinvoimakeskus;            // undefined (from 2026)
 * ```
 */
export function classification(year: number): YearClassification {
  const levels: Partial<Record<GeoLevel, readonly AreaInfo[]>> = {};
  for (const level of GEO_LEVELS) {
    const [first, last] = levelYears(level);
    if (year >= first && year <= last) levels[level] = areasOf(level, year);
  }
  return { year, levels };
}
