import { describe, expect, it } from 'vitest';
import { perCapita, ratio, ratioSeries } from './efficiency.js';

describe('efficiency', () => {
  it('divides with the weaker status', () => {
    const r = ratio({ value: 43000, status: 'final' }, { value: 318700, status: 'provisional' });
    expect(r.value).toBeCloseTo(0.1349, 4);
    expect(r.status).toBe('provisional');
  });
  it('normalises per 1 000 inhabitants', () => {
    expect(perCapita(41000, 674500, 1000).value).toBeCloseTo(60.786, 3);
  });
  it('is missing on a zero denominator and suppressed when either side is', () => {
    expect(ratio(1, 0)).toEqual({ value: null, status: 'missing' });
    expect(ratio({ value: null, status: 'suppressed' }, 10)).toEqual({ value: null, status: 'suppressed' });
    expect(ratio(10, { value: null, status: 'suppressed' })).toEqual({ value: null, status: 'suppressed' });
  });
  it('matches series by period', () => {
    const r = ratioSeries(
      [
        { period: '2025-01', value: 10, status: 'final' },
        { period: '2025-02', value: 12, status: 'final' },
      ],
      [{ period: '2025-01', value: 100, status: 'final' }],
      1000,
    );
    expect(r).toEqual([
      { period: '2025-01', value: 100, status: 'final' },
      { period: '2025-02', value: null, status: 'missing' },
    ]);
  });
});
