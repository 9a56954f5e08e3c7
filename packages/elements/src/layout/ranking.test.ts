import { describe, expect, it } from 'vitest';
import { estimateTextWidth, rankingLayout, type RankingInput } from './ranking-layout.js';

// Synthetic rows (made-up values).
const rows: RankingInput[] = [
  { code: 'KU091', label: 'Helsinki', value: 4, status: 'final', rank: 1 },
  { code: 'KU049', label: 'Espoo', value: 8, status: 'final', rank: 2 },
  { code: 'KU092', label: 'Vantaa', value: 10, status: 'provisional', rank: 3 },
  { code: 'KU035', label: 'Brändö', value: null, status: 'suppressed' },
];

describe('ranking layout', () => {
  it('draws bars proportional to the value from a zero baseline', () => {
    const l = rankingLayout(rows, { width: 400 });
    const [a, b, c] = l.rows;
    expect(a?.barX).toBe(l.zeroX);
    expect((b?.barWidth ?? 0) / (a?.barWidth ?? 1)).toBeCloseTo(2, 5);
    expect((c?.barWidth ?? 0) / (a?.barWidth ?? 1)).toBeCloseTo(2.5, 5);
  });

  it('keeps rows in the order given, one row pitch apart', () => {
    const l = rankingLayout(rows, { width: 400, rowHeight: 20 });
    expect(l.rows.map((r) => r.code)).toEqual(['KU091', 'KU049', 'KU092', 'KU035']);
    expect((l.rows[1]?.y ?? 0) - (l.rows[0]?.y ?? 0)).toBe(20);
    expect(l.height).toBeGreaterThanOrEqual(24 + 4 * 20);
  });

  it('gives suppressed and missing rows no bar', () => {
    const l = rankingLayout(rows, { width: 400 });
    expect(l.rows[3]).toMatchObject({ hasBar: false, barWidth: 0, status: 'suppressed' });
  });

  it('stretches the axis to show the target and the reference even beyond the data', () => {
    const l = rankingLayout(rows, { width: 400, target: 15, reference: 6 });
    expect(l.domain[1]).toBeGreaterThanOrEqual(15);
    expect(l.targetX).toBeLessThanOrEqual(l.plotX1);
    expect(l.referenceX).toBeGreaterThan(l.zeroX);
    expect(l.ticks.every((t) => t.x >= l.plotX0 - 1e-9 && t.x <= l.plotX1 + 1e-9)).toBe(true);
  });

  it('keeps every value text clear of the dashed target and reference lines', () => {
    // Synthetic values chosen so that bar ends fall just left of the lines.
    const labelled: RankingInput[] = [
      { code: 'A', label: 'A', value: 5.9, status: 'final', valueLabel: '5,9 %' },
      { code: 'B', label: 'B', value: 7.8, status: 'final', valueLabel: '7,8 %' },
      { code: 'C', label: 'C', value: 8, status: 'final', valueLabel: '8,0 %' },
      { code: 'D', label: 'D', value: null, status: 'suppressed', valueLabel: 'salattu' },
    ];
    const l = rankingLayout(labelled, { width: 400, target: 6, reference: 8.2 });
    const lines = [l.targetX ?? NaN, l.referenceX ?? NaN];
    for (const r of l.rows) {
      const w = estimateTextWidth(r.valueLabel ?? '', 14);
      for (const lx of lines) expect(lx < r.valueX || lx > r.valueX + w, `${r.code} at ${lx}`).toBe(true);
      if (r.hasBar) expect(r.valueX).toBeGreaterThan(r.barX + r.barWidth);
      expect(r.valueX + w).toBeLessThanOrEqual(l.width);
    }
  });

  it('draws negative values left of zero', () => {
    const l = rankingLayout(
      [
        { code: 'a', label: 'synthetic a', value: -2, status: 'final' },
        { code: 'b', label: 'synthetic b', value: 3, status: 'final' },
      ],
      { width: 400 },
    );
    expect(l.rows[0]?.barX).toBeLessThan(l.zeroX);
    expect((l.rows[0]?.barX ?? 0) + (l.rows[0]?.barWidth ?? 0)).toBeCloseTo(l.zeroX, 9);
  });

  it('widens the label column for long Swedish names but never past 45 %', () => {
    const short = rankingLayout(rows, { width: 600 });
    const long = rankingLayout([{ ...rows[0]!, label: 'Sydöstra Österbottens ekonomiska region' }], {
      width: 600,
    });
    expect(long.labelWidth).toBeGreaterThan(short.labelWidth);
    expect(long.labelWidth).toBeLessThanOrEqual(270);
    expect(estimateTextWidth('abcd', 10)).toBe(23);
  });
});
