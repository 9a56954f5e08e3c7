import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  BOUNDARY_LEVELS,
  DIVISIONS,
  PROJECTIONS,
  boundaryAssetUrl,
  loadBoundaries,
  type Boundaries,
} from './boundaries.js';
import { membership } from './membership.js';
import { areasOf } from './names.js';
import { navigationGraph } from './navigation.js';
import { isGroupingLevel } from './levels.js';

const load = async (url: URL): Promise<unknown> => JSON.parse(await readFile(url, 'utf8'));

const layers: [Boundaries['level'], Boundaries['division']][] = DIVISIONS.flatMap((d) =>
  BOUNDARY_LEVELS[d].map((level): [Boundaries['level'], Boundaries['division']] => [level, d]),
);

describe.each(layers)('%s boundaries on the %s division', (level, division) => {
  it.each(PROJECTIONS)(
    '%s: has the areas of its years, attribution and symmetric neighbours',
    async (projection) => {
      const b = await loadBoundaries({ level, division, projection, load });
      expect(b).toMatchObject({ level, division, projection, object: level, borders: 'regionBorders' });
      expect(b.attribution).toContain('National Land Survey of Finland, CC BY 4.0');
      expect(b.attribution).toContain('Statistics Finland, CC BY 4.0');
      for (const year of b.years) {
        expect(b.areas.map((a) => a.code).sort(), `${year}`).toEqual(areasOf(level, year).map((a) => a.code));
      }
      const codes = new Set(b.areas.map((a) => a.code));
      expect(new Set(Object.keys(b.neighbours))).toEqual(codes);
      for (const [code, list] of Object.entries(b.neighbours)) {
        for (const other of list) expect(b.neighbours[other], `${code} ↔ ${other}`).toContain(code);
      }
      expect(b.topology.objects[b.borders]?.type).toBe('MultiLineString');
      if (projection === 'tm35') expect(b.viewBox).toHaveLength(4);
      else expect(b.viewBox).toBeNull();
    },
  );

  it('lets keyboard navigation reach every area from every other', async () => {
    const b = await loadBoundaries({ level, division, load });
    const graph = navigationGraph(b);
    const start = b.areas[0]!.code;
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length) {
      for (const n of graph.get(queue.pop()!) ?? []) {
        if (seen.has(n)) continue;
        seen.add(n);
        queue.push(n);
      }
    }
    expect(seen.size).toBe(b.areas.length);
  });

  it('merges municipalities that share a border into areas that share one', async () => {
    if (!isGroupingLevel(level)) return;
    const [munis, areas] = await Promise.all([
      loadBoundaries({ level: 'municipality', division, load }),
      loadBoundaries({ level, division, load }),
    ]);
    const member = membership(level, areas.years[0]!);
    for (const [m, list] of Object.entries(munis.neighbours)) {
      const a = member.get(m);
      for (const other of list) {
        const b = member.get(other);
        if (a && b && a !== b) expect(areas.neighbours[a], `${m}→${other}`).toContain(b);
      }
    }
  });
});

describe('loadBoundaries', () => {
  it('refuses a level that has no boundaries on a division', async () => {
    await expect(loadBoundaries({ level: 'employment-area', division: 2023, load })).rejects.toThrow(
      /no boundaries for level "employment-area" on the 2023 division/,
    );
    expect(boundaryAssetUrl('elinvoimakeskus', 2023, 'tm35')).toBeUndefined();
  });

  it('fetches only the asset asked for, through an injected fetch', async () => {
    const asked: string[] = [];
    const b = await loadBoundaries({
      level: 'region',
      fetch: async (url) => {
        asked.push(url.pathname.split('/').pop()!);
        return { ok: true, status: 200, json: () => load(url) };
      },
    });
    expect(asked).toEqual(['region-2025-tm35.topo.json']);
    expect(b.areas).toHaveLength(19);
  });

  it('reports HTTP failures and malformed assets', async () => {
    await expect(
      loadBoundaries({
        level: 'region',
        fetch: async () => ({ ok: false, status: 404, json: async () => null }),
      }),
    ).rejects.toThrow(/HTTP 404/);
    await expect(
      loadBoundaries({ level: 'region', load: async () => ({ type: 'Topology' }) }),
    ).rejects.toThrow(/invalid boundary asset: region-2025-tm35/);
  });

  it('draws the 2025 division with Pertunmaa merged into Mäntyharju', async () => {
    const [old, current] = await Promise.all([
      loadBoundaries({ level: 'municipality', division: 2023, load }),
      loadBoundaries({ level: 'municipality', division: 2025, load }),
    ]);
    expect(old.areas.map((a) => a.code)).toContain('KU588');
    expect(current.areas.map((a) => a.code)).not.toContain('KU588');
    expect(current.years).toEqual([2025, 2026]);
    expect(old.years).toEqual([2021, 2022, 2023, 2024]);
    expect(current.neighbours.KU507).not.toContain('KU588');
  });
});
