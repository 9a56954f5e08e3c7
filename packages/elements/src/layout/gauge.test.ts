import { describe, expect, it } from 'vitest';
import { gaugeBands, gaugeDomain, linear } from './gauge-scale.js';
import { bulletLayout } from './gauge-bullet.js';
import { annularSector, radialLayout } from './gauge-radial.js';

describe('gaugeDomain', () => {
  it('starts at zero and leaves room for value, target and tolerance', () => {
    const [lo, hi] = gaugeDomain({ value: 10.8, target: 9, tolerance: 0.5, direction: 'lower-is-better' });
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThanOrEqual(10.8);
  });
  it('goes below zero for negative changes', () => {
    const [lo] = gaugeDomain({ value: -3.2, target: 1, direction: 'higher-is-better' });
    expect(lo).toBeLessThan(-3.2);
  });
  it('has a usable domain with no values at all', () => {
    expect(gaugeDomain({ value: null, target: null, direction: 'higher-is-better' })).toEqual([0, 1]);
  });
});

describe('bulletLayout text size', () => {
  it("leaves more room below the axis and fewer ticks when the user's font is larger", () => {
    const input = {
      value: 10.8,
      target: 9,
      tolerance: 0.5,
      direction: 'lower-is-better' as const,
      width: 360,
    };
    const normal = bulletLayout(input);
    const large = bulletLayout({ ...input, fontSize: 22 });
    expect(bulletLayout({ ...input, fontSize: 11 })).toEqual(normal);
    expect(large.height - large.axisY).toBeGreaterThanOrEqual(2 * (normal.height - normal.axisY));
    expect(large.ticks[0]!.y - large.axisY).toBeGreaterThan(normal.ticks[0]!.y - normal.axisY);
    expect(large.ticks.length).toBeLessThan(normal.ticks.length);
  });
});

describe('gaugeBands', () => {
  it('puts "met" below the target for a lower-is-better indicator', () => {
    expect(gaugeBands([0, 12], 9, 0.5, 'lower-is-better')).toEqual([
      { kind: 'met', from: 0, to: 9 },
      { kind: 'near', from: 9, to: 9.5 },
      { kind: 'missed', from: 9.5, to: 12 },
    ]);
  });
  it('puts "met" above the target for a higher-is-better indicator', () => {
    const bands = gaugeBands([0, 100], 75, 2, 'higher-is-better');
    expect(bands.map((b) => b.kind)).toEqual(['missed', 'near', 'met']);
    expect(bands[2]).toEqual({ kind: 'met', from: 75, to: 100 });
  });
  it('centres "met" on the target for target-is-best', () => {
    const bands = gaugeBands([0, 10], 5, 1, 'target-is-best');
    expect(bands.find((b) => b.kind === 'met')).toEqual({ kind: 'met', from: 4, to: 6 });
  });
  it('draws no bands for neutral indicators or without a target', () => {
    expect(gaugeBands([0, 10], 5, 1, 'neutral')).toEqual([]);
    expect(gaugeBands([0, 10], null, 1, 'higher-is-better')).toEqual([]);
  });
});

describe('linear', () => {
  it('maps and clamps', () => {
    const f = linear([0, 10], [0, 100]);
    expect(f(5)).toBe(50);
    expect(f(20)).toBe(100);
  });
});

describe('bulletLayout', () => {
  const input = {
    value: 10.8,
    target: 9,
    previous: 11.2,
    tolerance: 0.5,
    direction: 'lower-is-better' as const,
    width: 320,
  };
  it('places the target marker right of zero and the bar ending at the value', () => {
    const l = bulletLayout(input);
    const x = linear(l.domain as [number, number], [8, 312]);
    expect(l.bar?.x).toBeCloseTo(8, 1);
    expect((l.bar?.x ?? 0) + (l.bar?.width ?? 0)).toBeCloseTo(x(10.8), 1);
    expect(l.target?.x).toBeCloseTo(x(9), 1);
    expect(l.previous?.x).toBeCloseTo(x(11.2), 1);
  });
  it('draws no bar for a suppressed or missing value', () => {
    expect(bulletLayout({ ...input, value: null }).bar).toBeUndefined();
  });
  it('stays readable at 240 px: fewer ticks, no geometry outside the width', () => {
    const l = bulletLayout({ ...input, width: 240 });
    expect(l.ticks.length).toBeLessThanOrEqual(4);
    for (const b of l.bands) expect(b.x + b.width).toBeLessThanOrEqual(240);
  });
});

describe('radialLayout', () => {
  it('draws a closed sector path', () => {
    expect(annularSector(100, 100, 60, 80, -Math.PI / 2, 0)).toMatch(
      /^M20,100A80,80 0 0 1 100,20L100,40A60,60 0 0 0 40,100Z$/,
    );
  });
  it('puts the target needle on the arc', () => {
    const l = radialLayout({
      value: 72.1,
      target: 75,
      tolerance: 2,
      direction: 'higher-is-better',
      width: 240,
    });
    expect(l.target).toBeDefined();
    expect(l.bar).toBeDefined();
    expect(l.bands.map((b) => b.kind)).toEqual(['missed', 'near', 'met']);
  });
});

describe('nice scale without d3', () => {
  it('matches d3-array on the domains and ticks the gauge uses', async () => {
    const { nice, ticks } = await import('d3-array');
    const { niceDomain, niceTicks } = await import('./gauge-scale.js');
    for (const [lo, hi] of [
      [0, 13.2],
      [0, 1.1],
      [-3.52, 13.2],
      [0, 1430],
      [0, 87.45],
      [0, 0.33],
    ] as const) {
      expect(niceDomain(lo, hi, 5)).toEqual(nice(lo, hi, 5));
      const [a, b] = nice(lo, hi, 5);
      for (const n of [3, 5]) expect(niceTicks(a, b, n)).toEqual(ticks(a, b, n));
    }
  });
});
