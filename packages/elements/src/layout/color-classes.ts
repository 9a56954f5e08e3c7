/**
 * Classification of values into colour classes: quantiles, equal intervals or breaks given by
 * the user, for sequential scales and for diverging scales around a centre (a target or a
 * reference area's value). Pure; no DOM.
 */
import { quantileSorted } from 'd3-array';
import type { ScaleKind } from './color-palette.js';

/** How values are split into classes; `continuous` draws a smooth ramp instead. */
export const CLASS_METHODS = ['quantile', 'equal', 'breaks', 'continuous'] as const;
/** A classification method. */
export type ClassMethod = (typeof CLASS_METHODS)[number];

/** What to classify and how. */
export interface ClassifyOptions {
  readonly kind: ScaleKind;
  readonly method: ClassMethod;
  /** Wanted number of classes (default 5 sequential, 6 diverging); ties may give fewer. */
  readonly classes?: number;
  /** Upper bounds between classes for `method: 'breaks'`, ascending. */
  readonly breaks?: readonly number[];
  /** Centre of a diverging scale. Without one a diverging scale falls back to sequential. */
  readonly center?: number;
}

/** One class: values `from < v <= to` (the first class also includes `from`). */
export interface ValueClass {
  readonly from: number;
  readonly to: number;
}

/** A classification of a set of values. */
export interface Classification {
  readonly kind: ScaleKind;
  readonly method: ClassMethod;
  /** Data extent, or `undefined` when no value was given. */
  readonly domain: readonly [number, number] | undefined;
  /** Class bounds between classes, ascending; `classes.length - 1` of them. */
  readonly thresholds: readonly number[];
  /** Classes, lowest first. Empty for `continuous`. */
  readonly classes: readonly ValueClass[];
  /** Centre of a diverging scale. */
  readonly center: number | undefined;
}

const finiteSorted = (values: Iterable<number | null | undefined>): number[] => {
  const out: number[] = [];
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
  // A typed array sorts numerically without a comparator calling back into script (every
  // recolour classifies the map's 308 values).
  return Array.from(Float64Array.from(out).sort());
};

const uniqueAscending = (xs: readonly number[]): number[] => {
  const out: number[] = [];
  for (const x of [...xs].sort((a, b) => a - b))
    if (out.length === 0 || x > (out[out.length - 1] ?? x)) out.push(x);
  return out;
};

function equalThresholds(lo: number, hi: number, n: number): number[] {
  return Array.from({ length: n - 1 }, (_, i) => lo + ((hi - lo) * (i + 1)) / n);
}

function quantileThresholds(sorted: number[], n: number): number[] {
  return Array.from({ length: n - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / n) ?? 0);
}

function toClasses(lo: number, hi: number, thresholds: readonly number[]): ValueClass[] {
  const bounds = [lo, ...thresholds, hi];
  return thresholds.length === 0 && lo === hi
    ? [{ from: lo, to: hi }]
    : bounds.slice(1).map((to, i) => ({ from: bounds[i] ?? lo, to }));
}

/**
 * Splits values into classes. Suppressed and missing values (`null`) are ignored: they are drawn
 * with their own pattern, never as a class.
 *
 * Diverging scales keep the centre as a class bound so no class mixes "below" and "above";
 * quantiles are taken on each side separately, equal intervals are symmetric around the centre.
 *
 * @example
 * ```ts
 * classify([3.1, 5.2, 8.4, 12.9], { kind: 'sequential', method: 'quantile', classes: 2 }).thresholds; // [6.8]
 * ```
 */
export function classify(
  values: Iterable<number | null | undefined>,
  options: ClassifyOptions,
): Classification {
  const sorted = finiteSorted(values);
  const center = options.kind === 'diverging' ? options.center : undefined;
  const kind: ScaleKind = center === undefined ? 'sequential' : 'diverging';
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) {
    return { kind, method: options.method, domain: undefined, thresholds: [], classes: [], center };
  }
  const domain = [first, last] as const;
  if (options.method === 'continuous') {
    return { kind, method: 'continuous', domain, thresholds: [], classes: [], center };
  }
  const wanted = Math.max(1, Math.floor(options.classes ?? (kind === 'diverging' ? 6 : 5)));
  let thresholds: number[];
  if (options.method === 'breaks') {
    thresholds = uniqueAscending((options.breaks ?? []).filter((b) => Number.isFinite(b)));
  } else if (center === undefined) {
    thresholds =
      options.method === 'equal' ? equalThresholds(first, last, wanted) : quantileThresholds(sorted, wanted);
  } else {
    const side = Math.max(1, Math.floor(wanted / 2));
    if (options.method === 'equal') {
      const reach = Math.max(center - first, last - center);
      thresholds = [
        ...equalThresholds(center - reach, center, side),
        center,
        ...equalThresholds(center, center + reach, side),
      ];
    } else {
      const below = sorted.filter((v) => v <= center);
      const above = sorted.filter((v) => v > center);
      thresholds = [
        ...(below.length > 0 ? quantileThresholds(below, side) : []),
        center,
        ...(above.length > 0 ? quantileThresholds(above, side) : []),
      ];
    }
  }
  thresholds = uniqueAscending(thresholds);
  const lo = Math.min(first, center ?? first);
  const hi = Math.max(last, center ?? last);
  // Bounds equal to the extremes would make empty classes.
  const inner = thresholds.filter((t) => t > lo && t < hi);
  return {
    kind,
    method: options.method,
    domain,
    thresholds: inner,
    classes: toClasses(lo, hi, inner),
    center,
  };
}

/**
 * The class of a value (0 = lowest), or `-1` when it has none (null, or a continuous scale).
 *
 * @example
 * ```ts
 * classIndex(classify([1, 2, 3, 4], { kind: 'sequential', method: 'equal', classes: 2 }), 3.5); // 1
 * ```
 */
export function classIndex(c: Classification, value: number | null | undefined): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || c.classes.length === 0) return -1;
  let i = 0;
  while (i < c.thresholds.length && value > (c.thresholds[i] ?? Infinity)) i++;
  return i;
}

/**
 * Where a value sits on a continuous scale, 0–1 (diverging scales put the centre at 0.5).
 *
 * @example
 * ```ts
 * continuousPosition(classify([0, 10], { kind: 'sequential', method: 'continuous' }), 2.5); // 0.25
 * ```
 */
export function continuousPosition(c: Classification, value: number): number {
  if (!c.domain) return 0.5;
  const [lo, hi] = c.domain;
  if (c.center !== undefined) {
    const reach = Math.max(c.center - lo, hi - c.center);
    return reach > 0 ? 0.5 + (value - c.center) / (2 * reach) : 0.5;
  }
  return hi > lo ? (value - lo) / (hi - lo) : 0.5;
}
