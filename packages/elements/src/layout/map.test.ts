import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { BOUNDARY_LEVELS, loadBoundaries, type BoundaryLevel, type Division } from '@mittari/geo-fi';
import { mapGeometry, pathPrecision, viewBoxWith } from './map-geometry.js';
import { ARROW_KEYS, NAV_DIRECTIONS, neighbourInDirection, rankStep, type NavLayer } from './map-nav.js';

const load = async (url: URL) => JSON.parse(await readFile(url, 'utf8')) as unknown;
const layer = (level: BoundaryLevel, division: Division = 2025) => loadBoundaries({ level, division, load });

async function navLayer(level: BoundaryLevel, division: Division = 2025): Promise<NavLayer> {
  const b = await layer(level, division);
  const g = mapGeometry(b, 600);
  return { positions: g.byCode, neighbours: b.neighbours, nearest: b.nearest };
}

describe('map geometry', () => {
  it('draws every one of the 308 municipalities once, with an anchor inside the map', async () => {
    const b = await layer('municipality');
    const g = mapGeometry(b, 600);
    expect(g.shapes).toHaveLength(308);
    expect(new Set(g.shapes.map((s) => s.code)).size).toBe(308);
    const [x0, y0, w, h] = g.viewBox;
    for (const s of g.shapes) {
      expect(s.d).toMatch(/^M[-\d.]+ [-\d.]+L/);
      expect(s.x).toBeGreaterThanOrEqual(x0);
      expect(s.x).toBeLessThanOrEqual(x0 + w);
      expect(s.y).toBeGreaterThanOrEqual(y0);
      expect(s.y).toBeLessThanOrEqual(y0 + h);
    }
    expect(g.borders.length).toBeGreaterThan(100);
  });

  it('builds paths once per layer and size and reuses them', async () => {
    const b = await layer('region');
    expect(mapGeometry(b, 600)).toBe(mapGeometry(b, 620));
    expect(mapGeometry(b, 200)).not.toBe(mapGeometry(b, 2000));
  });

  it('writes fewer decimals for small maps', () => {
    const vb = [63, -7794, 669, 1168] as const;
    expect(pathPrecision(vb, 300)).toBe(0);
    expect(pathPrecision(vb, 1200)).toBe(1);
  });

  it('puts Helsinki south of Oulu and Joensuu east of Turku (y points down)', async () => {
    const g = mapGeometry(await layer('municipality'), 600);
    const at = (c: string) => g.byCode.get(c) ?? { x: NaN, y: NaN };
    expect(at('KU091').y).toBeGreaterThan(at('KU564').y);
    expect(at('KU167').x).toBeGreaterThan(at('KU853').x);
  });
});

describe('Åland context outline', () => {
  it('widens the employment-area view to hold Åland, which lies outside that layer (390 px card)', async () => {
    const ea = mapGeometry(await layer('employment-area'), 390);
    const aland = mapGeometry(await layer('region'), 390).byCode.get('MK21');
    expect(aland).toBeDefined();
    const box = aland?.box ?? [0, 0, 0, 0];
    // The defect: Åland starts west of the layer's own view, so it was cut off / spilled over.
    expect(box[0]).toBeLessThan(ea.viewBox[0]);
    const [x, y, w, h] = viewBoxWith(ea.viewBox, box, 2);
    expect(x).toBeLessThanOrEqual(box[0] - 2);
    expect(y).toBeLessThanOrEqual(box[1]);
    expect(x + w).toBeGreaterThanOrEqual(ea.viewBox[0] + ea.viewBox[2]);
    expect(y + h).toBeGreaterThanOrEqual(Math.max(box[3], ea.viewBox[1] + ea.viewBox[3]));
  });
  it('leaves the view alone without a context shape', () => {
    expect(viewBoxWith([1, 2, 3, 4], undefined)).toEqual([1, 2, 3, 4]);
  });
});

describe('keyboard navigation', () => {
  it('moves from Helsinki east to Vantaa or Sipoo and west to Espoo', async () => {
    const nav = await navLayer('municipality');
    expect(['KU092', 'KU753']).toContain(neighbourInDirection(nav, 'KU091', 'right'));
    expect(neighbourInDirection(nav, 'KU091', 'left')).toBe('KU049');
    expect(ARROW_KEYS.ArrowLeft).toBe('left');
  });

  it('moves north from Uusimaa and never south of the southern coast', async () => {
    const nav = await navLayer('region');
    const up = neighbourInDirection(nav, 'MK01', 'up');
    expect(up).toBeDefined();
    const g = mapGeometry(await layer('region'), 600);
    expect(g.byCode.get(up ?? '')?.y).toBeLessThan(g.byCode.get('MK01')?.y ?? 0);
  });

  it('reaches Åland from the mainland and back', async () => {
    const nav = await navLayer('region');
    const from = NAV_DIRECTIONS.map((d) => neighbourInDirection(nav, 'MK21', d)).filter(Boolean);
    expect(from.length).toBeGreaterThan(0);
    const seen = reachable(nav, 'MK01');
    expect(seen.has('MK21')).toBe(true);
  });

  it.each([2023, 2025] as const)(
    'reaches every area of every level by arrow keys alone (%s division)',
    async (division) => {
      for (const level of BOUNDARY_LEVELS[division]) {
        const nav = await navLayer(level, division);
        const start = nav.positions.keys().next().value ?? '';
        const seen = reachable(nav, start);
        const missed = [...nav.positions.keys()].filter((c) => !seen.has(c));
        expect(missed, `${level} ${division}`).toEqual([]);
      }
    },
  );

  it('steps through the rank order with Home, End, PageUp and PageDown', () => {
    const order = ['KU091', 'KU049', 'KU092'];
    expect(rankStep(order, 'KU049', 'Home')).toBe('KU091');
    expect(rankStep(order, 'KU049', 'End')).toBe('KU092');
    expect(rankStep(order, 'KU049', 'PageDown')).toBe('KU092');
    expect(rankStep(order, 'KU049', 'PageUp')).toBe('KU091');
    expect(rankStep(order, 'KU092', 'PageDown')).toBe('KU092');
    expect(rankStep(order, undefined, 'PageDown')).toBe('KU091');
    expect(rankStep([], 'x', 'Home')).toBeUndefined();
  });
});

/** Every area reachable from `start` by pressing arrow keys (breadth-first). */
function reachable(nav: NavLayer, start: string): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const code = queue.shift() ?? '';
    for (const d of NAV_DIRECTIONS) {
      const next = neighbourInDirection(nav, code, d);
      if (next && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}
