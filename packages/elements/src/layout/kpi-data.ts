import {
  comparePeriods,
  findTarget,
  type Annotation,
  type Area,
  type Dataset,
  type DatasetMeta,
  type Indicator,
  type SeriesPoint,
  type Target,
} from '@mittari/core';
import { canonicalArea } from '../internal/area.js';

/**
 * What a KPI tile shows, as a plain object: also the `data` property's element-specific form.
 * `series` is in period order and ends at the period shown.
 */
export interface KpiData {
  readonly indicator: Indicator;
  readonly area?: Pick<Area, 'code' | 'label'>;
  readonly series: readonly SeriesPoint[];
  readonly target?: Pick<Target, 'value'> & Partial<Pick<Target, 'tolerance' | 'example'>>;
  /** Breaks (e.g. the TE24 reform): no change is computed across one. */
  readonly annotations?: readonly Pick<Annotation, 'kind' | 'period'>[];
  readonly meta?: DatasetMeta;
}

/** What the tile is asked to show. */
export interface KpiSelection {
  readonly indicator?: string | undefined;
  readonly area?: string | undefined;
  readonly period?: string | undefined;
  /** How many periods the sparkline shows (default 12). */
  readonly periods?: number | undefined;
}

/**
 * Picks a KPI tile's data from a dataset: the series of the indicator for the area up to the
 * period (default: the latest), long enough for the sparkline and a year-on-year change,
 * with the target in force and the breaks that apply to the indicator. `undefined` if empty.
 *
 * @example
 * ```ts
 * selectKpiData(dataset, { indicator: 'unemployed-share', area: 'TA39', periods: 12 });
 * ```
 */
export function selectKpiData(dataset: Dataset, selection: KpiSelection): KpiData | undefined {
  const indicatorId = selection.indicator ?? dataset.indicators.keys().next().value;
  const indicator = indicatorId === undefined ? undefined : dataset.indicators.get(indicatorId);
  if (!indicator) return undefined;
  const store = dataset.observations;
  const code = selection.area ? canonicalArea(selection.area) : store.areas(indicator.id)[0];
  if (!code) return undefined;
  const all = store.select({
    indicator: indicator.id,
    areas: [code],
    ...(selection.period ? { to: selection.period } : {}),
  });
  if (all.length === 0) return undefined;
  const last = all[all.length - 1];
  if (!last || (selection.period && comparePeriods(last.period, selection.period) !== 0)) return undefined;
  const n = Math.max(2, selection.periods ?? 12);
  // Keep at least 13 months (or 5 quarters, 2 years) so the year-on-year change is there.
  const keep = Math.max(n, indicator.frequency === 'month' ? 13 : indicator.frequency === 'quarter' ? 5 : 2);
  const series = all.slice(-keep).map((o) => ({ period: o.period, value: o.value, status: o.status }));
  const target = findTarget(dataset.targets, indicator.id, code, last.period);
  const annotations = dataset.annotations.filter(
    (a) => a.kind === 'break' && (!a.indicators || a.indicators.includes(indicator.id)),
  );
  return {
    indicator,
    area: dataset.areas.get(code) ?? { code, label: { fi: code } },
    series,
    ...(target ? { target } : {}),
    annotations,
    meta: dataset.meta,
  };
}

/** Whether `x` is a {@link KpiData} object (the element-specific `data` form). */
export function isKpiData(x: unknown): x is KpiData {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as Partial<KpiData>;
  return typeof d.indicator === 'object' && d.indicator !== null && Array.isArray(d.series);
}

/**
 * A developer's {@link KpiData} with every non-finite number (`NaN`, `±Infinity`) taken as what it
 * is, no usable value: such a point becomes `missing` (so no change, sparkline point or status
 * is computed from it) and such a target is dropped. Finite data comes back unchanged.
 *
 * @example
 * ```ts
 * finiteKpiData({ ...data, series: [{ period: '2025-01', value: Number.NaN, status: 'final' }] })
 *   .series[0]; // { period: '2025-01', value: null, status: 'missing' }
 * ```
 */
export function finiteKpiData(data: KpiData): KpiData {
  const bad = (v: number | null | undefined) => typeof v === 'number' && !Number.isFinite(v);
  const badTarget = data.target !== undefined && bad(data.target.value);
  if (!badTarget && !data.series.some((p) => bad(p.value))) return data;
  const { target, ...rest } = data;
  return {
    ...rest,
    ...(target && !badTarget ? { target } : {}),
    series: data.series.map((p) => (bad(p.value) ? { ...p, value: null, status: 'missing' as const } : p)),
  };
}
