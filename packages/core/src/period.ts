import { addDays, differenceInCalendarDays, isExists } from 'date-fns';
import type { Frequency } from './schemas/primitives.js';
import { fail, ok, quote, type Result } from './result.js';

/**
 * A period in canonical form: `2025` (year), `2025-Q3` (quarter), `2025-09` (month) or
 * `2025-09-14` (day). Obtain one from {@link parsePeriod}; the helpers below accept any string
 * and answer `undefined` (or sort it last) when it is not a canonical period.
 */
export type Period = string;

/** A decoded period: frequency, year and the index inside the year (quarter 1–4, month 1–12). */
interface Parts {
  readonly frequency: Frequency;
  readonly year: number;
  readonly sub: number;
  readonly day: number;
}

const CANONICAL = /^(\d{4})(?:-(?:Q([1-4])|(\d{2})(?:-(\d{2}))?))?$/;
const STATFIN = /^(\d{4})(?:([MQ])(\d{1,2}))$/;

function makeParts(year: number, frequency: Frequency, sub = 0, day = 0): Parts | undefined {
  if (year < 1) return undefined;
  if (frequency === 'quarter' && (sub < 1 || sub > 4)) return undefined;
  if ((frequency === 'month' || frequency === 'day') && (sub < 1 || sub > 12)) return undefined;
  if (frequency === 'day' && !isExists(year, sub - 1, day)) return undefined;
  return { frequency, year, sub, day };
}

function decodeCanonical(p: string): Parts | undefined {
  const m = CANONICAL.exec(p);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] !== undefined) return makeParts(year, 'quarter', Number(m[2]));
  if (m[3] !== undefined && m[4] !== undefined) return makeParts(year, 'day', Number(m[3]), Number(m[4]));
  if (m[3] !== undefined) return makeParts(year, 'month', Number(m[3]));
  return makeParts(year, 'year');
}

function decodeLenient(input: string): Parts | undefined {
  const s = input.trim().toUpperCase();
  const canonical = decodeCanonical(s);
  if (canonical) return canonical;
  const m = STATFIN.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  return makeParts(year, m[2] === 'Q' ? 'quarter' : 'month', Number(m[3]));
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function encode(p: Parts): Period {
  const y = pad(p.year, 4);
  switch (p.frequency) {
    case 'year':
      return y;
    case 'quarter':
      return `${y}-Q${p.sub}`;
    case 'month':
      return `${y}-${pad(p.sub, 2)}`;
    case 'day':
      return `${y}-${pad(p.sub, 2)}-${pad(p.day, 2)}`;
  }
}

// Day arithmetic goes through date-fns on local calendar dates, which is exact across DST
// changes; months, quarters and years are plain integer arithmetic.
const EPOCH = localDate(1970, 1, 1);

function localDate(year: number, month: number, day: number): Date {
  const d = new Date(0);
  d.setFullYear(year, month - 1, day);
  d.setHours(0, 0, 0, 0);
  return d;
}

function ordinal(p: Parts): number {
  switch (p.frequency) {
    case 'year':
      return p.year;
    case 'quarter':
      return p.year * 4 + p.sub - 1;
    case 'month':
      return p.year * 12 + p.sub - 1;
    case 'day':
      return differenceInCalendarDays(localDate(p.year, p.sub, p.day), EPOCH);
  }
}

function fromOrdinal(frequency: Frequency, n: number): Parts | undefined {
  if (!Number.isSafeInteger(n)) return undefined;
  switch (frequency) {
    case 'year':
      return n >= 1 && n <= 9999 ? makeParts(n, 'year') : undefined;
    case 'quarter':
      return makeParts(Math.floor(n / 4), 'quarter', (((n % 4) + 4) % 4) + 1);
    case 'month':
      return makeParts(Math.floor(n / 12), 'month', (((n % 12) + 12) % 12) + 1);
    case 'day': {
      if (Math.abs(n) > 3_000_000) return undefined;
      const d = addDays(EPOCH, n);
      return makeParts(d.getFullYear(), 'day', d.getMonth() + 1, d.getDate());
    }
  }
}

function inRange(p: Parts | undefined): Parts | undefined {
  return p && p.year >= 1 && p.year <= 9999 ? p : undefined;
}

/**
 * Parses a period written in any accepted form into its canonical form. Accepts `2025`,
 * `2025-Q3`, `2025-09`, `2025-09-14` and Statistics Finland's `2025M09` and `2025Q3`
 * (case-insensitive, surrounding spaces ignored). Never throws.
 *
 * @example
 * ```ts
 * parsePeriod('2025M09');  // { success: true, data: '2025-09' }
 * parsePeriod('2025Q3');   // { success: true, data: '2025-Q3' }
 * parsePeriod('2025-13');  // { success: false, error: { message: 'invalid period: "2025-13"', … } }
 * ```
 */
export function parsePeriod(input: unknown): Result<Period> {
  if (typeof input === 'number' && Number.isInteger(input) && input >= 1000 && input <= 9999) {
    return ok(String(input));
  }
  const parts = typeof input === 'string' ? decodeLenient(input) : undefined;
  return parts ? ok(encode(parts)) : fail([{ path: [], message: `invalid period: ${quote(input)}` }]);
}

/**
 * Whether a string is a period in canonical form (what {@link parsePeriod} returns).
 *
 * @example
 * ```ts
 * isPeriod('2025-Q3'); // true
 * isPeriod('2025Q3');  // false: parse it first
 * ```
 */
export function isPeriod(p: string): p is Period {
  const parts = decodeCanonical(p);
  return parts !== undefined && encode(parts) === p;
}

/**
 * The frequency of a canonical period, or `undefined` for anything else.
 *
 * @example
 * ```ts
 * periodFrequency('2025-09'); // "month"
 * ```
 */
export function periodFrequency(p: string): Frequency | undefined {
  return decodeCanonical(p)?.frequency;
}

/**
 * The calendar year of a canonical period.
 *
 * @example
 * ```ts
 * periodYear('2025-Q3'); // 2025
 * ```
 */
export function periodYear(p: string): number | undefined {
  return decodeCanonical(p)?.year;
}

/**
 * The first instant of a period, at midnight UTC; `undefined` for a non-canonical string.
 *
 * @example
 * ```ts
 * periodStart('2025-Q3')?.toISOString(); // "2025-07-01T00:00:00.000Z"
 * ```
 */
export function periodStart(p: string): Date | undefined {
  const parts = decodeCanonical(p);
  if (!parts) return undefined;
  const month =
    parts.frequency === 'quarter' ? (parts.sub - 1) * 3 : parts.frequency === 'year' ? 0 : parts.sub - 1;
  const d = new Date(0);
  d.setUTCFullYear(parts.year, month, parts.frequency === 'day' ? parts.day : 1);
  return d;
}

/**
 * The last millisecond of a period, UTC (inclusive end); `undefined` for a non-canonical string.
 *
 * @example
 * ```ts
 * periodEnd('2025-02')?.toISOString(); // "2025-02-28T23:59:59.999Z"
 * ```
 */
export function periodEnd(p: string): Date | undefined {
  const parts = decodeCanonical(p);
  if (!parts) return undefined;
  const next = fromOrdinal(parts.frequency, ordinal(parts) + 1);
  const start = next ? periodStart(encode(next)) : undefined;
  if (start) return new Date(start.getTime() - 1);
  // Only the last period of year 9999 has no successor.
  const d = new Date(0);
  d.setUTCFullYear(10000, 0, 1);
  return new Date(d.getTime() - 1);
}

/**
 * Orders periods by start, then shorter first (`2025-01` before `2025-Q1` before `2025`).
 * Non-canonical strings sort after every period, among themselves by code unit.
 *
 * @example
 * ```ts
 * ['2025-03', '2024-Q4', '2025'].sort(comparePeriods); // ["2024-Q4", "2025", "2025-03"]
 * ```
 */
export function comparePeriods(a: string, b: string): number {
  const sa = periodStart(a)?.getTime();
  const sb = periodStart(b)?.getTime();
  if (sa === undefined || sb === undefined) {
    if (sa !== undefined) return -1;
    if (sb !== undefined) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (sa !== sb) return sa - sb;
  const ea = periodEnd(a)?.getTime() ?? 0;
  const eb = periodEnd(b)?.getTime() ?? 0;
  return ea - eb;
}

/**
 * Moves a period by `n` periods of its own frequency; `undefined` when the input is not a
 * canonical period, `n` is not an integer or the result leaves years 1–9999.
 *
 * @example
 * ```ts
 * shiftPeriod('2025-01', -1);  // "2024-12"
 * shiftPeriod('2025-Q4', 1);   // "2026-Q1"
 * shiftPeriod('2024-02-28', 1); // "2024-02-29"
 * ```
 */
export function shiftPeriod(p: string, n: number): Period | undefined {
  const parts = decodeCanonical(p);
  if (!parts || !Number.isInteger(n)) return undefined;
  const shifted = inRange(fromOrdinal(parts.frequency, ordinal(parts) + n));
  return shifted ? encode(shifted) : undefined;
}

/**
 * The number of periods from `a` to `b` (both of the same frequency): `shiftPeriod(a, n) === b`.
 * `undefined` when they are not canonical or their frequencies differ.
 *
 * @example
 * ```ts
 * periodDistance('2024-11', '2025-02'); // 3
 * ```
 */
export function periodDistance(a: string, b: string): number | undefined {
  const pa = decodeCanonical(a);
  const pb = decodeCanonical(b);
  if (!pa || !pb || pa.frequency !== pb.frequency) return undefined;
  return ordinal(pb) - ordinal(pa);
}

/** Longest range {@link periodRange} builds, so a typo such as `0001`…`9999` in days cannot exhaust memory. */
export const MAX_PERIOD_RANGE = 100_000;

/**
 * Every period from `from` to `to`, both included. Empty when either is not canonical, their
 * frequencies differ, `to` is before `from`, or the range is longer than {@link MAX_PERIOD_RANGE}.
 *
 * @example
 * ```ts
 * periodRange('2024-Q3', '2025-Q1'); // ["2024-Q3", "2024-Q4", "2025-Q1"]
 * ```
 */
export function periodRange(from: string, to: string): Period[] {
  const a = decodeCanonical(from);
  const n = periodDistance(from, to);
  if (!a || n === undefined || n < 0 || n >= MAX_PERIOD_RANGE) return [];
  const start = ordinal(a);
  const out: Period[] = [];
  for (let i = 0; i <= n; i++) {
    const parts = fromOrdinal(a.frequency, start + i);
    if (parts) out.push(encode(parts));
  }
  return out;
}

const RANK: Record<Frequency, number> = { day: 0, month: 1, quarter: 2, year: 3 };

/**
 * The period of a coarser frequency that contains `p` (day → month → quarter → year).
 * Returns `p` itself for its own frequency and `undefined` for a finer one (a year does not
 * name one month) or a non-canonical input.
 *
 * @example
 * ```ts
 * convertPeriod('2025-09-14', 'quarter'); // "2025-Q3"
 * convertPeriod('2025-Q3', 'month');      // undefined
 * ```
 */
export function convertPeriod(p: string, frequency: Frequency): Period | undefined {
  const parts = decodeCanonical(p);
  if (!parts || RANK[frequency] < RANK[parts.frequency]) return undefined;
  if (frequency === parts.frequency) return p;
  const month = parts.frequency === 'year' ? 1 : parts.sub;
  if (frequency === 'year') return encode({ frequency, year: parts.year, sub: 0, day: 0 });
  if (frequency === 'quarter')
    return encode({ frequency, year: parts.year, sub: Math.ceil(month / 3), day: 0 });
  return encode({ frequency: 'month', year: parts.year, sub: month, day: 0 });
}

/**
 * The same period one year earlier: the comparison point for year-on-year change.
 *
 * @example
 * ```ts
 * yearEarlier('2025-09'); // "2024-09"
 * ```
 */
export function yearEarlier(p: string): Period | undefined {
  const f = periodFrequency(p);
  if (f === undefined) return undefined;
  if (f === 'day') {
    const parts = decodeCanonical(p);
    // 29 February has no twin a year earlier: fall back to 28 February.
    if (!parts) return undefined;
    const prev =
      makeParts(parts.year - 1, 'day', parts.sub, parts.day) ??
      makeParts(parts.year - 1, 'day', parts.sub, parts.day - 1);
    return prev ? encode(prev) : undefined;
  }
  return shiftPeriod(p, f === 'year' ? -1 : f === 'quarter' ? -4 : -12);
}

/** How many periods of a frequency make a year (days: 365). */
export function periodsPerYear(frequency: Frequency): number {
  return frequency === 'year' ? 1 : frequency === 'quarter' ? 4 : frequency === 'month' ? 12 : 365;
}
