import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hausdorff, type Point, type Ring } from './lib/geometry.js';
import { PROJECTION } from './lib/boundaries.js';
import { SHARED_DATA_DIR } from './lib/paths.js';
import { areaRings, decodeArcs, type Topology } from '../src/topojson.js';

/** Stated in decision 0201 and the README: derived regions agree with NLS's regions within this. */
export const REGION_TOLERANCE_KM = 1;

const reference = resolve(SHARED_DATA_DIR, 'geo/regions-2023.geojson');

describe('derived regions', () => {
  // The cross-check needs ../shared/data, which the repository does not copy; CI lays it beside the clone.
  it.skipIf(!existsSync(reference))(`match regions-2023.geojson within ${REGION_TOLERANCE_KM} km`, () => {
    const topo = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../assets/region-2023-tm35.topo.json'), 'utf8'),
    ) as Topology;
    const decoded = decodeArcs(topo);
    const collection = topo.objects.region!;
    if (!('geometries' in collection)) throw new Error('no regions');
    const source = JSON.parse(readFileSync(reference, 'utf8')) as {
      features: { properties: { NATCODE: string }; geometry: { type: string; coordinates: unknown } }[];
    };
    expect(source.features).toHaveLength(collection.geometries.length);
    for (const f of source.features) {
      const code = `MK${f.properties.NATCODE.padStart(2, '0')}`;
      const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as [
        number,
        number,
      ][][][];
      const ref: Ring[] = polys.map((p) => p[0]!.map((pt) => PROJECTION(pt) as Point));
      const derived = collection.geometries.find((g) => g.id === code);
      expect(derived, code).toBeDefined();
      const ours: Ring[] = areaRings(decoded, derived!).map((poly) => poly[0]!);
      expect(hausdorff(ours, ref), code).toBeLessThanOrEqual(REGION_TOLERANCE_KM);
    }
  });
});
