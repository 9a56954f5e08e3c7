import {
  normalizeAreaCode,
  type AreaCode,
  type AreaLevel,
  type ParseError,
  type Result,
} from '@mittari/core';
import { MEMBERS } from './generated/membership.js';
import { MERGERS } from './generated/mergers.js';
import { CLASSIFICATION_SPAN, areaInfo, type AreaLabel } from './names.js';

/** A code that exists in the year asked about, with its names. */
export interface CheckedArea extends AreaCode {
  /** Names; absent for `provider` codes, which the classification does not cover. */
  readonly label?: AreaLabel;
}

/** A municipal merger: the municipality that took the old one in, and when. */
export interface Merger {
  readonly code: string;
  readonly into: string;
  /** ISO date the merger took effect (always 1 January). */
  readonly date: string;
}

function failure(message: string): { success: false; error: ParseError } {
  return { success: false, error: { message, issues: [{ path: [], message }] } };
}

/**
 * The merger that ended a municipality, or `undefined` if it was never merged away in 2013–2026.
 *
 * @example
 * ```ts
 * mergerOf('KU588'); // { code: 'KU588', into: 'KU507', date: '2025-01-01' }
 * ```
 */
export function mergerOf(code: string): Merger | undefined {
  const m = MERGERS[code];
  return m && { code, into: m[0], date: `${m[1]}-01-01` };
}

/** Every municipal merger of 2013–2026, oldest first. */
export function mergers(): Merger[] {
  return Object.keys(MERGERS)
    .map((code) => mergerOf(code)!)
    .sort((a, b) => (a.date === b.date ? (a.code < b.code ? -1 : 1) : a.date < b.date ? -1 : 1));
}

// The list of codes, not the names table: a map that only follows mergers then carries 1.3 kB (minified)
// instead of every area's names in three languages (the CMS map chunk, decision 0162).
let municipalityCodes: ReadonlySet<string> | undefined;
function isMunicipalityCode(code: string): boolean {
  municipalityCodes ??= new Set(MEMBERS.split(',').map((n) => `KU${n}`));
  return municipalityCodes.has(code);
}

/**
 * The current (2025–) municipality that an older municipality code is now part of, following
 * chains of mergers; a current code maps to itself. Accepts any form core accepts for a
 * municipality (`588`, `KU588`). `undefined` for a code that never existed in 2013–2026.
 * Use it to move statistics published on an older municipal division onto the current one.
 *
 * @example
 * ```ts
 * successorOf('KU588'); // "KU507" (Pertunmaa → Mäntyharju, 2025)
 * successorOf('413');   // "KU609" (Lavia → Pori, 2015)
 * successorOf('KU091'); // "KU091"
 * ```
 */
export function successorOf(code: string): string | undefined {
  const r = normalizeAreaCode(code, 'municipality');
  if (!r.success || !isMunicipalityCode(r.data.code)) return undefined;
  let current = r.data.code;
  for (let m = MERGERS[current]; m; m = MERGERS[current]) current = m[0];
  return current;
}

/**
 * Checks that an area code exists in a year. Normalises first (so `588` with level
 * `municipality` is read as `KU588`); a code unknown that year gets an error naming the code
 * and the year, and the reason when one is known: a merger, or the years the area existed.
 * `provider` codes pass on syntax alone (they are not in the classification). Never throws.
 *
 * @example
 * ```ts
 * const r = checkAreaCode('KU588', 2025);
 * if (!r.success) r.error.message;
 * // 'unknown area code in 2025: "KU588" (merged into KU507 on 2025-01-01)'
 * checkAreaCode('91', 2025, 'municipality'); // { success: true, data: { code: 'KU091', level: 'municipality', label: … } }
 * ```
 */
export function checkAreaCode(input: unknown, year: number, level?: AreaLevel): Result<CheckedArea> {
  if (!Number.isInteger(year) || year < CLASSIFICATION_SPAN[0] || year > CLASSIFICATION_SPAN[1]) {
    return failure(
      `no area classification for year ${String(year)} (${CLASSIFICATION_SPAN[0]}–${CLASSIFICATION_SPAN[1]})`,
    );
  }
  const r = normalizeAreaCode(input, level);
  if (!r.success) return r;
  const { code } = r.data;
  if (r.data.level === 'provider') return { success: true, data: r.data };
  const info = areaInfo(code);
  const unknown = `unknown area code in ${year}: ${JSON.stringify(code)}`;
  if (!info) return failure(unknown);
  if (year < info.years[0] || year > info.years[1]) {
    const merger = mergerOf(code);
    if (merger && year >= Number(merger.date.slice(0, 4)))
      return failure(`${unknown} (merged into ${merger.into} on ${merger.date})`);
    const span = info.years[0] === info.years[1] ? `${info.years[0]}` : `${info.years[0]}–${info.years[1]}`;
    return failure(`${unknown} (exists ${span})`);
  }
  return { success: true, data: { code, level: r.data.level, label: info.label } };
}
