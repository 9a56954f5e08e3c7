import type { Boundaries } from './boundaries.js';
import type { AreaLabel } from './names.js';
import { areaRings, decodeArcs, stitchArcs, type TopoArea, type TopoLines } from './topojson.js';

/** SVG path data for one area. */
export interface AreaPath {
  readonly code: string;
  readonly label: AreaLabel;
  /** Path data; draw with `fill-rule="evenodd"` so enclaves show as holes. */
  readonly d: string;
}

/** Everything needed to draw a layer as SVG. */
export interface SvgPaths {
  /** `"x y width height"` for the `<svg viewBox>`. */
  readonly viewBox: string;
  readonly areas: readonly AreaPath[];
  /** Region borders as one path (stroke only), to draw over layers that cross them. */
  readonly borders: string;
}

/** Options of {@link toSvgPaths}. */
export interface SvgPathOptions {
  /** Decimals written per coordinate; default 1 (0.1 km, finer than any screen shows the whole country). */
  readonly precision?: number;
}

function writer(
  precision: number,
): (points: readonly (readonly [number, number])[], close: boolean) => string {
  const f = 10 ** precision;
  const num = (v: number): string => String(Math.round(v * f) / f);
  return (points, close) => {
    if (points.length < 2) return '';
    let s = `M${num(points[0]![0])} ${num(points[0]![1])}`;
    for (let i = 1; i < points.length - (close ? 1 : 0); i++)
      s += `L${num(points[i]![0])} ${num(points[i]![1])}`;
    return close ? `${s}Z` : s;
  };
}

/**
 * Turns a planar (`tm35`) layer into SVG path strings: pure, no projection at runtime (the
 * coordinates already are planar, y pointing down).
 *
 * @example
 * ```ts
 * const b = await loadBoundaries({ level: 'region' });
 * const { viewBox, areas, borders } = toSvgPaths(b);
 * // <svg viewBox=${viewBox}>${areas.map((a) => svg`<path d=${a.d}></path>`)}<path d=${borders} fill="none"></path></svg>
 * ```
 */
export function toSvgPaths(boundaries: Boundaries, options: SvgPathOptions = {}): SvgPaths {
  if (boundaries.projection !== 'tm35' || !boundaries.viewBox) {
    throw new TypeError(
      `toSvgPaths needs a planar layer (projection "tm35"), got "${boundaries.projection}"`,
    );
  }
  const path = writer(options.precision ?? 1);
  const decoded = decodeArcs(boundaries.topology);
  const collection = boundaries.topology.objects[boundaries.object];
  const geometries: readonly TopoArea[] =
    collection && 'geometries' in collection ? collection.geometries : [];
  const areas = geometries.map((g, i): AreaPath => ({
    code: g.id,
    label: boundaries.areas[i]?.label ?? { fi: g.id, sv: g.id, en: g.id },
    d: areaRings(decoded, g)
      .flat()
      .map((ring) => path(ring, true))
      .join(''),
  }));
  const lines = boundaries.topology.objects[boundaries.borders] as TopoLines | undefined;
  const borders = (lines?.arcs ?? []).map((line) => path(stitchArcs(decoded, line), false)).join('');
  return { viewBox: boundaries.viewBox.join(' '), areas, borders };
}
