/**
 * Derived lines for a trend chart whose x is time or a plain number (property mode), where core's
 * period-based `rollingMean` and `linearTrend` do not apply. The same rules as core's: never
 * across a series break, never from a missing or suppressed value.
 */

/** A value at each point, or NaN/null for none; statuses as core's `OBSERVATION_STATUSES` indexes. */
export interface DeriveInput {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number | null>;
  readonly status?: ArrayLike<number> | undefined;
  /** Data x of series breaks, ascending: nothing is computed across one. */
  readonly breaks?: readonly number[] | undefined;
}

/** Index of `suppressed` in core's `OBSERVATION_STATUSES`. */
const SUPPRESSED = 3;

function usable(input: DeriveInput, i: number): boolean {
  const v = input.y[i];
  return v !== null && v !== undefined && !Number.isNaN(v) && input.status?.[i] !== SUPPRESSED;
}

/** Whether a break lies in `(a, b]`: a point at or after a break is not joined to one before it. */
function breakBetween(breaks: readonly number[], a: number, b: number): boolean {
  return breaks.some((t) => t > a && t <= b);
}

/**
 * The mean of each point and the `window - 1` points before it, NaN where any of them has no
 * usable value or a break lies between the first and the last. Points, not time: with an
 * irregular x the window is a count of observations. Linear in the points (a running sum).
 *
 * @example
 * ```ts
 * rollingMeanByPoints({ x: [0, 1, 2, 3], y: [1, 2, 3, 4] }, 2); // Float64Array [NaN, 1.5, 2.5, 3.5]
 * ```
 */
export function rollingMeanByPoints(input: DeriveInput, window: number): Float64Array {
  const n = Math.min(input.x.length, input.y.length);
  const w = Math.max(1, Math.floor(window));
  const breaks = input.breaks ?? [];
  const out = new Float64Array(n).fill(Number.NaN);
  let sum = 0;
  // How many usable points end at i with no gap or break among them.
  let streak = 0;
  for (let i = 0; i < n; i++) {
    const joined = i > 0 && !breakBetween(breaks, input.x[i - 1] as number, input.x[i] as number);
    if (!usable(input, i)) {
      streak = 0;
      sum = 0;
      continue;
    }
    if (!joined) {
      streak = 0;
      sum = 0;
    }
    sum += input.y[i] as number;
    streak++;
    if (streak > w) sum -= input.y[i - w] as number;
    if (streak >= w) out[i] = sum / w;
  }
  return out;
}

/** A least-squares line from `x0` to `x1`. */
export interface TrendLine {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/**
 * The least-squares line through the usable points after the last break before the last usable
 * point, from the first of them to the last; `undefined` with fewer than two points or no spread
 * in x.
 *
 * @example
 * ```ts
 * trendLineByX({ x: [0, 1, 2], y: [1, 3, 5] }); // { x0: 0, x1: 2, y0: 1, y1: 5 } (to rounding)
 * ```
 */
export function trendLineByX(input: DeriveInput): TrendLine | undefined {
  const n = Math.min(input.x.length, input.y.length);
  let last = n - 1;
  while (last >= 0 && !usable(input, last)) last--;
  if (last < 0) return undefined;
  const xLast = input.x[last] as number;
  const breaks = input.breaks ?? [];
  let from = 0;
  for (let i = last; i > 0; i--) {
    if (breakBetween(breaks, input.x[i - 1] as number, input.x[i] as number)) {
      from = i;
      break;
    }
  }
  // x relative to the first point keeps the sums exact enough for millisecond timestamps.
  let first = -1;
  let count = 0;
  let sx = 0;
  let sy = 0;
  for (let i = from; i <= last; i++) {
    if (!usable(input, i)) continue;
    if (first < 0) first = i;
    count++;
    sx += (input.x[i] as number) - (input.x[first] as number);
    sy += input.y[i] as number;
  }
  if (count < 2 || first < 0) return undefined;
  const origin = input.x[first] as number;
  const mx = sx / count;
  const my = sy / count;
  let sxy = 0;
  let sxx = 0;
  for (let i = first; i <= last; i++) {
    if (!usable(input, i)) continue;
    const dx = (input.x[i] as number) - origin - mx;
    sxy += dx * ((input.y[i] as number) - my);
    sxx += dx * dx;
  }
  if (sxx === 0) return undefined;
  const slope = sxy / sxx;
  const at = (x: number): number => my + slope * (x - origin - mx);
  return { x0: origin, x1: xLast, y0: at(origin), y1: at(xLast) };
}
