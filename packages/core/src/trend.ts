import type { Annotation } from './schemas/annotation.js';
import type { Observation } from './schemas/observation.js';
import type { ObservationStatus, Unit } from './schemas/primitives.js';
import { cell, combineStatus, hasValue } from './cell.js';
import {
  comparePeriods,
  periodDistance,
  periodFrequency,
  periodStart,
  periodsPerYear,
  shiftPeriod,
  yearEarlier,
  type Period,
} from './period.js';

/** A point of a series, as the trend functions read it. */
export type SeriesPoint = Pick<Observation, 'period' | 'value' | 'status'>;

/** Why a change could not be computed, or `ok`. */
export type ChangeStatus = 'ok' | 'missing' | 'suppressed' | 'break';

/** The change of a value between two periods. */
export interface Change {
  readonly period: Period;
  readonly reference: Period;
  /** current − reference, in `unit`; `null` unless `status` is `ok`. */
  readonly change: number | null;
  /** (current − reference) ÷ |reference|; `null` when the reference is 0 or the change unknown. */
  readonly relativeChange: number | null;
  /** The unit of `change`: percentage points for percent indicators. */
  readonly unit: Unit;
  readonly status: ChangeStatus;
  /** The weaker status of the two values (a change of provisional figures is provisional). */
  readonly valueStatus: ObservationStatus;
}

/** Options shared by the trend functions. */
export interface TrendOptions {
  /** The indicator's unit, so that changes of percents are in percentage points. Default `count`. */
  readonly unit?: Unit;
  /**
   * Breaks in the series: periods from which the series is not comparable with what came
   * before. Give the periods, or annotations (only `break`s count; `revision`s do not).
   */
  readonly breaks?: readonly (Period | Pick<Annotation, 'kind' | 'period'>)[];
}

function breakPeriods(options: TrendOptions): Period[] {
  return (options.breaks ?? []).flatMap((b) =>
    typeof b === 'string' ? [b] : b.kind === 'break' ? [b.period] : [],
  );
}

/**
 * Whether a break lies between two periods: some break period `b` with `from < b ≤ to` (by
 * start), i.e. `to` is measured the new way and `from` the old.
 *
 * @example
 * ```ts
 * crossesBreak('2024-12', '2025-01', ['2025-01']); // true
 * crossesBreak('2025-01', '2025-02', ['2025-01']); // false
 * ```
 */
export function crossesBreak(from: Period, to: Period, breaks: readonly Period[]): boolean {
  const sa = periodStart(from)?.getTime();
  const sb = periodStart(to)?.getTime();
  if (sa === undefined || sb === undefined) return false;
  const [lo, hi] = sa <= sb ? [sa, sb] : [sb, sa];
  // Compared by start, so a break given as 2025-01, 2025-Q1 or 2025 splits the same way.
  return breaks.some((br) => {
    const s = periodStart(br)?.getTime();
    return s !== undefined && lo < s && s <= hi;
  });
}

/**
 * The change of a series value from a reference period to a period. No change is computed
 * across a break (`status: 'break'`), nor from a missing or suppressed value.
 *
 * @example
 * ```ts
 * const series = [{ period: '2024-09', value: 10.0, status: 'final' }, { period: '2025-09', value: 10.8, status: 'provisional' }];
 * changeFrom(series, '2025-09', '2024-09', { unit: 'percent' });
 * // { change: 0.8 (percentage points), relativeChange: 0.08, status: 'ok', valueStatus: 'provisional', … }
 * ```
 */
export function changeFrom(
  series: readonly SeriesPoint[],
  period: Period,
  reference: Period,
  options: TrendOptions = {},
): Change {
  const unit: Unit = options.unit === 'percent' ? 'percentage-points' : (options.unit ?? 'count');
  const cur = series.find((p) => p.period === period);
  const ref = series.find((p) => p.period === reference);
  const valueStatus = combineStatus([cur?.status ?? 'missing', ref?.status ?? 'missing']);
  const base = { period, reference, unit, valueStatus };
  if (valueStatus === 'suppressed')
    return { ...base, change: null, relativeChange: null, status: 'suppressed' };
  if (!hasValue(cur) || !hasValue(ref))
    return { ...base, change: null, relativeChange: null, status: 'missing' };
  if (crossesBreak(reference, period, breakPeriods(options)))
    return { ...base, change: null, relativeChange: null, status: 'break' };
  const change = cur.value - ref.value;
  return {
    ...base,
    change,
    relativeChange: ref.value === 0 ? null : change / Math.abs(ref.value),
    status: 'ok',
  };
}

/**
 * The change from the previous period (`2025-09` from `2025-08`).
 *
 * @example
 * ```ts
 * previousPeriodChange(series, '2025-09', { unit: 'percent', breaks: dataset.annotations });
 * ```
 */
export function previousPeriodChange(
  series: readonly SeriesPoint[],
  period: Period,
  options: TrendOptions = {},
): Change {
  return changeFrom(series, period, shiftPeriod(period, -1) ?? '', options);
}

/**
 * The change from the same period a year earlier (`2025-09` from `2024-09`), the usual
 * comparison for seasonal series such as unemployment.
 *
 * @example
 * ```ts
 * yearOnYear(series, '2025-09', { unit: 'percent' }).change; // 0.8
 * ```
 */
export function yearOnYear(
  series: readonly SeriesPoint[],
  period: Period,
  options: TrendOptions = {},
): Change {
  return changeFrom(series, period, yearEarlier(period) ?? '', options);
}

/**
 * The mean of each window of `window` consecutive periods ending at each point. A window that
 * is incomplete, has a gap in periods, or crosses a break has no value (`missing`); one that
 * holds a suppressed value is `suppressed`.
 *
 * @example
 * ```ts
 * rollingMean([{ period: '2025-01', value: 1, status: 'final' }, { period: '2025-02', value: 3, status: 'final' }], 2)
 *   .map((p) => p.value); // [null, 2]
 * ```
 */
export function rollingMean(
  series: readonly SeriesPoint[],
  window: number,
  options: TrendOptions = {},
): SeriesPoint[] {
  const sorted = [...series].sort((a, b) => comparePeriods(a.period, b.period));
  const breaks = breakPeriods(options);
  const w = Math.max(1, Math.floor(window));
  return sorted.map((point, i) => {
    const slice = sorted.slice(Math.max(0, i - w + 1), i + 1);
    const first = slice[0];
    const status = combineStatus(slice.map((p) => p.status));
    const complete =
      slice.length === w && first !== undefined && periodDistance(first.period, point.period) === w - 1;
    if (status === 'suppressed') return { period: point.period, ...cell(null, 'suppressed') };
    if (!complete || !slice.every(hasValue) || crossesBreak(first.period, point.period, breaks)) {
      return { period: point.period, value: null, status: 'missing' };
    }
    return { period: point.period, ...cell(slice.reduce((s, p) => s + (p.value ?? 0), 0) / w, status) };
  });
}

/** A least-squares line through a series. */
export interface LinearTrend {
  /** Change per period (per month for a monthly series). */
  readonly slope: number;
  /** The fitted value at `from`. */
  readonly intercept: number;
  /** The first period of the segment the line was fitted to (after the last break). */
  readonly from: Period;
  readonly to: Period;
  /** Number of points used. */
  readonly n: number;
  /** Coefficient of determination, 0–1 (`NaN` when all values are equal). */
  readonly r2: number;
}

/**
 * The least-squares slope per period, fitted only to the segment after the last break (no
 * line is drawn across a break). Points with no value are skipped; `undefined` when fewer than
 * two points remain.
 *
 * @example
 * ```ts
 * linearTrend([
 *   { period: '2025-01', value: 10, status: 'final' },
 *   { period: '2025-02', value: 10.5, status: 'final' },
 *   { period: '2025-03', value: 11, status: 'final' },
 * ])?.slope; // 0.5
 * ```
 */
export function linearTrend(
  series: readonly SeriesPoint[],
  options: TrendOptions = {},
): LinearTrend | undefined {
  const sorted = [...series].filter(hasValue).sort((a, b) => comparePeriods(a.period, b.period));
  const last = sorted[sorted.length - 1];
  if (!last) return undefined;
  const breaks = breakPeriods(options);
  const segment = sorted.filter((p) => !crossesBreak(p.period, last.period, breaks));
  const first = segment[0];
  if (!first || segment.length < 2) return undefined;
  const xs = segment.map((p) => periodDistance(first.period, p.period) ?? Number.NaN);
  const ys = segment.map((p) => p.value as number);
  if (xs.some(Number.isNaN)) return undefined;
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const dy = (ys[i] ?? 0) - my;
    sxy += (x - mx) * dy;
    sxx += (x - mx) ** 2;
    syy += dy ** 2;
  });
  if (sxx === 0) return undefined;
  const slope = sxy / sxx;
  return {
    slope,
    intercept: my - slope * mx,
    from: first.period,
    to: last.period,
    n,
    r2: syy === 0 ? Number.NaN : (sxy * sxy) / (sxx * syy),
  };
}

/**
 * Compound annual growth rate between two points of a series: (last ÷ first)^(1 ÷ years) − 1.
 * `null` across a break, for values ≤ 0, or when either value is missing or suppressed.
 *
 * @example
 * ```ts
 * compoundGrowth([{ period: '2020', value: 100, status: 'final' }, { period: '2022', value: 121, status: 'final' }], '2020', '2022'); // 0.1
 * ```
 */
export function compoundGrowth(
  series: readonly SeriesPoint[],
  from: Period,
  to: Period,
  options: TrendOptions = {},
): number | null {
  const a = series.find((p) => p.period === from);
  const b = series.find((p) => p.period === to);
  const f = periodFrequency(from);
  const d = periodDistance(from, to);
  if (!hasValue(a) || !hasValue(b) || !f || d === undefined || d <= 0) return null;
  if (a.value <= 0 || b.value <= 0 || crossesBreak(from, to, breakPeriods(options))) return null;
  return (b.value / a.value) ** (periodsPerYear(f) / d) - 1;
}
