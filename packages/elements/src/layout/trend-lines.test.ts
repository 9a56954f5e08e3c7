import { describe, expect, it } from 'vitest';
import { buildLinePaths } from './trend-lines.js';
import { linearScale } from './trend-scale.js';

const xs = linearScale(0, 3, 0, 300);
const ys = linearScale(0, 10, 100, 0);

function vertices(d: string): [number, number][] {
  return [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('buildLinePaths', () => {
  it('draws one solid line through final values', () => {
    expect(buildLinePaths({ x: [0, 1, 2, 3], y: [1, 2, 3, 4] }, xs, ys)).toMatchObject({
      solid: 'M0,90L100,80L200,70L300,60',
      dashed: '',
      isolated: [],
    });
  });

  it('leaves a gap for a missing or suppressed value and marks a lone value', () => {
    const p = buildLinePaths({ x: [0, 1, 2, 3], y: [1, 2, null, 4] }, xs, ys);
    expect(p.solid).toBe('M0,90L100,80');
    expect(p.isolated).toEqual([{ x: 300, y: 60, provisional: false }]);
    expect(buildLinePaths({ x: [0, 1, 2], y: [1, Number.NaN, 3] }, xs, ys).solid).toBe('');
  });

  it('draws no line across a series break', () => {
    const p = buildLinePaths({ x: [0, 1, 2, 3], y: [1, 2, 3, 4], breaks: [2] }, xs, ys);
    expect(p.solid).toBe('M0,90L100,80M200,70L300,60');
  });

  it('a break between two periods also splits', () => {
    expect(buildLinePaths({ x: [0, 1, 2, 3], y: [1, 2, 3, 4], breaks: [1.5] }, xs, ys).solid).toBe(
      'M0,90L100,80M200,70L300,60',
    );
  });

  it('dashes the segments that touch a provisional value', () => {
    const p = buildLinePaths({ x: [0, 1, 2, 3], y: [1, 2, 3, 4], provisional: [0, 0, 0, 1] }, xs, ys);
    expect(p.solid).toBe('M0,90L100,80L200,70');
    expect(p.dashed).toBe('M200,70L300,60');
  });

  it('reduces dense data to at most four vertices per pixel column keeping every column extreme', () => {
    const n = 20_000;
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = i;
      // Deterministic noise: a sum of incommensurate sines.
      y[i] = 50 + 20 * Math.sin(i / 300) + 10 * Math.sin(i * 1.7) + 5 * Math.sin(i * 0.37);
    }
    const sx = linearScale(0, n - 1, 0, 500);
    const sy = linearScale(0, 100, 200, 0);
    for (const dpr of [1, 2]) {
      const p = buildLinePaths({ x, y }, sx, sy, dpr);
      expect(p.vertices).toBeLessThanOrEqual(4 * 500 * dpr + 4);
      const v = new Set(vertices(p.solid).map(([a, b]) => `${a},${b}`));
      // Every device column's highest and lowest data point is a vertex of the path.
      const cols = new Map<number, { lo: [number, number]; hi: [number, number] }>();
      for (let i = 0; i < n; i++) {
        const px = (i / (n - 1)) * 500;
        const py = 200 - (y[i] as number) * 2;
        const c = Math.floor(px * dpr);
        const e = cols.get(c);
        if (!e) cols.set(c, { lo: [px, py], hi: [px, py] });
        else {
          if (py > e.lo[1]) e.lo = [px, py];
          if (py < e.hi[1]) e.hi = [px, py];
        }
      }
      const key = ([a, b]: [number, number]): string =>
        `${Math.round(a * 100) / 100},${Math.round(b * 100) / 100}`;
      for (const { lo, hi } of cols.values()) {
        expect(v.has(key(lo))).toBe(true);
        expect(v.has(key(hi))).toBe(true);
      }
    }
  });

  it('keeps every point of sparse data', () => {
    const p = buildLinePaths({ x: [0, 1, 2, 3], y: [4, 1, 4, 1] }, xs, ys);
    expect(p.vertices).toBe(4);
  });
});
