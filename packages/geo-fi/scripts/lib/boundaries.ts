import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoTransverseMercator } from 'd3-geo';
import { topology as toTopology } from 'topojson-server';
import { feature, mergeArcs, meshArcs, neighbors, quantize } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { Classification, GroupingLevel, Label } from './classification.js';
import { centroid, hausdorff, type Point, type Ring } from './geometry.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- TopoJSON is handled as plain JSON here */
type Arcs = number[][];
interface Geom {
  type: string;
  arcs: any;
  id?: string;
  properties?: Record<string, unknown>;
}

/** Spherical transverse Mercator, central meridian 27°E, kilometres, 500 km false easting, y down. */
export const PROJECTION = geoTransverseMercator().rotate([-27, 0]).scale(6371).translate([500, 0]);
export const PROJECTION_TEXT =
  'Spherical transverse Mercator, central meridian 27°E (d3-geo geoTransverseMercator().rotate([-27, 0]), R = 6371 km), ' +
  'units km, x = easting with a 500 km false easting, y = −northing (pointing down). Not ETRS-TM35FIN: ' +
  'shapes agree with it to within 0.5 % but absolute positions differ by up to about 20 km.';
export const ATTRIBUTION = {
  boundaries: '© Maanmittauslaitos / National Land Survey of Finland, CC BY 4.0',
  classification: 'Statistics Finland, CC BY 4.0',
};

/** Visvalingam weight (triangle area, km²) below which a vertex is dropped. */
export const MIN_WEIGHT_KM2 = 0.5;
/** Grid cells along the longer side of each layer's bounding box. */
export const QUANTIZATION = 1e4;

export const DIVISIONS = {
  2023: { year: 2023, levels: ['municipality', 'region', 'sub-region', 'wellbeing-county', 'ely-centre'] },
  2025: {
    year: 2025,
    levels: [
      'municipality',
      'region',
      'sub-region',
      'wellbeing-county',
      'employment-area',
      'ely-centre',
      'elinvoimakeskus',
    ],
  },
} as const;
export type LayerLevel = 'municipality' | GroupingLevel;
export type Division = keyof typeof DIVISIONS;
export type ProjectionName = 'tm35' | 'wgs84';
export const PROJECTIONS: readonly ProjectionName[] = ['tm35', 'wgs84'];

export const assetName = (level: LayerLevel, division: Division, projection: ProjectionName): string =>
  `${level}-${division}-${projection}.topo.json`;

const ku = (natcode: string): string => `KU${natcode.padStart(3, '0')}`;

function projectGeometry(g: any): any {
  const ring = (r: number[][]): number[][] => r.map((p) => PROJECTION(p as [number, number])!);
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly: number[][][]) => poly.map(ring)) };
}

/** Keeps every ring at three distinct vertices at least, so no small island vanishes. */
function protectRings(topo: any, geoms: Geom[], minWeight: number): number {
  let raised = 0;
  const rings: number[][] = [];
  for (const g of geoms) {
    if (g.type === 'Polygon') rings.push(...g.arcs);
    else if (g.type === 'MultiPolygon') for (const p of g.arcs) rings.push(...p);
  }
  for (const ring of rings) {
    for (;;) {
      const kept = new Set<string>();
      const candidates: number[][] = [];
      for (const a of ring) {
        const arc = topo.arcs[a < 0 ? ~a : a] as number[][];
        for (const p of arc) {
          if (p[2]! >= minWeight) kept.add(`${p[0]},${p[1]}`);
          else candidates.push(p);
        }
      }
      if (kept.size >= 3 || !candidates.length) break;
      candidates.sort((p, q) => q[2]! - p[2]!);
      candidates[0]![2] = Infinity;
      raised++;
    }
  }
  return raised;
}

interface Layer {
  level: LayerLevel;
  division: Division;
  years: number[];
  geometries: Geom[];
  borders: Geom;
}

function ringsOf(topo: any, g: Geom): Ring[] {
  const f: any = feature(topo, g as any);
  const polys: number[][][][] =
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  return polys.map((p) => p[0] as unknown as Ring);
}

/** Land neighbours (shared border) and, for areas cut off from the largest landmass, the nearest area each way. */
export function navigation(
  topo: any,
  geoms: Geom[],
): { neighbours: Record<string, string[]>; nearest: Record<string, Record<string, string | null>> } {
  const nb = neighbors(geoms as any);
  const codes = geoms.map((g) => g.id!);
  const neighbours: Record<string, string[]> = {};
  codes.forEach((c, i) => (neighbours[c] = nb[i]!.map((j) => codes[j]!).sort()));
  const component = new Array<number>(codes.length).fill(-1);
  const sizes: number[] = [];
  for (let s = 0; s < codes.length; s++) {
    if (component[s] !== -1) continue;
    const id = sizes.length;
    let size = 0;
    const stack = [s];
    component[s] = id;
    while (stack.length) {
      const i = stack.pop()!;
      size++;
      for (const j of nb[i]!)
        if (component[j] === -1) {
          component[j] = id;
          stack.push(j);
        }
    }
    sizes.push(size);
  }
  const main = sizes.indexOf(Math.max(...sizes));
  const centres = geoms.map((g) => centroid(ringsOf(topo, g)));
  const nearest: Record<string, Record<string, string | null>> = {};
  const cone: Record<string, (dx: number, dy: number) => boolean> = {
    up: (dx, dy) => -dy >= Math.abs(dx),
    down: (dx, dy) => dy >= Math.abs(dx),
    left: (dx, dy) => -dx >= Math.abs(dy),
    right: (dx, dy) => dx >= Math.abs(dy),
  };
  codes.forEach((code, i) => {
    if (component[i] === main && nb[i]!.length) return;
    const entry: Record<string, string | null> = {};
    for (const [dir, inCone] of Object.entries(cone)) {
      let best: string | null = null;
      let bestD = Infinity;
      codes.forEach((other, j) => {
        if (component[j] === component[i]) return;
        const dx = centres[j]![0] - centres[i]![0];
        const dy = centres[j]![1] - centres[i]![1];
        const d = Math.hypot(dx, dy);
        if (inCone(dx, dy) && d < bestD) {
          bestD = d;
          best = other;
        }
      });
      entry[dir] = best;
    }
    nearest[code] = entry;
  });
  return { neighbours, nearest };
}

/** A stand-alone topology holding only the given objects and the arcs they use. */
function subset(
  topo: any,
  objects: Record<string, Geom | { type: 'GeometryCollection'; geometries: Geom[] }>,
): any {
  const map = new Map<number, number>();
  const arcs: number[][][] = [];
  const remap = (a: number): number => {
    const i = a < 0 ? ~a : a;
    let k = map.get(i);
    if (k === undefined) {
      k = arcs.length;
      map.set(i, k);
      arcs.push(topo.arcs[i].map((p: number[]) => [p[0], p[1]]));
    }
    return a < 0 ? ~k : k;
  };
  const walk = (arcsOf: any): any => (Array.isArray(arcsOf) ? arcsOf.map(walk) : remap(arcsOf));
  const geometry = (g: any): any =>
    g.type === 'GeometryCollection'
      ? { type: 'GeometryCollection', geometries: g.geometries.map(geometry) }
      : { ...g, arcs: walk(g.arcs) };
  const out: Record<string, unknown> = {};
  for (const [k, g] of Object.entries(objects)) out[k] = geometry(g);
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const arc of arcs)
    for (const [x, y] of arc) {
      x0 = Math.min(x0, x!);
      y0 = Math.min(y0, y!);
      x1 = Math.max(x1, x!);
      y1 = Math.max(y1, y!);
    }
  return { type: 'Topology', bbox: [x0, y0, x1, y1], objects: out, arcs };
}

const round = (v: number, d: number): number => Math.round(v * 10 ** d) / 10 ** d;

function toWgs84(topo: any): any {
  const arcs = topo.arcs.map((arc: number[][]) => arc.map((p) => PROJECTION.invert!(p as [number, number])!));
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const arc of arcs)
    for (const [x, y] of arc) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  return { ...topo, bbox: [x0, y0, x1, y1], arcs };
}

function quantized(topo: any): any {
  const [x0, y0, x1, y1] = topo.bbox as number[];
  const cell = Math.max(x1! - x0!, y1! - y0!) / (QUANTIZATION - 1);
  const q: any = quantize(topo, { scale: [cell, cell], translate: [x0!, y0!] });
  q.transform = {
    scale: q.transform.scale.map((v: number) => round(v, 12)),
    translate: q.transform.translate.map((v: number) => round(v, 9)),
  };
  return q;
}

/** Builds every layer, writes assets and the literal-URL module; returns report lines. */
export function buildBoundaries(
  dataDir: string,
  c: Classification,
  assetsDir: string,
): { report: string[]; urlModule: string; crossCheck: string } {
  const report: string[] = [];
  const source = JSON.parse(readFileSync(resolve(dataDir, 'geo/municipalities-2023.geojson'), 'utf8'));
  const projected = {
    type: 'FeatureCollection',
    features: source.features.map((f: any) => ({
      type: 'Feature',
      id: ku(f.properties.NATCODE),
      properties: {},
      geometry: projectGeometry(f.geometry),
    })),
  };
  const codes2023 = new Set(projected.features.map((f: any) => f.id as string));
  const expected = [...c.municipalities.values()]
    .filter((a) => a.first <= 2023 && a.last >= 2023)
    .map((a) => a.code);
  if (codes2023.size !== expected.length || expected.some((m) => !codes2023.has(m)))
    throw new Error('municipalities-2023.geojson does not match the 2023 classification');

  const raw: any = toTopology({ municipalities: projected as any });
  const base: Geom[] = raw.objects.municipalities.geometries;
  const pre: any = presimplify(raw);
  const raised = protectRings(pre, base, MIN_WEIGHT_KM2);
  const topo: any = simplify(pre, MIN_WEIGHT_KM2);
  const before = raw.arcs.reduce((s: number, a: Arcs) => s + a.length, 0);
  const after = topo.arcs.reduce((s: number, a: Arcs) => s + a.length, 0);
  report.push(
    `topology: ${raw.arcs.length} arcs, ${before} → ${after} points (Visvalingam ≥ ${MIN_WEIGHT_KM2} km², ${raised} ring vertices kept to save small rings)`,
  );

  const byCode = new Map(base.map((g) => [g.id!, g]));
  const layers: Layer[] = [];
  for (const [divisionKey, spec] of Object.entries(DIVISIONS)) {
    const division = Number(divisionKey) as Division;
    const municipalities = [...c.municipalities.values()]
      .filter((a) => a.first <= spec.year && a.last >= spec.year)
      .map((a) => a.code)
      .sort();
    // A division's municipality is its 2023 geometry plus every municipality merged into it since.
    const muniGeoms = municipalities.map((m): Geom => {
      const parts = [
        m,
        ...[...c.mergers]
          .filter(([old, [into, y]]) => into === m && y > 2023 && y <= spec.year && byCode.has(old))
          .map(([old]) => old),
      ];
      return parts.length === 1
        ? { ...byCode.get(m)!, id: m }
        : { ...(mergeArcs(topo, parts.map((p) => byCode.get(p)!) as any) as any), id: m };
    });
    const yearsOf = (level: LayerLevel): number[] =>
      c.years.filter((y) => {
        const set = [...c.municipalities.values()]
          .filter((a) => a.first <= y && a.last >= y)
          .map((a) => a.code)
          .sort();
        if (set.join() !== municipalities.join()) return false;
        if (level === 'municipality') return true;
        const span = c.levelYears.get(level)!;
        if (y < span[0] || y > span[1]) return false;
        const per = c.membership.get(level)!;
        const refYear = level === 'elinvoimakeskus' ? Math.max(spec.year, span[0]) : spec.year;
        return municipalities.every((m) => per.get(m)?.get(y) === per.get(m)?.get(refYear));
      });
    const regionOf = (m: string): string => c.membership.get('region')!.get(m)!.get(spec.year)!;
    const borders = meshArcs(
      topo,
      { type: 'GeometryCollection', geometries: muniGeoms } as any,
      (a: any, b: any) => regionOf(a.id) !== regionOf(b.id),
    ) as unknown as Geom;
    for (const level of spec.levels as readonly LayerLevel[]) {
      const years = yearsOf(level);
      if (!years.length) throw new Error(`no year for ${level} on the ${division} division`);
      if (level === 'municipality') {
        layers.push({ level, division, years, geometries: muniGeoms, borders });
        continue;
      }
      const per = c.membership.get(level)!;
      const groups = new Map<string, Geom[]>();
      for (const g of muniGeoms) {
        const area = per.get(g.id!)?.get(years[0]!);
        if (!area) continue;
        groups.set(area, [...(groups.get(area) ?? []), g]);
      }
      const geometries = [...groups.entries()]
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([area, gs]) => ({ ...(mergeArcs(topo, gs as any) as any), id: area }) as Geom);
      layers.push({ level, division, years, geometries, borders });
    }
  }

  const labelOf = (level: LayerLevel, code: string): Label =>
    (level === 'municipality' ? c.municipalities.get(code) : c.areas.get(level)!.get(code))!.label;

  const urlEntries: string[] = [];
  for (const layer of layers) {
    const { neighbours, nearest } = navigation(topo, layer.geometries);
    const geometries = layer.geometries.map((g) => {
      const [fi, sv, en] = labelOf(layer.level, g.id!);
      return { type: g.type, arcs: g.arcs, id: g.id!, properties: { fi, sv, en } };
    });
    const planar = subset(topo, {
      [layer.level]: { type: 'GeometryCollection', geometries },
      regionBorders: layer.borders,
    });
    for (const projection of PROJECTIONS) {
      const q = quantized(projection === 'tm35' ? planar : toWgs84(planar));
      const [x0, y0, x1, y1] = q.bbox as number[];
      const digits = projection === 'tm35' ? 3 : 6;
      q.bbox = q.bbox.map((v: number) => round(v, digits));
      q.metadata = {
        format: 'mittari-geo-fi/1',
        level: layer.level,
        division: layer.division,
        years: layer.years,
        projection,
        crs: projection === 'tm35' ? PROJECTION_TEXT : 'WGS84 longitude, latitude (degrees)',
        object: layer.level,
        borders: 'regionBorders',
        viewBox:
          projection === 'tm35'
            ? [round(x0!, 3), round(y0!, 3), round(x1! - x0!, 3), round(y1! - y0!, 3)]
            : null,
        attribution: `${ATTRIBUTION.boundaries}; classifications ${ATTRIBUTION.classification}`,
        sources: [
          'National Land Survey of Finland, administrative areas 1:4.5M, municipalities 2023 (CC BY 4.0)',
          'Statistics Finland, classification correspondence tables via rOpenGov/geofi (CC BY 4.0)',
        ],
        simplification: `Visvalingam (planar, after projection) with minimum triangle area ${MIN_WEIGHT_KM2} km², quantised to ${QUANTIZATION} cells on the longer side`,
        neighbours,
        nearest,
      };
      const name = assetName(layer.level, layer.division, projection);
      const text = JSON.stringify(q);
      writeFileSync(resolve(assetsDir, name), text);
      report.push(
        `${name}: ${layer.geometries.length} areas, ${text.length} B, ${gzipSync(text, { level: 9 }).length} B gzip, years ${layer.years[0]}–${layer.years.at(-1)}`,
      );
      const key = name.replace('.topo.json', '');
      urlEntries.push(`  '${key}': () => new URL('../assets/${name}', import.meta.url),`);
    }
  }
  return {
    report,
    urlModule: `// Generated by packages/geo-fi/scripts/build.ts. Do not edit by hand.
// One literal \`new URL('../assets/…', import.meta.url)\` per file, so bundlers (and the CMS
// bundle's rollup plugin) can find every asset and emit it beside the bundle.

/** Lazily resolved URLs of every boundary asset, keyed \`<level>-<division>-<projection>\`. */
export const ASSET_URLS = {
${urlEntries.join('\n')}
} as const;

/** The key of one boundary asset. */
export type AssetKey = keyof typeof ASSET_URLS;
`,
    crossCheck: crossCheck(dataDir, topo, layers),
  };
}

/** Derived 2023 regions against NLS's own regions-2023.geojson: symmetric Hausdorff distance. */
function crossCheck(dataDir: string, topo: any, layers: Layer[]): string {
  const reference = JSON.parse(readFileSync(resolve(dataDir, 'geo/regions-2023.geojson'), 'utf8'));
  const regions = layers.find((l) => l.level === 'region' && l.division === 2023)!;
  let worst = 0;
  let worstCode = '';
  for (const f of reference.features) {
    const code = `MK${String(f.properties.NATCODE).padStart(2, '0')}`;
    const g = projectGeometry(f.geometry);
    const ref: Ring[] = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((p: Point[][]) => p[0]!);
    const derived = regions.geometries.find((x) => x.id === code);
    if (!derived) throw new Error(`region ${code} missing from derived regions`);
    const d = hausdorff(ringsOf(topo, derived), ref);
    if (d > worst) {
      worst = d;
      worstCode = code;
    }
  }
  return `cross-check: derived 2023 regions vs regions-2023.geojson, largest Hausdorff distance ${worst.toFixed(2)} km (${worstCode})`;
}
