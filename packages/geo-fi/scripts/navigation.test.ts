import { topology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import { navigation } from './lib/boundaries.js';

const square = (id: string, x: number, y: number) => ({
  type: 'Feature' as const,
  id,
  properties: {},
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
        [x, y],
      ],
    ],
  },
});

describe('neighbours and nearest areas in the build', () => {
  // A and B share a border; C is an island east of B; D an island south (y down) of A.
  const areas: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: [square('A', 0, 0), square('B', 1, 0), square('C', 4, 0), square('D', 0, 5)],
  };
  const topo = topology({ areas }) as unknown as {
    objects: { areas: { geometries: { id: string; type: string; arcs: unknown }[] } };
  };
  const { neighbours, nearest } = navigation(topo, topo.objects.areas.geometries);

  it('lists land neighbours both ways and islands with none', () => {
    expect(neighbours).toEqual({ A: ['B'], B: ['A'], C: [], D: [] });
  });

  it('gives islands the nearest area outside themselves in each direction', () => {
    expect(nearest.C).toEqual({ up: null, down: 'D', left: 'B', right: null });
    expect(nearest.D).toEqual({ up: 'A', down: null, left: null, right: null });
    expect(nearest.A).toBeUndefined();
  });
});
