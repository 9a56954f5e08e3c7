import { describe, expect, it } from 'vitest';
import { compareToReference, quantileClasses, quantileSorted, rankAreas, rankPositions } from './compare.js';

const v = (
  area: string,
  value: number | null,
  status: 'final' | 'missing' | 'suppressed' = value === null ? 'missing' : 'final',
) => ({ area, value, status });

describe('rankAreas', () => {
  it('ranks by direction with shared ranks for ties and unranked areas last', () => {
    const r = rankAreas(
      [v('A', 8), v('B', 6), v('C', 8), v('D', null), v('E', null, 'suppressed'), v('F', 9)],
      'lower-is-better',
    );
    expect(r.map((x) => [x.area, x.rank, x.of])).toEqual([
      ['B', 1, 4],
      ['A', 2, 4],
      ['C', 2, 4],
      ['F', 4, 4],
      ['D', null, 4],
      ['E', null, 4],
    ]);
    expect(rankAreas([v('A', 8), v('B', 6)], 'higher-is-better').map((x) => x.area)).toEqual(['A', 'B']);
    expect(
      rankAreas([v('A', 8), v('B', 11), v('C', 9.5)], 'target-is-best', { target: 10 }).map((x) => x.area),
    ).toEqual(['C', 'B', 'A']);
  });

  it('never places or shows a suppressed value', () => {
    const r = rankAreas(
      [v('A', 8), { area: 'E', value: 3, status: 'suppressed' as const }],
      'higher-is-better',
    );
    expect(r.find((x) => x.area === 'E')).toMatchObject({ value: null, rank: null });
  });
});

describe('rankPositions', () => {
  it('gives the order and ranks of rankAreas as input positions', () => {
    const values = [
      v('A', 8),
      v('B', 6),
      v('C', 8),
      v('D', null),
      v('E', 5, 'suppressed'),
      v('F', 9),
      v('G', 10.5),
    ];
    for (const [direction, options] of [
      ['lower-is-better', {}],
      ['higher-is-better', {}],
      ['neutral', {}],
      ['target-is-best', { target: 9.5 }],
    ] as const) {
      const { order, rank, of } = rankPositions(values, direction, options);
      const rows = rankAreas(values, direction, options);
      expect(Array.from(order, (i) => values[i]?.area)).toEqual(rows.map((r) => r.area));
      expect(Array.from(order, (i) => rank[i] || null)).toEqual(rows.map((r) => r.rank));
      expect(of).toBe(rows[0]?.of);
    }
  });

  it('agrees with a plain stable sort on values full of ties', () => {
    // The definition written out: a stable sort by key, ties sharing the first place's rank.
    const reference = (xs: ReturnType<typeof v>[], key: (x: number) => number) => {
      const known = xs.map((x, i) => ({ x, i })).filter(({ x }) => x.value !== null);
      known.sort((a, b) => key(a.x.value!) - key(b.x.value!));
      const rank: number[] = [];
      known.forEach(({ x, i }, j) => {
        const prev = known[j - 1];
        rank[i] = prev && key(prev.x.value!) === key(x.value!) ? rank[prev.i]! : j + 1;
      });
      return {
        order: [...known.map(({ i }) => i), ...xs.flatMap((x, i) => (x.value === null ? [i] : []))],
        rank,
      };
    };
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 20; round++) {
      const xs = Array.from({ length: 60 }, (_, i) =>
        v(`A${i}`, random() < 0.1 ? null : Math.round(random() * 10) / 2 - 1),
      );
      const got = rankPositions(xs, 'target-is-best', { target: 1 });
      const want = reference(xs, (x) => Math.abs(x - 1));
      expect(Array.from(got.order)).toEqual(want.order);
      expect(Array.from(got.rank, (r) => r || undefined)).toEqual(xs.map((_, i) => want.rank[i]));
      const low = reference(xs, (x) => x);
      expect(Array.from(rankPositions(xs, 'lower-is-better').order)).toEqual(low.order);
    }
  });
});

describe('compareToReference', () => {
  it('compares with the whole country by default, and with the mean', () => {
    const r = compareToReference([v('SSS', 10), v('MK06', 10.8), v('MK02', 8.4)]);
    expect(r.map((x) => x.area)).toEqual(['MK06', 'MK02']);
    expect(r[0]?.difference).toBeCloseTo(0.8);
    expect(r[0]?.relativeDifference).toBeCloseTo(0.08);
    expect(r[0]?.differenceFromMean).toBeCloseTo(1.2);
    expect(r[0]?.percentile).toBe(100);
    expect(r[1]?.percentile).toBe(0);
  });

  it('takes a named reference such as mainland Finland', () => {
    const r = compareToReference([v('SSS', 10), v('MA1', 10.2), v('MK06', 10.8)], { reference: 'MA1' });
    expect(r.find((x) => x.area === 'MK06')?.difference).toBeCloseTo(0.6);
  });

  it('gives no difference for a suppressed area or reference', () => {
    const r = compareToReference([v('SSS', null, 'suppressed'), v('MK06', 10.8)]);
    expect(r[0]).toMatchObject({ difference: null, comparisonStatus: 'suppressed' });
    const s = compareToReference([v('SSS', 10), { area: 'KU1', value: 4, status: 'suppressed' as const }]);
    expect(s[0]).toMatchObject({
      value: null,
      difference: null,
      differenceFromMean: null,
      comparisonStatus: 'suppressed',
    });
  });
});

describe('quantileClasses', () => {
  it('puts about equal numbers in each class and skips missing values', () => {
    const q = quantileClasses([1, 2, 3, 4, null, 5, 6, 7, 8], 4);
    expect(q.breaks).toEqual([2.75, 4.5, 6.25]);
    expect(q.classes).toEqual([0, 0, 1, 1, null, 2, 2, 3, 3]);
  });
  it('interpolates quantiles like type 7', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(Number.isNaN(quantileSorted([], 0.5))).toBe(true);
  });
});
