import { describe, expect, it } from 'vitest';
import { linearScale } from './trend-scale.js';
import { targetPaths, toleranceBand } from './trend-target.js';

const xs = linearScale(0, 24, 0, 240);
const ys = linearScale(0, 20, 200, 0);

describe('targetPaths', () => {
  it('draws a target that changes over time as one stepped line', () => {
    const p = targetPaths(
      [
        { x0: 12, x1: 23, next: 24, value: 9 },
        { x0: 0, x1: 11, next: 12, value: 10 },
      ],
      xs,
      ys,
    );
    expect(p.line).toBe('M0,100H120V110H230');
    expect(p.steps.map((s) => s.value)).toEqual([10, 9]);
  });

  it('leaves a gap between targets that do not follow each other', () => {
    expect(
      targetPaths(
        [
          { x0: 0, x1: 5, next: 6, value: 10 },
          { x0: 12, x1: 23, value: 9 },
        ],
        xs,
        ys,
      ).line,
    ).toBe('M0,100H50M120,110H230');
  });

  it('draws the tolerance band per step', () => {
    const p = targetPaths([{ x0: 0, x1: 11, value: 10, low: 9, high: 11 }], xs, ys);
    expect(p.band).toBe('M0,90H110V110H0Z');
  });

  it('draws a one-period target as a short mark', () => {
    expect(targetPaths([{ x0: 5, x1: 5, value: 10 }], xs, ys).line).toBe('M44,100H56');
  });
});

describe('toleranceBand', () => {
  it('reads absolute and relative tolerances', () => {
    expect(toleranceBand(9, { kind: 'absolute', value: 0.5 })).toEqual({ low: 8.5, high: 9.5 });
    expect(toleranceBand(200, { kind: 'relative', value: 0.1 })).toEqual({ low: 180, high: 220 });
    expect(toleranceBand(9, undefined)).toBeUndefined();
  });
});
