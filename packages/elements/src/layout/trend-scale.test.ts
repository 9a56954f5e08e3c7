import { describe, expect, it } from 'vitest';
import { linearScale, numericTicks, scaleInvert, scaleMap, valueDomain } from './trend-scale.js';

describe('linear scale', () => {
  it('maps and inverts', () => {
    const s = linearScale(10, 20, 300, 100);
    expect(scaleMap(s, 15)).toBe(200);
    expect(scaleInvert(s, 200)).toBe(15);
  });
  it('puts a zero-length domain in the middle', () => {
    expect(scaleMap(linearScale(5, 5, 0, 100), 5)).toBe(50);
  });
});

describe('valueDomain', () => {
  it('rounds outwards to nice values and does not force zero for rates', () => {
    expect(valueDomain(8.3, 12.9)).toEqual([8, 13]);
  });
  it('includes zero when asked', () => {
    expect(valueDomain(8.3, 12.9, { zero: true })[0]).toBe(0);
  });
  it('pads a flat series so it is not on an edge', () => {
    const [a, b] = valueDomain(10, 10);
    expect(a).toBeLessThan(10);
    expect(b).toBeGreaterThan(10);
  });
  it('gives [0, 1] with no data', () => {
    expect(valueDomain(Infinity, -Infinity)).toEqual([0, 1]);
  });
});

describe('numericTicks', () => {
  it('has the decimals its step needs and no float noise', () => {
    expect(numericTicks(0, 1, 5)).toEqual({ values: [0, 0.2, 0.4, 0.6, 0.8, 1], decimals: 1 });
    expect(numericTicks(0, 0.1, 5).decimals).toBe(2);
    expect(numericTicks(0, 20000, 5)).toEqual({ values: [0, 5000, 10000, 15000, 20000], decimals: 0 });
  });
});
