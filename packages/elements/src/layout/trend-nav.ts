import { bisectLeft } from 'd3-array';

/** The focused point of a trend chart: a series and an index into its arrays. */
export interface TrendFocus {
  readonly series: number;
  readonly index: number;
}

/**
 * The index of the point whose x is nearest to `value` (ties go to the earlier point); -1 for
 * an empty series. `x` must be ascending.
 *
 * @example
 * ```ts
 * nearestIndex([0, 10, 20], 14); // 1
 * nearestIndex([0, 10, 20], 16); // 2
 * ```
 */
export function nearestIndex(x: ArrayLike<number>, value: number): number {
  const n = x.length;
  if (n === 0) return -1;
  const i = bisectLeft(x as ArrayLike<number> & Iterable<number>, value);
  if (i <= 0) return 0;
  if (i >= n) return n - 1;
  const a = x[i - 1] as number;
  const b = x[i] as number;
  return value - a <= b - value ? i - 1 : i;
}

/**
 * The index of the point at exactly `value`, or -1: series of periods line up on period starts,
 * so a crosshair shows only the series that have that period.
 *
 * @example
 * ```ts
 * exactIndex([0, 10, 20], 10); // 1
 * exactIndex([0, 10, 20], 11); // -1
 * ```
 */
export function exactIndex(x: ArrayLike<number>, value: number): number {
  const i = bisectLeft(x as ArrayLike<number> & Iterable<number>, value);
  return i < x.length && x[i] === value ? i : -1;
}

/** Keys that move the focus; anything else leaves it alone. */
export const NAV_KEYS = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
] as const;
/** A key that moves the focus. */
export type NavKey = (typeof NAV_KEYS)[number];

/**
 * Whether a `KeyboardEvent.key` moves the focus.
 *
 * @example
 * ```ts
 * isNavKey('ArrowLeft'); // true
 * isNavKey('Enter');     // false
 * ```
 */
export function isNavKey(key: string): key is NavKey {
  return (NAV_KEYS as readonly string[]).includes(key);
}

/**
 * The focus after a key press. Left/Right step one point (period) along the focused series,
 * Home/End jump to its ends, PageUp/PageDown step `page` points (a year of periods), Up/Down
 * move to the previous/next series at the point nearest the same x. Series with no points are
 * skipped; the focus never leaves the data.
 *
 * @example
 * ```ts
 * const xs = [[0, 1, 2], [1, 2]];
 * moveFocus({ series: 0, index: 2 }, 'ArrowDown', xs); // { series: 1, index: 1 }
 * moveFocus({ series: 0, index: 2 }, 'ArrowRight', xs); // { series: 0, index: 2 }
 * ```
 */
export function moveFocus(
  focus: TrendFocus,
  key: NavKey,
  xs: readonly ArrayLike<number>[],
  page = 12,
): TrendFocus {
  const s = xs[focus.series];
  if (!s || s.length === 0) return first(xs) ?? focus;
  const last = s.length - 1;
  const clamp = (i: number): number => Math.max(0, Math.min(last, i));
  switch (key) {
    case 'ArrowLeft':
      return { series: focus.series, index: clamp(focus.index - 1) };
    case 'ArrowRight':
      return { series: focus.series, index: clamp(focus.index + 1) };
    case 'Home':
      return { series: focus.series, index: 0 };
    case 'End':
      return { series: focus.series, index: last };
    case 'PageUp':
      return { series: focus.series, index: clamp(focus.index - page) };
    case 'PageDown':
      return { series: focus.series, index: clamp(focus.index + page) };
    case 'ArrowUp':
    case 'ArrowDown': {
      const dir = key === 'ArrowUp' ? -1 : 1;
      const x = s[clamp(focus.index)] as number;
      for (let k = focus.series + dir; k >= 0 && k < xs.length; k += dir) {
        const other = xs[k];
        if (other && other.length > 0) return { series: k, index: nearestIndex(other, x) };
      }
      return focus;
    }
  }
}

function first(xs: readonly ArrayLike<number>[]): TrendFocus | undefined {
  const k = xs.findIndex((s) => s.length > 0);
  return k < 0 ? undefined : { series: k, index: 0 };
}
