import {
  placeMarkers,
  MARKER_LANE_HEIGHT,
  type MarkerInput,
  type PlacedMarker,
} from './trend-annotations.js';
import { buildLinePaths, type IsolatedPoint, type LineInput } from './trend-lines.js';
import { linearScale, numericTicks, scaleMap, valueDomain, type LinearScale } from './trend-scale.js';
import { targetPaths, type TargetPaths, type TargetStep } from './trend-target.js';
import {
  LOCALE_TAGS,
  TICK_CHAR_WIDTH,
  timeTicks,
  type AxisTick,
  type TickLocale,
  type TimeGrain,
} from './trend-time-ticks.js';

/** What the x values are: period starts (UTC ms), instants (UTC ms) or plain numbers. */
export const X_KINDS = ['period', 'time', 'number'] as const;
/** What the x values of a trend chart are. */
export type XKind = (typeof X_KINDS)[number];

/** One series to lay out. */
export interface TrendSeriesInput extends LineInput {
  readonly id: string;
  readonly label: string;
  /** The comparison series (the whole country by default): drawn quieter, never the focus of colour. */
  readonly reference?: boolean | undefined;
}

/** A derived line (rolling mean, least-squares trend) drawn thin over its series. */
export interface TrendOverlayInput {
  readonly id: string;
  readonly label: string;
  readonly kind: 'rolling-mean' | 'trend';
  /** Index of the series it belongs to (it takes that series' colour). */
  readonly series: number;
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number | null>;
  readonly breaks?: readonly number[] | undefined;
}

/** Everything {@link layoutTrend} needs. */
export interface TrendLayoutInput {
  readonly xKind: XKind;
  /** The finest frequency of the data in period mode; `'time'` otherwise. */
  readonly grain: TimeGrain;
  readonly series: readonly TrendSeriesInput[];
  readonly overlays?: readonly TrendOverlayInput[] | undefined;
  readonly targets?: readonly TargetStep[] | undefined;
  readonly markers?: readonly MarkerInput[] | undefined;
  readonly width: number;
  readonly height: number;
  /** Device pixels per CSS pixel: decimation keeps every device pixel column exact. */
  readonly dpr?: number | undefined;
  /**
   * The axis text's size in CSS px (default 12). It follows the user's font size, so margins,
   * label rows and how many ticks fit all grow with it (WCAG 1.4.4).
   */
  readonly fontSize?: number | undefined;
  readonly locale: TickLocale;
  /** Stretch the value axis to zero. */
  readonly zero?: boolean | undefined;
  /** Formats a value-axis tick with the given number of decimals (default: `Intl` for the locale). */
  readonly formatY?: ((value: number, decimals: number) => string) | undefined;
  /** Formats a numeric x tick (number mode). */
  readonly formatX?: ((value: number, decimals: number) => string) | undefined;
}

/** A point mark: drawn for every value when points are sparse, hollow when provisional. */
export interface PointMark {
  readonly x: number;
  readonly y: number;
  readonly index: number;
  readonly provisional: boolean;
}

/** One series as drawn. */
export interface SeriesLayout {
  readonly id: string;
  readonly label: string;
  readonly index: number;
  readonly reference: boolean;
  readonly solid: string;
  readonly dashed: string;
  readonly isolated: readonly IsolatedPoint[];
  readonly points: readonly PointMark[];
}

/** A positioned tick. */
export interface PlacedTick {
  readonly pos: number;
  readonly label: string;
  readonly context?: string;
}

/** The view model of a trend chart: pure data the element binds to an SVG template. */
export interface TrendLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: {
    readonly left: number;
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
  };
  readonly x: LinearScale;
  readonly y: LinearScale;
  readonly xTicks: readonly PlacedTick[];
  readonly yTicks: readonly PlacedTick[];
  readonly series: readonly SeriesLayout[];
  readonly overlays: readonly {
    readonly id: string;
    readonly label: string;
    readonly kind: TrendOverlayInput['kind'];
    readonly series: number;
    readonly d: string;
  }[];
  readonly target: TargetPaths | undefined;
  readonly markers: readonly PlacedMarker[];
  /** Vertices in all line paths: below the point count when dense data was reduced per pixel column. */
  readonly vertices: number;
  /** Whether any series had more points than device pixel columns (and was reduced). */
  readonly decimated: boolean;
  /** The axis text's size in CSS px the layout was made for; label offsets scale with it. */
  readonly fontSize: number;
}

/** Points closer than this (pixels, on average) are not marked one by one. */
export const MIN_MARK_SPACING = 8;

/** The axis text size, CSS px, every fixed text measure of the layout was made for. */
export const BASE_FONT_SIZE = 12;

// Making an Intl.NumberFormat costs far more than formatting with one: one per language and decimals.
const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();

function defaultFormat(locale: TickLocale): (v: number, decimals: number) => string {
  return (v, decimals) => {
    const key = `${locale}|${decimals}`;
    let f = NUMBER_FORMATS.get(key);
    if (!f) {
      f = new Intl.NumberFormat(LOCALE_TAGS[locale], {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      });
      NUMBER_FORMATS.set(key, f);
    }
    return f.format(v);
  };
}

function extendExtent(ext: [number, number], v: number | null | undefined): void {
  if (v === null || v === undefined || Number.isNaN(v)) return;
  if (v < ext[0]) ext[0] = v;
  if (v > ext[1]) ext[1] = v;
}

// What the last chunkExtent call found. Module variables, not an array's elements: V8 optimises
// the loop while it first runs, before the stores after it ever ran, and a store to an array
// with no type feedback yet would send the optimised code back to the interpreter at every exit.
let chunkLow = Infinity;
let chunkHigh = -Infinity;

/**
 * The lowest and highest of `lo`, `hi` and the values `from` … `to - 1`, left in `chunkLow` and
 * `chunkHigh`. Called a chunk at a time: a small function that has run to its end many times is
 * optimised whole, soon, instead of one long loop running in the interpreter on every call.
 */
function chunkExtent(y: ArrayLike<number | null>, from: number, to: number, lo: number, hi: number): void {
  for (let i = from; i < to; i++) {
    const v = y[i];
    // NaN fails both comparisons; null must not count as 0.
    if (v === null || v === undefined) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  chunkLow = lo;
  chunkHigh = hi;
}

/** Points per call of {@link chunkExtent}. */
const EXTENT_CHUNK = 1024;

/** Widens `ext` to the lowest and highest of the first `n` values. */
function valuesExtent(y: ArrayLike<number | null>, n: number, ext: [number, number]): void {
  let lo = ext[0];
  let hi = ext[1];
  for (let i = 0; i < n; i += EXTENT_CHUNK) {
    chunkExtent(y, i, Math.min(n, i + EXTENT_CHUNK), lo, hi);
    lo = chunkLow;
    hi = chunkHigh;
  }
  ext[0] = lo;
  ext[1] = hi;
}

function valueExtent(input: TrendLayoutInput): [number, number] {
  const ext: [number, number] = [Infinity, -Infinity];
  for (const s of input.series) valuesExtent(s.y, Math.min(s.x.length, s.y.length), ext);
  for (const o of input.overlays ?? []) valuesExtent(o.y, o.y.length, ext);
  for (const t of input.targets ?? []) {
    extendExtent(ext, t.value);
    extendExtent(ext, t.low);
    extendExtent(ext, t.high);
  }
  return ext;
}

function xExtent(input: TrendLayoutInput): [number, number] {
  const ext: [number, number] = [Infinity, -Infinity];
  for (const s of input.series) {
    // x is ascending, so the ends are the extent.
    if (s.x.length > 0) {
      extendExtent(ext, s.x[0]);
      extendExtent(ext, s.x[s.x.length - 1]);
    }
  }
  for (const t of input.targets ?? []) {
    extendExtent(ext, t.x0);
    extendExtent(ext, t.x1);
  }
  return ext;
}

/**
 * Lays out a trend chart: margins from the tick labels, a time or numeric x axis with ticks
 * that fit the language's labels, a nice value axis, each series' solid and dashed paths
 * (reduced per device pixel column when dense), point marks when sparse, the stepped target and
 * its band, and the break/revision/note markers. Pure: the same input gives the same output.
 *
 * @example
 * ```ts
 * const layout = layoutTrend({
 *   xKind: 'period', grain: 'month', locale: 'fi', width: 600, height: 300,
 *   series: [{ id: 'KU091', label: 'Helsinki', x: [Date.UTC(2024, 0), Date.UTC(2024, 1)], y: [10.1, 10.4] }],
 * });
 * layout.series[0]?.solid; // "M…L…"
 * ```
 */
export function layoutTrend(input: TrendLayoutInput): TrendLayout {
  const { width, height, locale } = input;
  const dpr = input.dpr ?? 1;
  const fontSize = input.fontSize !== undefined && input.fontSize > 0 ? input.fontSize : BASE_FONT_SIZE;
  // Every text measure below was drawn for 12 px text; `k` scales them to the actual size.
  const k = fontSize / BASE_FONT_SIZE;
  const fmtY = input.formatY ?? defaultFormat(locale);
  const fmtX = input.formatX ?? defaultFormat(locale);

  const [vmin, vmax] = valueExtent(input);
  const yTickCount = Math.max(2, Math.round(height / (50 * Math.max(1, k))));
  const yDomain = valueDomain(vmin, vmax, { zero: input.zero === true, tickCount: yTickCount });
  const yt = numericTicks(yDomain[0], yDomain[1], yTickCount);
  const yLabels = yt.values.map((v) => fmtY(v, yt.decimals));

  const markers = input.markers ?? [];
  const labelledMarkers = markers.some((m) => m.kind !== 'revision');
  const top = 8 + (labelledMarkers ? Math.round(2 * MARKER_LANE_HEIGHT * k) : 0);
  const left = 8 + Math.max(0, ...yLabels.map((l) => Math.ceil(l.length * TICK_CHAR_WIDTH * k)));
  const right = width - 16;

  let [x0, x1] = xExtent(input);
  if (!Number.isFinite(x0)) [x0, x1] = [0, 1];
  const xs = linearScale(x0, x1, left, Math.max(left + 1, right));
  const plotWidth = Math.max(1, right - left);

  let xTicks: PlacedTick[];
  if (input.xKind === 'number') {
    const xt = numericTicks(x0, x1, Math.max(2, Math.floor(plotWidth / (80 * k))));
    xTicks = xt.values.map((v) => ({ pos: r(scaleMap(xs, v)), label: fmtX(v, xt.decimals) }));
  } else {
    const grain = input.xKind === 'time' ? 'time' : input.grain;
    // Ticks are chosen for 12 px labels; a narrower "virtual" width makes larger labels fit.
    xTicks = timeTicks(x0, x1, plotWidth / k, grain, locale).map((t: AxisTick) =>
      placed(r(scaleMap(xs, t.value)), t),
    );
  }
  const hasContext = xTicks.some((t) => t.context !== undefined);
  const bottom = height - Math.round((hasContext ? 36 : 22) * k);
  const ys = linearScale(yDomain[0], yDomain[1], Math.max(top + 1, bottom), top);
  const yTicks = yt.values.map((v, i) => ({ pos: r(scaleMap(ys, v)), label: yLabels[i] ?? '' }));

  let vertices = 0;
  let decimated = false;
  const series: SeriesLayout[] = input.series.map((s, index) => {
    const breaks = s.breaks ?? markers.filter((m) => m.kind === 'break').map((m) => m.x);
    const paths = buildLinePaths({ ...s, breaks }, xs, ys, dpr);
    vertices += paths.vertices;
    const n = Math.min(s.x.length, s.y.length);
    if (n > plotWidth * dpr) decimated = true;
    const points: PointMark[] = [];
    if (n > 0 && plotWidth / n >= MIN_MARK_SPACING) {
      for (let i = 0; i < n; i++) {
        const v = s.y[i];
        if (v === null || v === undefined || Number.isNaN(v)) continue;
        points.push({
          x: r(scaleMap(xs, s.x[i] as number)),
          y: r(scaleMap(ys, v)),
          index: i,
          provisional: s.provisional ? Boolean(s.provisional[i]) : false,
        });
      }
    }
    return {
      id: s.id,
      label: s.label,
      index,
      reference: s.reference === true,
      solid: paths.solid,
      dashed: paths.dashed,
      isolated: paths.isolated,
      points,
    };
  });

  const overlays = (input.overlays ?? []).map((o) => {
    const breaks = o.breaks ?? markers.filter((m) => m.kind === 'break').map((m) => m.x);
    const p = buildLinePaths({ x: o.x, y: o.y, breaks }, xs, ys, dpr);
    vertices += p.vertices;
    return { id: o.id, label: o.label, kind: o.kind, series: o.series, d: p.solid };
  });

  const target = input.targets && input.targets.length > 0 ? targetPaths(input.targets, xs, ys) : undefined;

  return {
    width,
    height,
    plot: { left, top, right, bottom },
    x: xs,
    y: ys,
    xTicks,
    yTicks,
    series,
    overlays,
    target,
    markers: placeMarkers(markers, xs, right, 2, TICK_CHAR_WIDTH * k),
    vertices,
    decimated,
    fontSize,
  };
}

function placed(pos: number, t: AxisTick): PlacedTick {
  return t.context === undefined ? { pos, label: t.label } : { pos, label: t.label, context: t.context };
}

const r = (v: number): number => Math.round(v * 100) / 100;
