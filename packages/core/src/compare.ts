import type { Direction } from './schemas/primitives.js';
import type { Cell } from './suppression.js';
import { cell, combineStatus, hasValue } from './cell.js';

/** A value of one area, as the comparison functions read it. */
export interface AreaValue extends Cell {
  readonly area: string;
}

/** One area's place in a ranking. `rank` is `null` for areas with no value (missing or suppressed). */
export interface Ranked extends AreaValue {
  readonly rank: number | null;
  /** How many areas were ranked (the N of "n / N"). */
  readonly of: number;
}

/** Options of {@link rankAreas}. */
export interface RankOptions {
  /** For `target-is-best`: rank by distance from this value. */
  readonly target?: number;
}

/**
 * Ranks areas best first by the indicator's direction (`higher-is-better`: largest first;
 * `lower-is-better`: smallest first; `target-is-best`: closest to `options.target`; `neutral`:
 * largest first). Ties share the best rank (1, 2, 2, 4). Areas without a value come last,
 * unranked — a suppressed value is never placed.
 *
 * @example
 * ```ts
 * rankAreas([{ area: 'A', value: 8, status: 'final' }, { area: 'B', value: 6, status: 'final' }], 'lower-is-better');
 * // [{ area: 'B', value: 6, rank: 1, of: 2, … }, { area: 'A', value: 8, rank: 2, of: 2, … }]
 * ```
 */
export function rankAreas(
  values: readonly AreaValue[],
  direction: Direction,
  options: RankOptions = {},
): Ranked[] {
  const key = (v: number): number => {
    if (direction === 'lower-is-better') return v;
    if (direction === 'target-is-best' && options.target !== undefined) return Math.abs(v - options.target);
    return -v;
  };
  const withValue = values
    .filter((v) => hasValue(v))
    .map((v) => ({ ...v, value: v.value as number }))
    .sort((a, b) => key(a.value) - key(b.value));
  const of = withValue.length;
  const ranked: Ranked[] = [];
  withValue.forEach((v, i) => {
    const prev = ranked[i - 1];
    const rank =
      prev && prev.value !== null && key(prev.value) === key(v.value) ? (prev.rank ?? i + 1) : i + 1;
    ranked.push({ ...v, rank, of });
  });
  for (const v of values)
    if (!hasValue(v)) ranked.push({ area: v.area, ...cell(null, v.status), rank: null, of });
  return ranked;
}

/** One area compared with a reference area and with the mean of all areas. */
export interface Comparison extends AreaValue {
  /** value − reference value, in the indicator's unit (percentage points for percents). */
  readonly difference: number | null;
  /** (value − reference) ÷ |reference|; `null` when the reference is 0 or unknown. */
  readonly relativeDifference: number | null;
  /** value − the unweighted mean of the areas compared (the reference excluded). */
  readonly differenceFromMean: number | null;
  /** Percent rank 0–100: the share of the other areas with a smaller value. */
  readonly percentile: number | null;
  /** The status of the differences: suppressed or missing if either side is. */
  readonly comparisonStatus: Cell['status'];
}

/** Options of {@link compareToReference}. */
export interface CompareOptions {
  /** The reference area's code: `SSS` (whole country) by default, or e.g. `MA1` (mainland Finland). */
  readonly reference?: string;
}

/**
 * Compares each area with a reference area (the whole country, `SSS`, by default) and with the
 * mean of the areas, and gives its percentile. The reference's own row is left out of the
 * output. A suppressed area gets no differences (they would give its value away).
 *
 * @example
 * ```ts
 * compareToReference([
 *   { area: 'SSS', value: 10, status: 'final' },
 *   { area: 'MK06', value: 10.8, status: 'final' },
 *   { area: 'MK02', value: 8.4, status: 'final' },
 * ]);
 * // MK06: difference 0.8, differenceFromMean 1.2, percentile 100
 * ```
 */
export function compareToReference(values: readonly AreaValue[], options: CompareOptions = {}): Comparison[] {
  const refCode = options.reference ?? 'SSS';
  const ref = values.find((v) => v.area === refCode);
  const areas = values.filter((v) => v.area !== refCode);
  const known = areas.flatMap((v) => (hasValue(v) ? [v.value] : []));
  const mean = known.length ? known.reduce((s, v) => s + v, 0) / known.length : null;
  return areas.map((v) => {
    const status = combineStatus([v.status, ref?.status ?? 'missing']);
    const hasBoth = hasValue(v) && ref !== undefined && hasValue(ref);
    const difference = hasBoth ? v.value - (ref.value as number) : null;
    const relativeDifference =
      hasBoth && ref.value !== 0 ? (v.value - (ref.value as number)) / Math.abs(ref.value as number) : null;
    const others = hasValue(v) ? known.length - 1 : 0;
    return {
      area: v.area,
      ...cell(v.value, v.status),
      difference,
      relativeDifference,
      differenceFromMean: hasValue(v) && mean !== null ? v.value - mean : null,
      percentile:
        hasValue(v) && others > 0
          ? (100 * known.filter((k) => k < (v.value as number)).length) / others
          : null,
      comparisonStatus: hasBoth ? status : status === 'suppressed' ? 'suppressed' : 'missing',
    };
  });
}

/** Class breaks and each value's class, from {@link quantileClasses}. */
export interface QuantileClasses {
  /** Upper bounds of classes 0 … n − 2 (the last class is open above). */
  readonly breaks: number[];
  /** The class (0 … n − 1) of each input value, `null` for no value. */
  readonly classes: (number | null)[];
}

/**
 * Splits values into `n` classes of about equal size (quantiles, type 7 as in R and d3), e.g.
 * for a choropleth map. Values without a number (missing, suppressed) get no class.
 *
 * @example
 * ```ts
 * quantileClasses([1, 2, 3, 4, null, 5, 6, 7, 8], 4).classes; // [0, 0, 1, 1, null, 2, 2, 3, 3]
 * ```
 */
export function quantileClasses(values: readonly (number | null | Cell)[], n = 5): QuantileClasses {
  const nums = values.map((v) =>
    v === null
      ? null
      : typeof v === 'number'
        ? Number.isFinite(v)
          ? v
          : null
        : hasValue(v)
          ? v.value
          : null,
  );
  const sorted = nums.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const classesCount = Math.max(1, Math.floor(n));
  const breaks: number[] = [];
  if (sorted.length > 0) {
    for (let i = 1; i < classesCount; i++) breaks.push(quantileSorted(sorted, i / classesCount));
  }
  const classes = nums.map((v) => {
    if (v === null) return null;
    const c = breaks.findIndex((b) => v <= b);
    return c === -1 ? breaks.length : c;
  });
  return { breaks, classes };
}

/**
 * The p-quantile of sorted numbers (linear interpolation, type 7).
 *
 * @example
 * ```ts
 * quantileSorted([1, 2, 3, 4], 0.5); // 2.5
 * ```
 */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (h - lo) * (b - a);
}
