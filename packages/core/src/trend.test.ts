import { describe, expect, it } from 'vitest';
import {
  changeFrom,
  compoundGrowth,
  crossesBreak,
  linearTrend,
  previousPeriodChange,
  rollingMean,
  yearOnYear,
} from './trend.js';
import type { SeriesPoint } from './trend.js';

const p = (
  period: string,
  value: number | null,
  status: SeriesPoint['status'] = value === null ? 'missing' : 'final',
): SeriesPoint => ({ period, value, status });
const te24 = [{ kind: 'break' as const, period: '2025-01' }];

describe('changes', () => {
  const s = [
    p('2024-09', 10),
    p('2024-12', 11),
    p('2025-01', 12, 'provisional'),
    p('2025-02', 11.5),
    p('2025-09', 10.8),
  ];

  it('computes year-on-year and previous-period changes in percentage points', () => {
    const y = yearOnYear(s, '2025-09', { unit: 'percent' });
    expect(y).toMatchObject({ reference: '2024-09', unit: 'percentage-points', status: 'ok' });
    expect(y.change).toBeCloseTo(0.8);
    expect(y.relativeChange).toBeCloseTo(0.08);
    const m = previousPeriodChange(s, '2025-02');
    expect(m.change).toBeCloseTo(-0.5);
    expect(m.valueStatus).toBe('provisional');
  });

  it('computes no change across a break, but does across a revision', () => {
    expect(previousPeriodChange(s, '2025-01', { breaks: te24 }).status).toBe('break');
    expect(yearOnYear(s, '2025-09', { breaks: te24 })).toMatchObject({ status: 'break', change: null });
    expect(
      previousPeriodChange(s, '2025-01', { breaks: [{ kind: 'revision', period: '2025-01' }] }).status,
    ).toBe('ok');
    expect(crossesBreak('2024-Q4', '2025-Q1', ['2025-01'])).toBe(true);
    expect(crossesBreak('2025-01', '2025-02', ['2025'])).toBe(false);
  });

  it('is suppressed, not computed, when a value is suppressed', () => {
    const c = changeFrom([p('2025-01', null, 'suppressed'), p('2025-02', 7)], '2025-02', '2025-01');
    expect(c).toMatchObject({ status: 'suppressed', change: null, relativeChange: null });
    expect(changeFrom([p('2025-02', 7)], '2025-02', '2025-01').status).toBe('missing');
  });
});

describe('rollingMean', () => {
  it('averages complete windows only, not across gaps or breaks', () => {
    const r = rollingMean(
      [p('2024-11', 1), p('2024-12', 3), p('2025-01', 5), p('2025-02', 7), p('2025-04', 9)],
      2,
      { breaks: te24 },
    );
    expect(r.map((x) => x.value)).toEqual([null, 2, null, 6, null]);
  });
  it('is suppressed when a window holds a suppressed value', () => {
    const r = rollingMean([p('2025-01', 1), p('2025-02', null, 'suppressed'), p('2025-03', 5)], 2);
    expect(r.map((x) => x.status)).toEqual(['missing', 'suppressed', 'suppressed']);
  });
});

describe('linearTrend and compoundGrowth', () => {
  it('fits a slope per period after the last break only', () => {
    const t = linearTrend(
      [p('2024-11', 50), p('2024-12', 60), p('2025-01', 10), p('2025-02', 10.5), p('2025-03', 11)],
      { breaks: te24 },
    );
    expect(t).toMatchObject({ from: '2025-01', to: '2025-03', n: 3 });
    expect(t?.slope).toBeCloseTo(0.5);
    expect(t?.r2).toBeCloseTo(1);
    expect(linearTrend([p('2025-01', 1)])).toBeUndefined();
  });
  it('gives the compound annual growth rate', () => {
    expect(compoundGrowth([p('2020', 100), p('2022', 121)], '2020', '2022')).toBeCloseTo(0.1);
    expect(compoundGrowth([p('2024-01', 100), p('2025-01', 110)], '2024-01', '2025-01')).toBeCloseTo(0.1);
    expect(
      compoundGrowth([p('2024-01', 100), p('2025-01', 110)], '2024-01', '2025-01', { breaks: te24 }),
    ).toBeNull();
    expect(compoundGrowth([p('2020', 0), p('2022', 121)], '2020', '2022')).toBeNull();
  });
});
