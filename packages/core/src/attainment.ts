import type { Indicator } from './schemas/indicator.js';
import type { Target, Tolerance } from './schemas/target.js';
import type { Unit } from './schemas/primitives.js';
import type { Cell } from './suppression.js';
import { hasValue, toCell } from './cell.js';
import { periodEnd, periodStart } from './period.js';

/** How an actual value stands against its target. */
export type AttainmentStatus = 'met' | 'near' | 'missed' | 'unknown';

/** The result of {@link attainment}. */
export interface Attainment {
  /** `null` for `neutral` indicators, which are never judged. */
  readonly status: AttainmentStatus | null;
  /** actual ÷ target; `null` when unknown or the target is 0. */
  readonly ratio: number | null;
  /** actual − target, in {@link Attainment.gapUnit}. */
  readonly gap: number | null;
  /** The unit of `gap`: percentage points for percent indicators, else the indicator's unit. */
  readonly gapUnit: Unit;
  /** (actual − target) ÷ |target|, a share (0.1 = 10 %); `null` when unknown or the target is 0. */
  readonly relativeGap: number | null;
  /** Which side of the target the actual is on, by the indicator's direction. */
  readonly side: 'better' | 'worse' | 'on-target' | null;
}

/** Input of {@link attainment}. */
export interface AttainmentInput {
  /** The actual value: a number, an observation (its status counts), or `null`. */
  readonly actual: number | null | undefined | Cell;
  /** The target: a number, a {@link Target} (its tolerance counts), or `null`. */
  readonly target: number | null | undefined | Pick<Target, 'value' | 'tolerance'>;
  readonly indicator: Pick<Indicator, 'direction' | 'unit'>;
}

// Values compared after arithmetic (8.2 vs 8.200000000001) must not flip met/missed.
const EPS = 1e-9;

function band(tolerance: Tolerance | undefined, target: number): number {
  if (!tolerance) return 0;
  return tolerance.kind === 'absolute' ? tolerance.value : tolerance.value * Math.abs(target);
}

/**
 * Actual against target, by the indicator's direction. With a tolerance band `t`:
 * `higher-is-better` is met at ≥ target and near at ≥ target − t; `lower-is-better` met at
 * ≤ target and near at ≤ target + t; `target-is-best` met within ±t and near within ±2t
 * (decision 0101). `unknown` when either side is missing or suppressed; no status (`null`)
 * for `neutral` indicators.
 *
 * @example
 * ```ts
 * attainment({
 *   actual: 10.8,
 *   target: { value: 9.0, tolerance: { kind: 'absolute', value: 0.5 } },
 *   indicator: { direction: 'lower-is-better', unit: 'percent' },
 * });
 * // { status: 'missed', ratio: 1.2, gap: 1.8, gapUnit: 'percentage-points', relativeGap: 0.2, side: 'worse' }
 * ```
 */
export function attainment({ actual, target, indicator }: AttainmentInput): Attainment {
  const gapUnit: Unit = indicator.unit === 'percent' ? 'percentage-points' : indicator.unit;
  const a = toCell(actual);
  const t =
    target === null || target === undefined
      ? undefined
      : typeof target === 'number'
        ? { value: target }
        : target;
  const neutral = indicator.direction === 'neutral';
  if (!hasValue(a) || t === undefined || !Number.isFinite(t.value)) {
    return {
      status: neutral ? null : 'unknown',
      ratio: null,
      gap: null,
      gapUnit,
      relativeGap: null,
      side: null,
    };
  }
  const gap = a.value - t.value;
  const scale = Math.max(1, Math.abs(t.value));
  const tol = band(t.tolerance, t.value);
  const ratio = t.value === 0 ? null : a.value / t.value;
  const relativeGap = t.value === 0 ? null : gap / Math.abs(t.value);
  let status: AttainmentStatus | null = null;
  let side: Attainment['side'] = Math.abs(gap) <= EPS * scale ? 'on-target' : null;
  switch (indicator.direction) {
    case 'higher-is-better':
      status = gap >= -EPS * scale ? 'met' : gap >= -tol - EPS * scale ? 'near' : 'missed';
      side ??= gap > 0 ? 'better' : 'worse';
      break;
    case 'lower-is-better':
      status = gap <= EPS * scale ? 'met' : gap <= tol + EPS * scale ? 'near' : 'missed';
      side ??= gap < 0 ? 'better' : 'worse';
      break;
    case 'target-is-best':
      status =
        Math.abs(gap) <= tol + EPS * scale
          ? 'met'
          : Math.abs(gap) <= 2 * tol + EPS * scale
            ? 'near'
            : 'missed';
      side ??= 'worse';
      break;
    case 'neutral':
      side = null;
      break;
  }
  return { status, ratio, gap, gapUnit, relativeGap, side };
}

/**
 * The target that applies to an indicator, area and period: the period must lie inside the
 * target's `period`…`to` (a yearly target covers its months); one set for the area wins over a
 * national one (no `area`); among several, the one with the latest start. `undefined` if none.
 *
 * @example
 * ```ts
 * findTarget(dataset.targets, 'unemployed-share', 'TA13', '2025-09');
 * ```
 */
export function findTarget<T extends Target>(
  targets: readonly T[],
  indicator: string,
  area: string,
  period: string,
): T | undefined {
  const start = periodStart(period)?.getTime();
  const end = periodEnd(period)?.getTime();
  if (start === undefined || end === undefined) return undefined;
  let best: T | undefined;
  for (const t of targets) {
    if (t.indicator !== indicator || (t.area !== undefined && t.area !== area)) continue;
    const from = periodStart(t.period)?.getTime();
    const to = periodEnd(t.to ?? t.period)?.getTime();
    if (from === undefined || to === undefined || start < from || end > to) continue;
    const better =
      !best ||
      (best.area === undefined && t.area !== undefined) ||
      (best.area === t.area && from > (periodStart(best.period)?.getTime() ?? 0));
    if (better) best = t;
  }
  return best;
}
