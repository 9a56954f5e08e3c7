import { describe, expect, it } from 'vitest';
import { attainment, findTarget } from './attainment.js';
import type { Target } from './schemas/target.js';

const lower = { direction: 'lower-is-better', unit: 'percent' } as const;
const higher = { direction: 'higher-is-better', unit: 'percent' } as const;
const band = (value: number, tol = 0.5): Pick<Target, 'value' | 'tolerance'> => ({
  value,
  tolerance: { kind: 'absolute', value: tol },
});

describe('attainment', () => {
  it('gives gap in percentage points, ratio and side for a percent indicator', () => {
    const a = attainment({ actual: 10.8, target: band(9), indicator: lower });
    expect(a.status).toBe('missed');
    expect(a.gapUnit).toBe('percentage-points');
    expect(a.gap).toBeCloseTo(1.8);
    expect(a.ratio).toBeCloseTo(1.2);
    expect(a.relativeGap).toBeCloseTo(0.2);
    expect(a.side).toBe('worse');
  });

  it.each([
    [lower, 8.5, 'met', 'better'],
    [lower, 9.0, 'met', 'on-target'],
    [lower, 9.4, 'near', 'worse'],
    [lower, 9.5, 'near', 'worse'],
    [lower, 9.6, 'missed', 'worse'],
    [higher, 9.5, 'met', 'better'],
    [higher, 8.5, 'near', 'worse'],
    [higher, 8.4, 'missed', 'worse'],
  ] as const)('%o: actual %d against 9 ± 0.5 is %s', (indicator, actual, status, side) => {
    const a = attainment({ actual, target: band(9), indicator });
    expect(a.status).toBe(status);
    expect(a.side).toBe(side);
  });

  it('does not flip at floating-point noise on the boundary', () => {
    expect(attainment({ actual: 0.1 + 0.2, target: 0.3, indicator: higher }).status).toBe('met');
    expect(attainment({ actual: 0.1 + 0.2, target: 0.3, indicator: lower }).status).toBe('met');
  });

  it('uses a relative band as a share of the target', () => {
    const t: Pick<Target, 'value' | 'tolerance'> = {
      value: 200,
      tolerance: { kind: 'relative', value: 0.05 },
    };
    expect(
      attainment({ actual: 190, target: t, indicator: { direction: 'higher-is-better', unit: 'count' } })
        .status,
    ).toBe('near');
    expect(
      attainment({ actual: 189, target: t, indicator: { direction: 'higher-is-better', unit: 'count' } })
        .status,
    ).toBe('missed');
  });

  it('judges target-is-best by distance: met within the band, near within twice it', () => {
    const ind = { direction: 'target-is-best', unit: 'days' } as const;
    expect(attainment({ actual: 10.4, target: band(10), indicator: ind }).status).toBe('met');
    expect(attainment({ actual: 9.1, target: band(10), indicator: ind }).status).toBe('near');
    expect(attainment({ actual: 11.2, target: band(10), indicator: ind }).status).toBe('missed');
  });

  it('is unknown when a side is missing or suppressed, and never judges neutral indicators', () => {
    expect(attainment({ actual: null, target: 9, indicator: lower }).status).toBe('unknown');
    expect(attainment({ actual: 10, target: null, indicator: lower }).status).toBe('unknown');
    const s = attainment({ actual: { value: null, status: 'suppressed' }, target: 9, indicator: lower });
    expect(s).toMatchObject({ status: 'unknown', gap: null, ratio: null });
    const n = attainment({ actual: 10, target: 9, indicator: { direction: 'neutral', unit: 'count' } });
    expect(n.status).toBeNull();
    expect(n.gap).toBe(1);
  });

  it('gives no ratio for a zero target', () => {
    expect(attainment({ actual: 2, target: 0, indicator: lower }).ratio).toBeNull();
  });
});

describe('findTarget', () => {
  const targets: Target[] = [
    { indicator: 'u', period: '2025', value: 10 },
    { indicator: 'u', area: 'TA13', period: '2025-01', to: '2025-06', value: 9 },
    { indicator: 'u', area: 'TA13', period: '2025-07', to: '2025-12', value: 8.5 },
  ];
  it('prefers the area target and covers months by a yearly target', () => {
    expect(findTarget(targets, 'u', 'TA13', '2025-03')?.value).toBe(9);
    expect(findTarget(targets, 'u', 'TA13', '2025-09')?.value).toBe(8.5);
    expect(findTarget(targets, 'u', 'TA01', '2025-09')?.value).toBe(10);
    expect(findTarget(targets, 'u', 'TA01', '2026-01')).toBeUndefined();
  });
});
