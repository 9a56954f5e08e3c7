import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  comparePeriods,
  convertPeriod,
  isPeriod,
  parsePeriod,
  periodDistance,
  periodEnd,
  periodFrequency,
  periodRange,
  periodStart,
  shiftPeriod,
  yearEarlier,
} from './period.js';

describe('parsePeriod', () => {
  it.each([
    ['2025', '2025'],
    ['2025-Q3', '2025-Q3'],
    ['2025Q3', '2025-Q3'],
    ['2025q3', '2025-Q3'],
    ['2025-09', '2025-09'],
    ['2025M09', '2025-09'],
    [' 2025m9 ', '2025-09'],
    ['2025-09-14', '2025-09-14'],
    ['2024-02-29', '2024-02-29'],
  ])('normalises %j to %j', (input, expected) => {
    expect(parsePeriod(input)).toEqual({ success: true, data: expected });
  });

  it.each(['2025-13', '2025-00', '2025-Q5', '2025-02-30', '2023-02-29', '25', '2025-9', '', 'abc', '0000'])(
    'rejects %j with the bad value in the message',
    (input) => {
      const r = parsePeriod(input);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.message).toBe(`invalid period: ${JSON.stringify(input)}`);
    },
  );

  it('rejects non-strings without throwing', () => {
    for (const v of [null, undefined, {}, [], 2025.5, Symbol.iterator])
      expect(parsePeriod(v).success).toBe(false);
    expect(parsePeriod(2025)).toEqual({ success: true, data: '2025' });
  });
});

describe('period helpers', () => {
  it('knows frequencies, starts and ends in UTC', () => {
    expect(periodFrequency('2025-Q3')).toBe('quarter');
    expect(periodFrequency('2025Q3')).toBeUndefined();
    expect(periodStart('2025-Q3')?.toISOString()).toBe('2025-07-01T00:00:00.000Z');
    expect(periodEnd('2024-02')?.toISOString()).toBe('2024-02-29T23:59:59.999Z');
    expect(periodEnd('2025')?.toISOString()).toBe('2025-12-31T23:59:59.999Z');
    expect(periodEnd('2025-09-14')?.toISOString()).toBe('2025-09-14T23:59:59.999Z');
  });

  it('shifts across year ends and leap days', () => {
    expect(shiftPeriod('2025-01', -1)).toBe('2024-12');
    expect(shiftPeriod('2025-Q4', 1)).toBe('2026-Q1');
    expect(shiftPeriod('2024-02-28', 1)).toBe('2024-02-29');
    expect(shiftPeriod('2024-12-31', 1)).toBe('2025-01-01');
    expect(shiftPeriod('2025', -10)).toBe('2015');
    expect(shiftPeriod('9999-12', 1)).toBeUndefined();
    expect(shiftPeriod('nope', 1)).toBeUndefined();
  });

  it('finds a year earlier, with 29 February falling back to the 28th', () => {
    expect(yearEarlier('2025-09')).toBe('2024-09');
    expect(yearEarlier('2025-Q1')).toBe('2024-Q1');
    expect(yearEarlier('2024-02-29')).toBe('2023-02-28');
  });

  it('builds inclusive ranges and refuses mixed frequencies', () => {
    expect(periodRange('2024-Q3', '2025-Q1')).toEqual(['2024-Q3', '2024-Q4', '2025-Q1']);
    expect(periodRange('2025-01', '2024-12')).toEqual([]);
    expect(periodRange('2025-01', '2025')).toEqual([]);
    expect(periodDistance('2024-11', '2025-02')).toBe(3);
  });

  it('converts to coarser frequencies only', () => {
    expect(convertPeriod('2025-09-14', 'month')).toBe('2025-09');
    expect(convertPeriod('2025-09-14', 'quarter')).toBe('2025-Q3');
    expect(convertPeriod('2025-09', 'year')).toBe('2025');
    expect(convertPeriod('2025-Q3', 'quarter')).toBe('2025-Q3');
    expect(convertPeriod('2025-Q3', 'month')).toBeUndefined();
  });

  it('orders by start, shorter first, invalid last', () => {
    expect(['x', '2025-03', '2025', '2024-Q4', '2025-Q1', '2025-01'].sort(comparePeriods)).toEqual([
      '2024-Q4',
      '2025-01',
      '2025-Q1',
      '2025',
      '2025-03',
      'x',
    ]);
  });
});

const canonicalPeriod = fc.oneof(
  fc.integer({ min: 1, max: 9999 }).map((y) => String(y).padStart(4, '0')),
  fc
    .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 4 }))
    .map(([y, q]) => `${String(y).padStart(4, '0')}-Q${q}`),
  fc
    .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`),
  fc
    .date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

describe('period properties', () => {
  it('parsePeriod never throws on any input', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        parsePeriod(v);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        parsePeriod(s);
      }),
    );
  });

  it('canonical periods round-trip through parsePeriod', () => {
    fc.assert(
      fc.property(canonicalPeriod, (p) => {
        expect(isPeriod(p)).toBe(true);
        expect(parsePeriod(p)).toEqual({ success: true, data: p });
      }),
    );
  });

  it('shifting by n and back returns the period, and the distance is n', () => {
    fc.assert(
      fc.property(canonicalPeriod, fc.integer({ min: -500, max: 500 }), (p, n) => {
        const q = shiftPeriod(p, n);
        if (q === undefined) return;
        expect(shiftPeriod(q, -n)).toBe(p);
        expect(periodDistance(p, q)).toBe(n);
        expect(Math.sign(comparePeriods(p, q))).toBe(-Math.sign(n) || 0);
      }),
    );
  });

  it('a converted period contains the original', () => {
    fc.assert(
      fc.property(
        canonicalPeriod,
        fc.constantFrom('month', 'quarter', 'year') as fc.Arbitrary<'month' | 'quarter' | 'year'>,
        (p, f) => {
          const c = convertPeriod(p, f);
          if (c === undefined) return;
          expect(periodStart(c)!.getTime()).toBeLessThanOrEqual(periodStart(p)!.getTime());
          expect(periodEnd(c)!.getTime()).toBeGreaterThanOrEqual(periodEnd(p)!.getTime());
        },
      ),
    );
  });
});
