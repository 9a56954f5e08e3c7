import { nice, tickIncrement, ticks } from 'd3-array';

/**
 * A linear map from a data interval to a pixel interval. A plain object with numbers rather
 * than a closure, so a view model holding one stays serialisable and cheap to compare.
 */
export interface LinearScale {
  readonly d0: number;
  readonly d1: number;
  readonly r0: number;
  readonly r1: number;
}

/**
 * A linear scale; a zero-length domain maps everything to the middle of the range.
 *
 * @example
 * ```ts
 * const s = linearScale(0, 10, 0, 100);
 * scaleMap(s, 2.5); // 25
 * ```
 */
export function linearScale(d0: number, d1: number, r0: number, r1: number): LinearScale {
  return { d0, d1, r0, r1 };
}

/**
 * Maps a data value to pixels.
 *
 * @example
 * ```ts
 * scaleMap(linearScale(0, 10, 100, 0), 10); // 0 (a y scale grows upwards)
 * ```
 */
export function scaleMap(s: LinearScale, v: number): number {
  const span = s.d1 - s.d0;
  if (span === 0) return (s.r0 + s.r1) / 2;
  return s.r0 + ((v - s.d0) / span) * (s.r1 - s.r0);
}

/**
 * Maps pixels back to a data value (for pointer positions).
 *
 * @example
 * ```ts
 * scaleInvert(linearScale(0, 10, 0, 100), 25); // 2.5
 * ```
 */
export function scaleInvert(s: LinearScale, px: number): number {
  const span = s.r1 - s.r0;
  if (span === 0) return s.d0;
  return s.d0 + ((px - s.r0) / span) * (s.d1 - s.d0);
}

/** Options of {@link valueDomain}. */
export interface ValueDomainOptions {
  /** Stretch the domain to include zero (bars do; lines of rates usually should not). */
  readonly zero?: boolean;
  /** About how many ticks the axis will show; the domain is rounded to their step. */
  readonly tickCount?: number;
}

/**
 * A nice value domain around `[min, max]`: rounded outwards to tick steps, widened when the
 * data is a single value so a flat line sits in the middle, `[0, 1]` when there is no data.
 *
 * @example
 * ```ts
 * valueDomain(8.3, 12.9);             // [8, 13]
 * valueDomain(8.3, 12.9, { zero: true }); // [0, 14]
 * ```
 */
export function valueDomain(min: number, max: number, options: ValueDomainOptions = {}): [number, number] {
  const count = options.tickCount ?? 5;
  let lo = min;
  let hi = max;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (options.zero === true) {
    lo = Math.min(0, lo);
    hi = Math.max(0, hi);
  }
  if (lo === hi) {
    // A flat series: pad by a tenth of its size (or 1 around zero) so it is not on an edge.
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
    if (options.zero === true && min >= 0) lo = Math.max(0, lo);
  }
  const [a, b] = nice(lo, hi, count);
  return [a, b];
}

/**
 * Round tick values over a numeric domain (d3-array's 1-2-5 steps) with the number of decimals
 * their step needs, so labels never show float noise such as `0.30000000000000004`.
 *
 * @example
 * ```ts
 * numericTicks(0, 1, 5); // { values: [0, 0.2, 0.4, 0.6, 0.8, 1], decimals: 1 }
 * ```
 */
export function numericTicks(d0: number, d1: number, count: number): { values: number[]; decimals: number } {
  if (!Number.isFinite(d0) || !Number.isFinite(d1)) return { values: [], decimals: 0 };
  const lo = Math.min(d0, d1);
  const hi = Math.max(d0, d1);
  const n = Math.max(1, Math.round(count));
  if (lo === hi) return { values: [lo], decimals: decimalsOf(lo) };
  const values = ticks(lo, hi, n);
  const inc = tickIncrement(lo, hi, n);
  // A positive increment is a whole step; a negative one is 1/step (d3's exactness trick).
  const decimals = inc >= 0 ? 0 : Math.ceil(Math.log10(-inc) - 1e-9);
  return { values, decimals };
}

function decimalsOf(v: number): number {
  const s = String(v);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(6, s.length - dot - 1);
}
