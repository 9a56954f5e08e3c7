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

/** Ranks as positions, from {@link rankPositions}. */
export interface RankPositions {
  /** Indices into the input, best first; the areas without a value follow, in input order. */
  readonly order: Uint32Array;
  /** Rank of each input position (1 = best); 0 for an area without a value. */
  readonly rank: Uint32Array;
  /** How many areas were ranked. */
  readonly of: number;
}

/**
 * {@link rankAreas} without building rows: the ranking as positions in the input, in typed
 * arrays — for callers that keep their own per-area records (a map's 308 areas recoloured on
 * every period change) and only need the order and the ranks.
 *
 * @example
 * ```ts
 * const { order, rank } = rankPositions([{ value: 8, status: 'final' }, { value: 6, status: 'final' }], 'lower-is-better');
 * // order [1, 0], rank [2, 1]
 * ```
 */
export function rankPositions(
  values: readonly Cell[],
  direction: Direction,
  options: RankOptions = {},
): RankPositions {
  const byDistance = direction === 'target-is-best' && options.target !== undefined;
  const target = options.target ?? 0;
  const sign = direction === 'lower-is-better' ? 1 : -1;
  const n = values.length;
  const keys = new Float64Array(n);
  const ranked: number[] = [];
  const unranked: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (hasValue(v)) {
      keys[i] = byDistance ? Math.abs(v.value - target) : sign * v.value;
      ranked.push(i);
    } else unranked.push(i);
  }
  // The sort keys are sorted natively (a typed array without a comparator, no calls back into
  // script); each area then finds its place by binary search. The first place of its key is its
  // rank, so ties share the best rank (1, 2, 2, 4), and tied areas fill their places in input order.
  const of = ranked.length;
  const sorted = new Float64Array(of);
  for (let j = 0; j < of; j++) sorted[j] = keys[ranked[j]!]!;
  sorted.sort();
  const order = new Uint32Array(n);
  const rank = new Uint32Array(n);
  const taken = new Uint32Array(of);
  for (let j = 0; j < of; j++) {
    const i = ranked[j]!;
    const k = keys[i]!;
    let lo = 0;
    let hi = of;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < k) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = lo + 1;
    order[lo + taken[lo]!++] = i;
  }
  for (let j = 0; j < unranked.length; j++) order[of + j] = unranked[j]!;
  return { order, rank, of };
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
  const { order, rank, of } = rankPositions(values, direction, options);
  const ranked: Ranked[] = [];
  for (let j = 0; j < order.length; j++) {
    const v = values[order[j]!]!;
    ranked.push(
      j < of
        ? { ...v, rank: rank[order[j]!]!, of }
        : { area: v.area, ...cell(null, v.status), rank: null, of },
    );
  }
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
