import { describe, expect, it } from 'vitest';
import { layoutTrend } from './trend-layout.js';

const month = (y: number, m: number): number => Date.UTC(y, m - 1, 1);

describe('layoutTrend', () => {
  const base = {
    xKind: 'period' as const,
    grain: 'month' as const,
    width: 600,
    height: 300,
    locale: 'fi' as const,
  };

  it("makes room for axis labels at the user's font size (WCAG 1.4.4), not a fixed 12 px", () => {
    // Synthetic monthly values over three years.
    const x = Array.from({ length: 36 }, (_, i) => month(2023 + Math.floor(i / 12), (i % 12) + 1));
    const series = [{ id: 'a', label: 'A', x, y: x.map((_, i) => 1000 + i * 37.5) }];
    const small = layoutTrend({ ...base, series });
    const large = layoutTrend({ ...base, series, fontSize: 24 });
    expect(small.fontSize).toBe(12);
    expect(large.fontSize).toBe(24);
    expect(large.plot.left).toBeGreaterThan(small.plot.left);
    // One row of 24 px labels needs at least twice the 22 px kept for one row of 12 px ones.
    expect(large.height - large.plot.bottom).toBeGreaterThanOrEqual(44);
    expect(large.xTicks.length).toBeLessThan(small.xTicks.length);
    // At twice the size, neighbouring x labels (about 7 px a character at 12 px) still fit apart.
    for (let i = 1; i < large.xTicks.length; i++) {
      const a = large.xTicks[i - 1]!;
      const b = large.xTicks[i]!;
      const need =
        ((Math.max(a.label.length, a.context?.length ?? 0) +
          Math.max(b.label.length, b.context?.length ?? 0)) *
          14) /
        2;
      expect(b.pos - a.pos).toBeGreaterThanOrEqual(need);
    }
  });

  it('formats the value axis with a decimal comma in Finnish', () => {
    const l = layoutTrend({
      ...base,
      series: [{ id: 'a', label: 'A', x: [month(2024, 1), month(2024, 2)], y: [1.1, 1.7] }],
    });
    expect(l.yTicks.some((t) => t.label.includes(','))).toBe(true);
    const en = layoutTrend({
      ...base,
      locale: 'en',
      series: [{ id: 'a', label: 'A', x: [month(2024, 1), month(2024, 2)], y: [1.1, 1.7] }],
    });
    expect(en.yTicks.some((t) => t.label.includes('.'))).toBe(true);
  });

  it('marks each point of a short series, hollow when provisional', () => {
    const l = layoutTrend({
      ...base,
      series: [
        {
          id: 'a',
          label: 'A',
          x: [month(2024, 1), month(2024, 2), month(2024, 3)],
          y: [1, null, 3],
          provisional: [0, 0, 1],
        },
      ],
    });
    expect(l.series[0]?.points.map((p) => [p.index, p.provisional])).toEqual([
      [0, false],
      [2, true],
    ]);
  });

  it('splits every series at a break marker and includes the target in the value axis', () => {
    const x = [month(2024, 11), month(2024, 12), month(2025, 1), month(2025, 2)];
    const l = layoutTrend({
      ...base,
      series: [{ id: 'a', label: 'A', x, y: [10, 11, 12, 13] }],
      markers: [{ x: month(2025, 1), kind: 'break', label: 'TE24' }],
      targets: [{ x0: month(2025, 1), x1: month(2025, 2), value: 30 }],
    });
    expect(l.series[0]?.solid.match(/M/g)?.length).toBe(2);
    expect(l.y.d1).toBeGreaterThanOrEqual(30);
    expect(l.markers[0]?.labelled).toBe(true);
  });

  it('does not mark points one by one when they are dense and says it reduced them', () => {
    const n = 5000;
    const x = Float64Array.from({ length: n }, (_, i) => i);
    const y = Float64Array.from({ length: n }, (_, i) => Math.sin(i / 10));
    const l = layoutTrend({
      ...base,
      xKind: 'number',
      grain: 'time',
      series: [{ id: 'a', label: 'A', x, y }],
    });
    expect(l.series[0]?.points).toEqual([]);
    expect(l.decimated).toBe(true);
    expect(l.vertices).toBeLessThan(n);
    expect(l.xTicks.map((t) => t.label)).toContain('1\u00a0000');
  });
});
