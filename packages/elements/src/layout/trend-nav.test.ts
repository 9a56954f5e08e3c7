import { describe, expect, it } from 'vitest';
import { exactIndex, isNavKey, moveFocus, nearestIndex } from './trend-nav.js';

describe('point lookup', () => {
  it('finds the nearest and the exact point', () => {
    expect(nearestIndex([0, 10, 20], -5)).toBe(0);
    expect(nearestIndex([0, 10, 20], 15)).toBe(1);
    expect(nearestIndex([0, 10, 20], 99)).toBe(2);
    expect(nearestIndex([], 1)).toBe(-1);
    expect(exactIndex(new Float64Array([0, 10, 20]), 20)).toBe(2);
    expect(exactIndex([0, 10, 20], 5)).toBe(-1);
  });
});

describe('moveFocus', () => {
  const xs = [[0, 1, 2, 3], [], [2, 3, 4]];
  it('steps period by period and stops at the ends', () => {
    expect(moveFocus({ series: 0, index: 1 }, 'ArrowRight', xs)).toEqual({ series: 0, index: 2 });
    expect(moveFocus({ series: 0, index: 0 }, 'ArrowLeft', xs)).toEqual({ series: 0, index: 0 });
    expect(moveFocus({ series: 0, index: 1 }, 'End', xs)).toEqual({ series: 0, index: 3 });
    expect(moveFocus({ series: 0, index: 3 }, 'PageUp', xs, 2)).toEqual({ series: 0, index: 1 });
  });
  it('moves between series at the same x, skipping empty ones', () => {
    expect(moveFocus({ series: 0, index: 3 }, 'ArrowDown', xs)).toEqual({ series: 2, index: 1 });
    expect(moveFocus({ series: 2, index: 0 }, 'ArrowUp', xs)).toEqual({ series: 0, index: 2 });
    expect(moveFocus({ series: 2, index: 0 }, 'ArrowDown', xs)).toEqual({ series: 2, index: 0 });
  });
  it('knows its keys', () => {
    expect(isNavKey('PageDown')).toBe(true);
    expect(isNavKey('Tab')).toBe(false);
  });
});
