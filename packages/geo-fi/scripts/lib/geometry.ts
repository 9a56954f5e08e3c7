/** Planar helpers for the build (projected kilometres, y pointing down). */
export type Point = readonly [number, number];
export type Ring = readonly Point[];

/** Signed shoelace area of a closed ring. */
export function ringArea(ring: Ring): number {
  let s = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++)
    s += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return s / 2;
}

/** Area-weighted centroid of a set of outer rings (holes are rare and small here). */
export function centroid(rings: readonly Ring[]): Point {
  let a = 0,
    cx = 0,
    cy = 0;
  for (const ring of rings) {
    for (let i = 0, n = ring.length - 1; i < n; i++) {
      const [x0, y0] = ring[i]!;
      const [x1, y1] = ring[i + 1]!;
      const f = x0 * y1 - x1 * y0;
      a += f;
      cx += (x0 + x1) * f;
      cy += (y0 + y1) * f;
    }
  }
  return [cx / (3 * a), cy / (3 * a)];
}

function pointSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0],
    dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len)) : 0;
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Largest distance from a vertex of `from` to the nearest segment of `to` (directed Hausdorff). */
export function directedHausdorff(from: readonly Ring[], to: readonly Ring[]): number {
  let worst = 0;
  for (const ring of from) {
    for (const p of ring) {
      let best = Infinity;
      for (const r of to)
        for (let i = 0; i < r.length - 1 && best > worst; i++)
          best = Math.min(best, pointSegment(p, r[i]!, r[i + 1]!));
      worst = Math.max(worst, best);
    }
  }
  return worst;
}

/** Symmetric Hausdorff distance between two sets of boundary rings. */
export function hausdorff(a: readonly Ring[], b: readonly Ring[]): number {
  return Math.max(directedHausdorff(a, b), directedHausdorff(b, a));
}
