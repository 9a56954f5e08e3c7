import { describe, expect, it } from 'vitest';
import { reduceLine, type ReducedLine } from './trend-decimate.js';
import { linearScale } from './trend-scale.js';

const xs = linearScale(0, 3, 0, 300);

/** The kept indexes run by run, with `*` marking a dashed run. */
function runs(r: ReducedLine): string[] {
  const out: string[] = [];
  for (let k = 0; k + 1 < r.runStarts.length; k++) {
    const ids = Array.from(r.indexes.subarray(r.runStarts[k], r.runStarts[k + 1]));
    out.push(`${r.runDashed[k] ? '*' : ''}${ids.join(',')}`);
  }
  return out;
}

/** Deterministic noise: a sum of incommensurate sines, with NaN gaps where asked. */
function noisy(n: number, gapEvery = 0): { x: Float64Array; y: Float64Array } {
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = i;
    y[i] =
      gapEvery > 0 && i % gapEvery === gapEvery - 1
        ? Number.NaN
        : 50 + 20 * Math.sin(i / 300) + 10 * Math.sin(i * 1.7) + 5 * Math.sin(i * 0.37);
  }
  return { x, y };
}

describe('reduceLine', () => {
  it('splits runs at gaps and keeps a lone value apart', () => {
    const r = reduceLine({ x: [0, 1, 2, 3], y: [1, 2, null, 4] }, xs, 1);
    expect(runs(r)).toEqual(['0,1']);
    expect(r.isolated).toEqual([3]);
  });

  it('splits runs at a break between two points', () => {
    expect(runs(reduceLine({ x: [0, 1, 2, 3], y: [1, 2, 3, 4], breaks: [1.5] }, xs, 1))).toEqual([
      '0,1',
      '2,3',
    ]);
  });

  it('starts a dashed run at the point before a provisional value', () => {
    const r = reduceLine({ x: [0, 1, 2, 3], y: [1, 2, 3, 4], provisional: [0, 0, 0, 1] }, xs, 1);
    expect(runs(r)).toEqual(['0,1,2', '*2,3']);
  });

  it('keeps the first, lowest, highest and last point of a column, in order', () => {
    // All six points fall into pixel column 0 of a 1 px wide axis.
    const r = reduceLine({ x: [0, 1, 2, 3, 4, 5], y: [5, 9, 1, 7, 3, 4] }, linearScale(0, 5, 0, 0.5), 1);
    expect(runs(r)).toEqual(['0,1,2,5']);
  });

  it('reads a typed array and a plain array of the same values alike, across chunks, gaps and breaks', () => {
    const { x, y } = noisy(5000, 997);
    const sx = linearScale(0, 4999, 0, 300);
    const breaks = [1234.5, 4000];
    for (const dpr of [1, 2, 3]) {
      const typed = reduceLine({ x, y, breaks }, sx, dpr);
      const plain = reduceLine({ x, y: Array.from(y, (v) => (Number.isNaN(v) ? null : v)), breaks }, sx, dpr);
      expect(runs(typed)).toEqual(runs(plain));
      expect(typed.isolated).toEqual(plain.isolated);
      expect(typed.indexes.length).toBeLessThanOrEqual(4 * 300 * dpr + 4 * 8);
    }
  });

  it('keeps every point with an infinite dpr', () => {
    const { x, y } = noisy(50);
    expect(reduceLine({ x, y }, linearScale(0, 49, 0, 10), Infinity).indexes.length).toBe(50);
  });
});
