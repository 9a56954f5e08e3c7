/**
 * The subset of TopoJSON the assets use, typed here so the package's types need no
 * third-party type package.
 */

/** Quantisation transform: absolute = delta-decoded integer × scale + translate. */
export interface TopoTransform {
  readonly scale: readonly [number, number];
  readonly translate: readonly [number, number];
}

/** An area's names, stored on each geometry of an asset. */
export interface TopoAreaProperties {
  readonly fi: string;
  readonly sv: string;
  readonly en: string;
}

/** A polygon or multipolygon whose rings are lists of arc indices (`~i` = arc `i` reversed). */
export type TopoArea =
  | {
      readonly type: 'Polygon';
      readonly id: string;
      readonly arcs: readonly (readonly number[])[];
      readonly properties: TopoAreaProperties;
    }
  | {
      readonly type: 'MultiPolygon';
      readonly id: string;
      readonly arcs: readonly (readonly (readonly number[])[])[];
      readonly properties: TopoAreaProperties;
    };

/** Lines as lists of arc indices (region borders). */
export interface TopoLines {
  readonly type: 'MultiLineString';
  readonly arcs: readonly (readonly number[])[];
}

/** A quantised, delta-encoded TopoJSON topology as the assets store it. */
export interface Topology {
  readonly type: 'Topology';
  readonly bbox: readonly [number, number, number, number];
  readonly transform: TopoTransform;
  readonly objects: Readonly<
    Record<
      string,
      { readonly type: 'GeometryCollection'; readonly geometries: readonly TopoArea[] } | TopoLines
    >
  >;
  readonly arcs: readonly (readonly (readonly [number, number])[])[];
}

/**
 * Decodes every arc of a quantised topology to absolute coordinates (in the asset's units).
 *
 * @example
 * ```ts
 * const arcs = decodeArcs(boundaries.topology);
 * arcs[0][0]; // [x, y] of the first point of arc 0
 * ```
 */
export function decodeArcs(topology: Topology): [number, number][][] {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]): [number, number] => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

/** Joins a ring's or line's arcs into one list of points (shared end points written once). */
export function stitchArcs(
  decoded: readonly (readonly [number, number])[][],
  indices: readonly number[],
): [number, number][] {
  const out: [number, number][] = [];
  for (const index of indices) {
    const arc = decoded[index < 0 ? ~index : index];
    if (!arc) continue;
    const points = index < 0 ? [...arc].reverse() : arc;
    for (let i = out.length ? 1 : 0; i < points.length; i++) out.push([points[i]![0], points[i]![1]]);
  }
  return out;
}

/** The polygons of an area: each a list of rings, each ring a list of points. */
export function areaRings(
  decoded: readonly (readonly [number, number])[][],
  area: TopoArea,
): [number, number][][][] {
  const polygons = area.type === 'Polygon' ? [area.arcs] : area.arcs;
  return polygons.map((rings) => rings.map((ring) => stitchArcs(decoded, ring)));
}
