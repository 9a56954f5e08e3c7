/**
 * The drawable geometry of one boundary layer: SVG paths from @mittari/geo-fi's pre-projected
 * coordinates (no projection here), each area's label point and box, and the region borders.
 * Built once per layer and size and cached; recolouring never comes back here.
 */
import { areaRings, decodeArcs, toSvgPaths, type Boundaries } from '@mittari/geo-fi';

/** One drawable area. */
export interface MapShape {
  readonly code: string;
  /** SVG path data in the layer's viewBox units; draw with `fill-rule="evenodd"`. */
  readonly d: string;
  /** Label / tooltip anchor: centroid of the area's largest polygon. */
  readonly x: number;
  readonly y: number;
  /** Bounding box `[x0, y0, x1, y1]`. */
  readonly box: readonly [number, number, number, number];
}

/** The drawable geometry of one layer at one size. */
export interface MapGeometry {
  readonly viewBox: readonly [number, number, number, number];
  readonly shapes: readonly MapShape[];
  readonly byCode: ReadonlyMap<string, MapShape>;
  /** Region borders, one stroke-only path. */
  readonly borders: string;
  /** Decimals the paths were written with. */
  readonly precision: number;
}

/**
 * Decimals worth writing for a map drawn `width` CSS pixels wide (at 2× device pixels): finer
 * coordinates only make the paths longer.
 *
 * @example
 * ```ts
 * pathPrecision([63, -7794, 669, 1168], 400); // 0
 * ```
 */
export function pathPrecision(viewBox: readonly [number, number, number, number], width: number): number {
  const unitsPerDevicePixel = viewBox[2] / Math.max(1, width * 2);
  return unitsPerDevicePixel >= 0.5 ? 0 : unitsPerDevicePixel >= 0.05 ? 1 : 2;
}

/** Signed area and centroid of one ring (shoelace formula). */
function ringCentroid(ring: readonly (readonly [number, number])[]): { a: number; x: number; y: number } {
  let a = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[i];
    const q = ring[j];
    if (!p || !q) continue;
    const cross = q[0] * p[1] - p[0] * q[1];
    a += cross;
    x += (q[0] + p[0]) * cross;
    y += (q[1] + p[1]) * cross;
  }
  return a === 0
    ? { a: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 }
    : { a: a / 2, x: x / (3 * a), y: y / (3 * a) };
}

const cache = new WeakMap<Boundaries, Map<number, MapGeometry>>();

/**
 * Builds (or returns the cached) geometry of a planar layer for a given drawing width.
 *
 * @example
 * ```ts
 * const b = await loadBoundaries({ level: 'region' });
 * const g = mapGeometry(b, 480);
 * g.byCode.get('MK21'); // Åland's path and anchor
 * ```
 */
export function mapGeometry(boundaries: Boundaries, width: number): MapGeometry {
  if (!boundaries.viewBox)
    throw new TypeError(`the map needs a planar layer (projection "tm35"), got "${boundaries.projection}"`);
  const precision = pathPrecision(boundaries.viewBox, width);
  let perLayer = cache.get(boundaries);
  if (!perLayer) cache.set(boundaries, (perLayer = new Map()));
  const hit = perLayer.get(precision);
  if (hit) return hit;

  const svg = toSvgPaths(boundaries, { precision });
  const decoded = decodeArcs(boundaries.topology);
  const collection = boundaries.topology.objects[boundaries.object];
  const geometries = collection && 'geometries' in collection ? collection.geometries : [];
  const anchors = new Map<string, { x: number; y: number; box: [number, number, number, number] }>();
  for (const g of geometries) {
    let best = { a: -1, x: 0, y: 0 };
    const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const polygon of areaRings(decoded, g)) {
      const outer = polygon[0];
      if (!outer) continue;
      for (const [px, py] of outer) {
        if (px < box[0]) box[0] = px;
        if (py < box[1]) box[1] = py;
        if (px > box[2]) box[2] = px;
        if (py > box[3]) box[3] = py;
      }
      const c = ringCentroid(outer);
      if (Math.abs(c.a) > best.a) best = { a: Math.abs(c.a), x: c.x, y: c.y };
    }
    anchors.set(g.id, { x: best.x, y: best.y, box });
  }
  const shapes = svg.areas.map((a): MapShape => {
    const anchor = anchors.get(a.code) ?? {
      x: 0,
      y: 0,
      box: [0, 0, 0, 0] as [number, number, number, number],
    };
    return { code: a.code, d: a.d, x: anchor.x, y: anchor.y, box: anchor.box };
  });
  const geometry: MapGeometry = {
    viewBox: boundaries.viewBox,
    shapes,
    byCode: new Map(shapes.map((s) => [s.code, s])),
    borders: svg.borders,
    precision,
  };
  perLayer.set(precision, geometry);
  return geometry;
}

/**
 * The smallest viewBox holding `viewBox` and a context shape's `box` (`[x0, y0, x1, y1]`), with
 * `pad` units around the shape: a layer without Åland (employment areas, elinvoimakeskukset)
 * still draws Åland's context outline, which lies west of that layer's own viewBox and would
 * otherwise spill over the card's edge.
 *
 * @example
 * ```ts
 * viewBoxWith([100, 0, 500, 1000], [40.5, 700, 90, 760], 2); // [38, 0, 562, 1000]
 * ```
 */
export function viewBoxWith(
  viewBox: readonly [number, number, number, number],
  box: readonly [number, number, number, number] | undefined,
  pad = 0,
): readonly [number, number, number, number] {
  if (!box || !box.every(Number.isFinite)) return viewBox;
  const [vx, vy, vw, vh] = viewBox;
  // Widened edges are rounded outwards to whole units, so the SVG carries no float noise.
  const x0 = box[0] - pad < vx ? Math.floor(box[0] - pad) : vx;
  const y0 = box[1] - pad < vy ? Math.floor(box[1] - pad) : vy;
  const x1 = box[2] + pad > vx + vw ? Math.ceil(box[2] + pad) : vx + vw;
  const y1 = box[3] + pad > vy + vh ? Math.ceil(box[3] + pad) : vy + vh;
  return [x0, y0, Number((x1 - x0).toFixed(3)), Number((y1 - y0).toFixed(3))];
}
