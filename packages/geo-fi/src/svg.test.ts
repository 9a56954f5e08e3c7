import { readFile } from 'node:fs/promises';
import { feature } from 'topojson-client';
import type { Topology as SpecTopology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { loadBoundaries } from './boundaries.js';
import { toSvgPaths } from './svg.js';
import { areaRings, decodeArcs } from './topojson.js';

const load = async (url: URL): Promise<unknown> => JSON.parse(await readFile(url, 'utf8'));

describe('toSvgPaths', () => {
  it('writes one closed path per area, region borders and the viewBox', async () => {
    const b = await loadBoundaries({ level: 'employment-area', load });
    const { viewBox, areas, borders } = toSvgPaths(b);
    expect(viewBox.split(' ').map(Number)).toEqual([...b.viewBox!]);
    expect(areas).toHaveLength(45);
    for (const a of areas) expect(a.d).toMatch(/^M-?[\d.]+ -?[\d.]+(L-?[\d.]+ -?[\d.]+)+Z/);
    expect(borders).toMatch(/^M/);
    expect(areas.find((a) => a.code === 'TA01')?.label.fi).toBe('Espoo-Kauniainen');
  });

  it('keeps every point inside the viewBox', async () => {
    const b = await loadBoundaries({ level: 'municipality', load });
    const [x, y, w, h] = b.viewBox!;
    const numbers = toSvgPaths(b)
      .areas.flatMap((a) => a.d.split(/[MLZ]/))
      .filter(Boolean)
      .map((p) => p.split(' ').map(Number) as [number, number]);
    for (const [px, py] of numbers) {
      expect(px).toBeGreaterThanOrEqual(x - 0.1);
      expect(px).toBeLessThanOrEqual(x + w + 0.1);
      expect(py).toBeGreaterThanOrEqual(y - 0.1);
      expect(py).toBeLessThanOrEqual(y + h + 0.1);
    }
  });

  it('refuses longitude/latitude layers, which need a projection', async () => {
    const b = await loadBoundaries({ level: 'region', projection: 'wgs84', load });
    expect(() => toSvgPaths(b)).toThrow(/needs a planar layer/);
  });
});

describe('decodeArcs', () => {
  it('decodes rings exactly as topojson-client does', async () => {
    const b = await loadBoundaries({ level: 'region', load });
    const decoded = decodeArcs(b.topology);
    const collection = b.topology.objects[b.object]!;
    if (!('geometries' in collection)) throw new Error('no areas');
    const reference = feature(b.topology as unknown as SpecTopology, collection as never) as unknown as {
      features: { id: string; geometry: { type: string; coordinates: number[][][] | number[][][][] } }[];
    };
    collection.geometries.forEach((g, i) => {
      const ours = areaRings(decoded, g);
      const ref = reference.features[i]!.geometry;
      const theirs =
        ref.type === 'Polygon' ? [ref.coordinates as number[][][]] : (ref.coordinates as number[][][][]);
      expect(ours.length, g.id).toBe(theirs.length);
      ours.forEach((poly, p) =>
        poly.forEach((ring, r) => {
          const other = theirs[p]![r]!;
          expect(ring.length).toBe(other.length);
          ring.forEach((pt, k) => {
            expect(pt[0]).toBeCloseTo(other[k]![0]!, 9);
            expect(pt[1]).toBeCloseTo(other[k]![1]!, 9);
          });
        }),
      );
    });
  });
});
