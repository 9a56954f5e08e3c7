import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregate.js';

const v = (
  area: string,
  value: number | null,
  status: 'final' | 'provisional' | 'missing' | 'suppressed' = value === null ? 'missing' : 'final',
) => ({ area, value, status });
const membership = { TA01: ['KU049', 'KU235'], TA02: ['KU086', 'KU165', 'KU433'] };

describe('aggregate', () => {
  it('sums members with full coverage', () => {
    const [ta01] = aggregate({
      values: [v('KU049', 100), v('KU235', 20, 'provisional')],
      membership: { TA01: ['KU049', 'KU235'] },
      method: 'sum',
    });
    expect(ta01).toEqual({
      area: 'TA01',
      value: 120,
      status: 'provisional',
      coverage: 1,
      members: 2,
      membersWithValue: 2,
    });
  });

  it('is missing below minCoverage and an estimate with its coverage at or above it', () => {
    const values = [v('KU086', 10), v('KU165', 20), v('KU433', null)];
    expect(aggregate({ values, membership, method: 'sum' }).find((a) => a.area === 'TA02')).toMatchObject({
      value: null,
      status: 'missing',
    });
    const est = aggregate({ values, membership, method: 'sum', minCoverage: 0.6 }).find(
      (a) => a.area === 'TA02',
    );
    expect(est).toMatchObject({ value: 30, status: 'estimate', members: 3, membersWithValue: 2 });
    expect(est?.coverage).toBeCloseTo(2 / 3);
  });

  it('weighs coverage and means by a second indicator', () => {
    const values = [v('KU049', 8), v('KU235', null)];
    const weights = [v('KU049', 90), v('KU235', 10)];
    const [a] = aggregate({
      values,
      weights,
      membership: { TA01: ['KU049', 'KU235'] },
      method: 'weighted-mean',
      minCoverage: 0.9,
    });
    expect(a).toMatchObject({ value: 8, status: 'estimate', coverage: 0.9 });
    const [b] = aggregate({
      values: [v('KU049', 8), v('KU235', 12)],
      weights,
      membership: { TA01: ['KU049', 'KU235'] },
      method: 'weighted-mean',
    });
    expect(b?.value).toBeCloseTo(8.4);
  });

  it('needs weights for a weighted mean', () => {
    const [a] = aggregate({
      values: [v('KU049', 8)],
      membership: { TA01: ['KU049'] },
      method: 'weighted-mean',
    });
    expect(a).toMatchObject({ value: null, status: 'missing' });
  });

  it('accepts a Membership table', () => {
    const r = aggregate({
      values: [v('KU049', 1), v('KU235', 2)],
      membership: { level: 'employment-area', year: 2025, members: { TA01: ['KU049', 'KU235'] } } as never,
      method: 'sum',
    });
    expect(r[0]?.value).toBe(3);
  });
});
