import {
  addMessages,
  linearTrend,
  localize,
  msg,
  OBSERVATION_STATUSES,
  periodEnd,
  periodFrequency,
  periodRange,
  periodStart,
  ratioSeries,
  rollingMean,
  TREND_MESSAGES,
  yearOnYear,
  type Annotation,
  type Dataset,
  type Frequency,
  type Indicator,
  type Locale,
  type LocalizedText,
  type ObservationStatus,
  type Target,
  type Tolerance,
  type Unit,
} from '@mittari/core';
import type { MarkerInput, MarkerKind } from '../layout/trend-annotations.js';
import type { TrendOverlayInput, XKind } from '../layout/trend-layout.js';
import { rollingMeanByPoints, trendLineByX } from '../layout/trend-derive.js';
import type { TargetStep } from '../layout/trend-target.js';
import { toleranceBand } from '../layout/trend-target.js';
import type { TimeGrain } from '../layout/trend-time-ticks.js';

// Core keeps the trend chart's own texts out of its common catalogue; add them before reading.
addMessages(TREND_MESSAGES);

/** Text given in one language, or in fi / sv / en. */
export type TrendLabel = string | LocalizedText;

/**
 * One series of the element's own `data` object. Give `periods` (any frequency) or `x`
 * (instants in UTC milliseconds for `x: 'time'`, plain numbers for `x: 'number'`), and `values`
 * with `null` (or `NaN`) where there is none. Typed arrays are read in place, never copied.
 */
export interface TrendSeriesData {
  readonly id?: string;
  readonly label: TrendLabel;
  readonly periods?: readonly string[];
  readonly x?: ArrayLike<number>;
  readonly values: ArrayLike<number | null>;
  /** Per point: a status name or its index in core's `OBSERVATION_STATUSES`. */
  readonly status?: ArrayLike<number> | readonly ObservationStatus[];
  /** The comparison series (drawn quieter). */
  readonly reference?: boolean;
}

/** A target of the element's own `data` object: a value from `from` (to `to`), with an optional tolerance band. */
export interface TrendTargetData {
  readonly from: string | number;
  readonly to?: string | number;
  readonly value: number;
  readonly tolerance?: Tolerance;
  /** An illustrative target no authority set. */
  readonly example?: boolean;
}

/** A user annotation: a `note` (default), a series `break` or a `revision`, at a period or an x. */
export interface TrendAnnotation {
  readonly period?: string;
  readonly x?: number;
  readonly label: TrendLabel;
  readonly kind?: MarkerKind;
}

/** The element's own `data` object (property mode). */
export interface TrendData {
  /** What x is; default `period` when the series have `periods`, else `number`. */
  readonly x?: XKind;
  /** With `x: 'time'`, the data's frequency, so ticks never subdivide it (e.g. `day`). */
  readonly frequency?: Frequency;
  readonly title?: TrendLabel;
  readonly unit?: Unit;
  readonly decimals?: number;
  readonly series: readonly TrendSeriesData[];
  readonly targets?: readonly TrendTargetData[];
  readonly annotations?: readonly TrendAnnotation[];
}

/** One series ready to draw and to read: x ascending, y with NaN/null gaps, status indexes. */
export interface ModelSeries {
  readonly id: string;
  readonly label: string;
  readonly reference: boolean;
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number | null>;
  /** Status index per point (core's `OBSERVATION_STATUSES`); absent means final/missing by value. */
  readonly status: ArrayLike<number> | undefined;
  readonly provisional: Uint8Array | undefined;
  readonly periods: readonly string[] | undefined;
  readonly breaks: readonly number[];
  /** The area, in dataset mode. */
  readonly area?: string;
}

/** A target step with what the summary and table say about it. */
export interface ModelTarget extends TargetStep {
  readonly from: string;
  readonly to: string;
  readonly example: boolean;
}

/** The chart's data, whichever way it came in. */
export interface TrendModel {
  readonly xKind: XKind;
  readonly grain: TimeGrain;
  readonly title: string;
  readonly unit: Unit;
  readonly decimals: number | undefined;
  readonly series: readonly ModelSeries[];
  readonly targets: readonly ModelTarget[];
  readonly markers: readonly MarkerInput[];
  readonly overlays: readonly TrendOverlayInput[];
  /** Whether the values are changes from a year earlier. */
  readonly change: boolean;
  readonly indicator: Indicator | undefined;
}

// Only provisional values are drawn dashed: estimates (e.g. weighted area figures) are announced
// in tooltips and the table but would otherwise dash whole series (decision 0582).
const PROVISIONAL = 1;

function label(l: TrendLabel, locale: Locale): string {
  return typeof l === 'string' ? l : localize(l, locale);
}

function statusIndexes(status: TrendSeriesData['status']): ArrayLike<number> | undefined {
  if (!status) return undefined;
  if (status.length > 0 && typeof status[0] === 'string') {
    const names = status as readonly ObservationStatus[];
    return Uint8Array.from(names, (s) => Math.max(0, OBSERVATION_STATUSES.indexOf(s)));
  }
  return status as ArrayLike<number>;
}

function provisionalOf(status: ArrayLike<number> | undefined, n: number): Uint8Array | undefined {
  if (!status) return undefined;
  let any = false;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const s = status[i];
    if (s === PROVISIONAL) {
      out[i] = 1;
      any = true;
    }
  }
  return any ? out : undefined;
}

/** The period start in UTC milliseconds (NaN for a non-period). */
export function periodMs(p: string): number {
  return periodStart(p)?.getTime() ?? Number.NaN;
}

const FINEST: readonly Frequency[] = ['day', 'month', 'quarter', 'year'];

function finest(periods: Iterable<string>): Frequency {
  let best = 3;
  for (const p of periods) {
    const f = periodFrequency(p);
    if (f) best = Math.min(best, FINEST.indexOf(f));
    if (best === 0) break;
  }
  return FINEST[best] ?? 'year';
}

/** Start of the last `grain` period that begins before `endExclusive` (UTC ms). */
function lastGrainStart(endExclusive: number, grain: TimeGrain): number {
  const d = new Date(endExclusive - 1);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const t = new Date(0);
  switch (grain) {
    case 'year':
      t.setUTCFullYear(y, 0, 1);
      return t.getTime();
    case 'quarter':
      t.setUTCFullYear(y, m - (m % 3), 1);
      return t.getTime();
    case 'month':
      t.setUTCFullYear(y, m, 1);
      return t.getTime();
    case 'day':
      t.setUTCFullYear(y, m, d.getUTCDate());
      return t.getTime();
    default:
      return endExclusive;
  }
}

function periodTarget(
  from: string,
  to: string,
  value: number,
  tolerance: Tolerance | undefined,
  example: boolean,
  grain: TimeGrain,
): ModelTarget | undefined {
  const x0 = periodMs(from);
  const end = periodEnd(to);
  if (Number.isNaN(x0) || !end) return undefined;
  const next = end.getTime() + 1;
  const band = toleranceBand(value, tolerance);
  return {
    x0,
    x1: lastGrainStart(next, grain),
    next,
    value,
    low: band?.low,
    high: band?.high,
    from,
    to,
    example,
  };
}

function markerFrom(a: TrendAnnotation, locale: Locale): MarkerInput | undefined {
  const x = a.x ?? (a.period !== undefined ? periodMs(a.period) : Number.NaN);
  if (Number.isNaN(x)) return undefined;
  return { x, kind: a.kind ?? 'note', label: label(a.label, locale) };
}

/**
 * The model of the element's own `data` object. Typed arrays are kept by reference; only
 * statuses given as names are converted.
 *
 * @example
 * ```ts
 * fromTrendData({ series: [{ label: 'Helsinki', periods: ['2025-01', '2025-02'], values: [10.1, 10.4] }] }, 'fi');
 * ```
 */
export function fromTrendData(
  data: TrendData,
  locale: Locale,
  extra: readonly TrendAnnotation[] = [],
): TrendModel {
  const periodMode =
    data.x === 'period' || (data.x === undefined && data.series.some((s) => s.periods !== undefined));
  const xKind: XKind = periodMode ? 'period' : (data.x ?? 'number');
  const grain: TimeGrain = periodMode
    ? finest(
        data.series.flatMap((s) =>
          s.periods ? [s.periods[0] ?? '', s.periods[s.periods.length - 1] ?? ''] : [],
        ),
      )
    : xKind === 'time'
      ? (data.frequency ?? 'time')
      : 'time';
  const markers = [...(data.annotations ?? []), ...extra].flatMap((a) => markerFrom(a, locale) ?? []);
  const breaks = markers.filter((m) => m.kind === 'break').map((m) => m.x);
  const series = data.series.map((s, i): ModelSeries => {
    const periods = periodMode ? (s.periods ?? []) : undefined;
    const x = periods
      ? Float64Array.from(periods, periodMs)
      : (s.x ?? Float64Array.from({ length: s.values.length }, (_, k) => k));
    const status = statusIndexes(s.status);
    return {
      id: s.id ?? `series-${i + 1}`,
      label: label(s.label, locale),
      reference: s.reference === true,
      x,
      y: s.values,
      status,
      provisional: provisionalOf(status, s.values.length),
      periods,
      breaks,
    };
  });
  const targets = (data.targets ?? []).flatMap((t): ModelTarget[] => {
    if (periodMode && typeof t.from === 'string') {
      const to = typeof t.to === 'string' ? t.to : t.from;
      const step = periodTarget(t.from, to, t.value, t.tolerance, t.example === true, grain);
      return step ? [step] : [];
    }
    const x0 = typeof t.from === 'number' ? t.from : Number.NaN;
    const x1 = typeof t.to === 'number' ? t.to : x0;
    if (Number.isNaN(x0)) return [];
    const band = toleranceBand(t.value, t.tolerance);
    return [
      {
        x0,
        x1,
        value: t.value,
        low: band?.low,
        high: band?.high,
        from: String(t.from),
        to: String(t.to ?? t.from),
        example: t.example === true,
      },
    ];
  });
  return {
    xKind,
    grain,
    title: data.title !== undefined ? label(data.title, locale) : series.map((s) => s.label).join(', '),
    unit: data.unit ?? 'count',
    decimals: data.decimals,
    series,
    targets,
    markers,
    overlays: [],
    change: false,
    indicator: undefined,
  };
}

/** What to show from a dataset. */
export interface DatasetSelection {
  readonly indicators: readonly string[];
  readonly areas: readonly string[];
  /** The comparison area; `none` for none; default the whole country (`SSS`) when it has data. */
  readonly compare?: string | undefined;
  /** Efficiency mode: divide by this indicator (cost per outcome), times `perScale`. */
  readonly per?: string | undefined;
  readonly perScale?: number | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

interface PointList {
  readonly period: string;
  readonly value: number | null;
  readonly status: ObservationStatus;
}

function applies(
  a: Pick<Annotation, 'indicators' | 'areas'>,
  indicator: string,
  area: string | undefined,
): boolean {
  return (
    (!a.indicators || a.indicators.includes(indicator)) &&
    (!a.areas || area === undefined || a.areas.includes(area))
  );
}

/** A dense series over every period from the first to the last (absent periods become gaps). */
function columns(points: readonly PointList[]): {
  periods: string[];
  x: Float64Array;
  y: Float64Array;
  status: Uint8Array;
} {
  const first = points[0]?.period;
  const last = points[points.length - 1]?.period;
  const range = first !== undefined && last !== undefined ? periodRange(first, last) : [];
  const periods = range.length >= points.length ? range : points.map((p) => p.period);
  const byPeriod = new Map(points.map((p) => [p.period, p] as const));
  const n = periods.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const status = new Uint8Array(n);
  periods.forEach((p, i) => {
    const o = byPeriod.get(p);
    x[i] = periodMs(p);
    y[i] = o?.value ?? Number.NaN;
    status[i] = o ? Math.max(0, OBSERVATION_STATUSES.indexOf(o.status)) : 4;
  });
  return { periods, x, y, status };
}

function unitOfRatio(num: Indicator | undefined, den: Indicator | undefined): Unit {
  // Cost per person is still euros; a share of two counts is a ratio.
  if (num?.unit === 'euro' && (den?.unit === 'count' || den?.unit === 'persons')) return 'euro';
  return 'ratio';
}

/**
 * The model of a selection from a core `Dataset`: one series per indicator × area, the
 * comparison area, targets (the first area's, else national), breaks and revisions that apply.
 * `undefined` when the indicator is unknown.
 *
 * @example
 * ```ts
 * fromDataset(dataset, { indicators: ['unemployed-share'], areas: ['KU091'] }, 'fi');
 * ```
 */
export function fromDataset(
  ds: Dataset,
  sel: DatasetSelection,
  locale: Locale,
  extra: readonly TrendAnnotation[] = [],
): TrendModel | undefined {
  const ind = ds.indicators.get(sel.indicators[0] ?? '');
  if (!ind) return undefined;
  const den = sel.per ? ds.indicators.get(sel.per) : undefined;
  const areas = sel.areas.length > 0 ? [...sel.areas] : ds.observations.areas(ind.id).slice(0, 1);
  const compare =
    sel.compare === 'none'
      ? undefined
      : (sel.compare ?? (ds.observations.areas(ind.id).includes('SSS') ? 'SSS' : undefined));
  const rows: { indicator: Indicator; area: string; reference: boolean }[] = [];
  for (const id of sel.indicators) {
    const i = ds.indicators.get(id);
    if (i) for (const a of areas) rows.push({ indicator: i, area: a, reference: false });
  }
  if (compare && !areas.includes(compare)) rows.push({ indicator: ind, area: compare, reference: true });
  const areaName = (code: string): string => {
    const a = ds.areas.get(code);
    return a ? localize(a.label, locale) : code;
  };
  const multiIndicator = sel.indicators.length > 1;
  const allPeriods: string[] = [];
  const series = rows.flatMap((r): ModelSeries[] => {
    let points: PointList[] = ds.observations.series(r.indicator.id, r.area, sel.from, sel.to);
    if (den)
      points = ratioSeries(
        points,
        ds.observations.series(den.id, r.area, sel.from, sel.to),
        sel.perScale ?? 1,
      );
    if (points.length === 0) return [];
    const c = columns(points);
    allPeriods.push(c.periods[0] ?? '', c.periods[c.periods.length - 1] ?? '');
    const name = multiIndicator
      ? `${localize(r.indicator.label, locale)}, ${areaName(r.area)}`
      : areaName(r.area);
    const breaks = ds.annotations
      .filter((a) => a.kind === 'break' && applies(a, r.indicator.id, r.area))
      .map((a) => periodMs(a.period));
    return [
      {
        id: `${r.indicator.id}:${r.area}`,
        label: r.reference ? msg('trend.reference', locale, { area: name }) : name,
        reference: r.reference,
        x: c.x,
        y: c.y,
        status: c.status,
        provisional: provisionalOf(c.status, c.y.length),
        periods: c.periods,
        breaks,
        area: r.area,
      },
    ];
  });
  const grain = finest(allPeriods.filter((p) => p !== ''));
  const firstArea = areas[0];
  const own = ds.targets.filter((t) => t.indicator === ind.id && t.area === firstArea);
  const chosen: readonly Target[] = den
    ? []
    : own.length > 0
      ? own
      : ds.targets.filter((t) => t.indicator === ind.id && t.area === undefined);
  // Targets are shown over the shown range: from the first period with data (or `from`) to
  // `to`; with no `to`, targets after the data stay visible (what is still to be reached).
  const lo =
    sel.from !== undefined
      ? periodMs(sel.from)
      : Math.min(...series.map((s) => (s.x.length > 0 ? (s.x[0] as number) : Infinity)));
  const hi = sel.to !== undefined ? periodMs(sel.to) : Infinity;
  const targets = chosen.flatMap((t): ModelTarget[] => {
    const step = periodTarget(t.period, t.to ?? t.period, t.value, t.tolerance, t.example === true, grain);
    if (!step || step.x1 < lo || step.x0 > hi) return [];
    return [
      {
        ...step,
        x0: Math.max(step.x0, lo),
        x1: Math.min(step.x1, hi),
        next: step.x1 > hi ? undefined : step.next,
      },
    ];
  });
  const markers: MarkerInput[] = [
    ...ds.annotations
      .filter((a) => applies(a, ind.id, undefined) && (!a.areas || areas.some((x) => a.areas?.includes(x))))
      .map((a) => ({ x: periodMs(a.period), kind: a.kind, label: localize(a.label, locale) })),
    ...extra.flatMap((a) => markerFrom(a, locale) ?? []),
  ];
  const indName = localize(ind.label, locale);
  const title = den
    ? msg('trend.ratio', locale, { numerator: indName, denominator: localize(den.label, locale) })
    : indName;
  return {
    xKind: 'period',
    grain,
    title,
    unit: den ? unitOfRatio(ind, den) : ind.unit,
    decimals: den ? Math.max(ind.decimals ?? 0, 2) : ind.decimals,
    series,
    targets,
    markers,
    overlays: [],
    change: false,
    indicator: ind,
  };
}

function pointsOf(s: ModelSeries): PointList[] {
  const periods = s.periods ?? [];
  return periods.map((period, i) => {
    const v = s.y[i];
    const value = v === null || v === undefined || Number.isNaN(v) ? null : v;
    const st = s.status?.[i];
    const status: ObservationStatus =
      st !== undefined ? (OBSERVATION_STATUSES[st] ?? 'missing') : value === null ? 'missing' : 'final';
    return { period, value, status };
  });
}

/** What to derive from a model. */
export interface DeriveOptions {
  /** Plot the change from a year earlier instead of the level. */
  readonly change?: boolean;
  /** Window of a rolling mean drawn over each series (periods); 0 or less for none. */
  readonly rolling?: number;
  /** Draw a least-squares trend line over each series (after its last break). */
  readonly trend?: boolean;
}

/**
 * The rolling-mean and trend overlays of a model with time or numeric x: over points and x
 * rather than periods (`layout/trend-derive.ts`), by the same rules as core's. No year-on-year
 * view: a plain number has no year, and instants need not repeat a year apart.
 */
function deriveByX(model: TrendModel, options: DeriveOptions, locale: Locale): TrendModel {
  const window = Math.floor(options.rolling ?? 0);
  if (window <= 1 && !options.trend) return model;
  const overlays: TrendOverlayInput[] = [];
  model.series.forEach((s, index) => {
    if (s.reference) return;
    const input = { x: s.x, y: s.y, status: s.status, breaks: s.breaks };
    if (window > 1)
      overlays.push({
        id: `${s.id}:rolling`,
        label: `${s.label}, ${msg('trend.rolling', locale, { n: window })}`,
        kind: 'rolling-mean',
        series: index,
        x: s.x,
        y: rollingMeanByPoints(input, window),
      });
    const t = options.trend ? trendLineByX(input) : undefined;
    if (t)
      overlays.push({
        id: `${s.id}:trend`,
        label: `${s.label}, ${msg('trend.linear', locale)}`,
        kind: 'trend',
        series: index,
        x: [t.x0, t.x1],
        y: [t.y0, t.y1],
      });
  });
  return { ...model, overlays };
}

/**
 * The model with the year-on-year view and the rolling-mean and trend overlays, all computed by
 * core (which never computes across a break or from a suppressed value). With time or numeric x
 * the overlays are computed over points and x instead, and there is no year-on-year view.
 *
 * @example
 * ```ts
 * derive(model, { rolling: 12, trend: true }, 'fi').overlays.length; // 2 per series
 * ```
 */
export function derive(model: TrendModel, options: DeriveOptions, locale: Locale): TrendModel {
  if (model.xKind !== 'period') return deriveByX(model, options, locale);
  const window = Math.floor(options.rolling ?? 0);
  if (!options.change && window <= 1 && !options.trend) return model;
  const unit = model.unit;
  let series = model.series;
  if (options.change) {
    series = series.map((s) => {
      const pts = pointsOf(s);
      const breaks =
        s.breaks.length > 0 ? (s.periods ?? []).filter((_, i) => s.breaks.includes(s.x[i] as number)) : [];
      const y = new Float64Array(pts.length);
      const status = new Uint8Array(pts.length);
      pts.forEach((p, i) => {
        const c = yearOnYear(pts, p.period, { unit, breaks });
        // Differences of rounded figures carry float noise (0.30000000000000004): drop it.
        y[i] = c.change === null ? Number.NaN : Math.round(c.change * 1e9) / 1e9;
        status[i] =
          c.status === 'ok'
            ? Math.max(0, OBSERVATION_STATUSES.indexOf(c.valueStatus))
            : c.status === 'suppressed'
              ? 3
              : 4;
      });
      return { ...s, y, status, provisional: provisionalOf(status, y.length) };
    });
  }
  const overlays: TrendOverlayInput[] = [];
  series.forEach((s, index) => {
    if (s.reference) return;
    const pts = pointsOf(s);
    const breakPeriods = (s.periods ?? []).filter((_, i) => s.breaks.includes(s.x[i] as number));
    if (window > 1) {
      const m = rollingMean(pts, window, { breaks: breakPeriods });
      overlays.push({
        id: `${s.id}:rolling`,
        label: `${s.label}, ${msg('trend.rolling', locale, { n: window })}`,
        kind: 'rolling-mean',
        series: index,
        x: Float64Array.from(m, (p) => periodMs(p.period)),
        y: Float64Array.from(m, (p) => p.value ?? Number.NaN),
      });
    }
    if (options.trend) {
      const t = linearTrend(pts, { breaks: breakPeriods });
      if (t) {
        const span = (s.periods ?? []).indexOf(t.to) - (s.periods ?? []).indexOf(t.from);
        overlays.push({
          id: `${s.id}:trend`,
          label: `${s.label}, ${msg('trend.linear', locale)}`,
          kind: 'trend',
          series: index,
          x: [periodMs(t.from), periodMs(t.to)],
          y: [t.intercept, t.intercept + t.slope * span],
        });
      }
    }
  });
  return {
    ...model,
    series,
    overlays,
    // A level target says nothing about a change from a year earlier.
    targets: options.change ? [] : model.targets,
    change: options.change === true,
    unit: options.change && unit === 'percent' ? 'percentage-points' : unit,
  };
}

/** The period a year of steps spans, for PageUp/PageDown. */
export function periodsPerPage(grain: TimeGrain): number {
  return grain === 'month' ? 12 : grain === 'quarter' ? 4 : grain === 'day' ? 30 : 10;
}
