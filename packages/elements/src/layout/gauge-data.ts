import {
  crossesBreak,
  findTarget,
  shiftPeriod,
  type Area,
  type Dataset,
  type DatasetMeta,
  type Indicator,
  type ObservationStatus,
  type Target,
} from '@mittari/core';
import { canonicalArea } from '../internal/area.js';

/** One value with its status; `value` is `null` when suppressed or missing. */
export interface GaugeValue {
  readonly value: number | null;
  readonly status: ObservationStatus;
}

/**
 * What a gauge shows, as a plain object: also the `data` property's element-specific form, for
 * developers who have the numbers without a dataset.
 *
 * @example
 * ```ts
 * gauge.data = {
 *   indicator: { id: 'x', label: { fi: 'Synteettinen osuus' }, unit: 'percent', decimals: 1,
 *                direction: 'lower-is-better', frequency: 'month', category: 'effectiveness', synthetic: true },
 *   period: '2025-09', actual: { value: 10.8, status: 'final' }, target: { value: 9, tolerance: { kind: 'absolute', value: 0.5 } },
 * };
 * ```
 */
export interface GaugeData {
  readonly indicator: Indicator;
  readonly area?: Pick<Area, 'code' | 'label'>;
  readonly period: string;
  readonly actual: GaugeValue | number | null;
  readonly target?: Pick<Target, 'value'> & Partial<Pick<Target, 'tolerance' | 'example' | 'setBy'>>;
  readonly previous?: (GaugeValue & { readonly period: string }) | undefined;
  readonly meta?: DatasetMeta;
}

/** What the gauge is asked to show (its attributes). */
export interface GaugeSelection {
  readonly indicator?: string | undefined;
  readonly area?: string | undefined;
  readonly period?: string | undefined;
}

/** Why a selection gives nothing to show. */
export type GaugeEmpty = { readonly empty: 'indicator' | 'area' | 'period' };

/**
 * Picks the gauge's data from a dataset: the indicator (default: the first), area (default: the
 * first with data), period (default: the latest with data for that area), the observation, the
 * previous period's observation (none across a `break` annotation for the indicator, the same rule
 * as the KPI's change) and the target in force. An observation whose value is
 * suppressed is returned with `value: null`; no observation at all is "empty".
 *
 * @example
 * ```ts
 * selectGaugeData(dataset, { indicator: 'unemployed-share', area: 'TA13' });
 * ```
 */
export function selectGaugeData(dataset: Dataset, selection: GaugeSelection): GaugeData | GaugeEmpty {
  const indicatorId = selection.indicator ?? dataset.indicators.keys().next().value;
  const indicator = indicatorId === undefined ? undefined : dataset.indicators.get(indicatorId);
  if (!indicator) return { empty: 'indicator' };
  const store = dataset.observations;
  const areaCode = selection.area ? canonicalArea(selection.area) : store.areas(indicator.id)[0];
  if (!areaCode) return { empty: 'area' };
  let period = selection.period;
  if (!period) {
    const periods = store.select({ indicator: indicator.id, areas: [areaCode] }).map((o) => o.period);
    period = periods[periods.length - 1];
  }
  if (!period) return { empty: 'period' };
  const obs = store.get(indicator.id, areaCode, period);
  if (!obs) return { empty: 'period' };
  const prevPeriod = shiftPeriod(period, -1);
  // A value from before a series break (e.g. TE24) is not comparable: showing it beside the
  // current one would invite exactly the comparison the KPI refuses.
  const breaks = dataset.annotations
    .filter((a) => a.kind === 'break' && (!a.indicators || a.indicators.includes(indicator.id)))
    .map((a) => a.period);
  const comparable = prevPeriod !== undefined && !crossesBreak(prevPeriod, period, breaks);
  const prev = comparable ? store.get(indicator.id, areaCode, prevPeriod) : undefined;
  const target = findTarget(dataset.targets, indicator.id, areaCode, period);
  const area = dataset.areas.get(areaCode) ?? { code: areaCode, label: { fi: areaCode } };
  return {
    indicator,
    area,
    period,
    actual: { value: obs.value, status: obs.status },
    ...(target ? { target } : {}),
    ...(prev && prevPeriod
      ? { previous: { period: prevPeriod, value: prev.value, status: prev.status } }
      : {}),
    meta: dataset.meta,
  };
}

/** The actual as a value with a status, whichever form it was given in. */
export function gaugeActual(data: GaugeData): GaugeValue {
  const a = data.actual;
  if (a === null) return { value: null, status: 'missing' };
  if (typeof a === 'number')
    return Number.isFinite(a) ? { value: a, status: 'final' } : { value: null, status: 'missing' };
  // A suppressed value is never shown, whatever number came with it.
  return a.status === 'suppressed' || a.status === 'missing' ? { value: null, status: a.status } : a;
}

/** Whether `x` is a {@link GaugeData} object (the element-specific `data` form). */
export function isGaugeData(x: unknown): x is GaugeData {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as Partial<GaugeData>;
  return (
    typeof d.indicator === 'object' && d.indicator !== null && typeof d.period === 'string' && 'actual' in d
  );
}
