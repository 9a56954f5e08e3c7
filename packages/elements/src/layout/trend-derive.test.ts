import { describe, expect, it } from 'vitest';
import { rollingMeanByPoints, trendLineByX } from './trend-derive.js';

describe('rollingMeanByPoints', () => {
  it('averages each point with the ones before it once the window is full', () => {
    expect(Array.from(rollingMeanByPoints({ x: [0, 1, 2, 3], y: [1, 2, 3, 4] }, 2))).toEqual([
      Number.NaN,
      1.5,
      2.5,
      3.5,
    ]);
  });

  it('starts again after a gap, a suppressed value or a break', () => {
    const y = [1, 2, null, 4, 5, 6, 7, 8];
    // Index 5 is suppressed; a break lies between x = 6 and x = 7.
    const status = [0, 0, 4, 0, 0, 3, 0, 0];
    const m = rollingMeanByPoints({ x: [0, 1, 2, 3, 4, 5, 6, 7], y, status, breaks: [6.5] }, 2);
    expect(Array.from(m)).toEqual([
      Number.NaN,
      1.5,
      Number.NaN,
      Number.NaN,
      4.5,
      Number.NaN,
      Number.NaN,
      Number.NaN,
    ]);
  });
});

describe('trendLineByX', () => {
  it('fits a line through irregular x', () => {
    const t = trendLineByX({ x: [0, 1, 4], y: [1, 3, 9] });
    expect([t?.x0, t?.x1]).toEqual([0, 4]);
    expect(t?.y0).toBeCloseTo(1, 12);
    expect(t?.y1).toBeCloseTo(9, 12);
  });

  it('fits only after the last break and skips suppressed values', () => {
    const t = trendLineByX({
      x: [0, 1, 2, 3, 4, 5],
      y: [100, 100, 1, 2, 50, 4],
      status: [0, 0, 0, 0, 3, 0],
      breaks: [1.5],
    });
    expect(t?.x0).toBe(2);
    expect(t?.x1).toBe(5);
    expect(t?.y0).toBeCloseTo(1);
    expect(t?.y1).toBeCloseTo(4);
  });

  it('keeps millisecond timestamps exact enough', () => {
    const day = 86_400_000;
    const x = Array.from({ length: 10 }, (_, i) => Date.UTC(2025, 0, 1) + i * day);
    const t = trendLineByX({ x, y: x.map((_, i) => 10 + 0.5 * i) });
    expect(t?.y0).toBeCloseTo(10, 9);
    expect(t?.y1).toBeCloseTo(14.5, 9);
  });

  it('gives no line for fewer than two values', () => {
    expect(trendLineByX({ x: [0, 1], y: [null, 2] })).toBeUndefined();
  });
});
