import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ObservationStore } from './store.js';
import type { Observation } from './schemas/observation.js';

const obs = (area: string, period: string, value: number | null, indicator = 'i'): Observation => ({
  indicator,
  area,
  period,
  value,
  status: value === null ? 'missing' : 'final',
});

function store(rows: Observation[]): ObservationStore {
  const r = ObservationStore.fromObservations(rows);
  if (!r.success) throw new Error(r.error.message);
  return r.data;
}

describe('ObservationStore', () => {
  const s = store([
    obs('MK06', '2025-02', 11),
    obs('MK06', '2024-12', 9),
    obs('SSS', '2025-01', 10),
    obs('MK06', '2025-01', 10),
    obs('SSS', '2025-02', null),
    obs('MK06', '2025-01', 1, 'other'),
  ]);

  it('answers get, periods and areas', () => {
    expect(s.size).toBe(6);
    expect(s.get('i', 'MK06', '2025-01')?.value).toBe(10);
    expect(s.get('i', 'MK06', '2023-01')).toBeUndefined();
    expect(s.get('x', 'MK06', '2025-01')).toBeUndefined();
    expect(s.periods('i')).toEqual(['2024-12', '2025-01', '2025-02']);
    expect(s.periods('other')).toEqual(['2025-01']);
    expect(s.areas('i')).toEqual(['MK06', 'SSS']);
    expect(s.indicators()).toEqual(['i', 'other']);
  });

  it('selects by areas (in the order asked) and inclusive period range', () => {
    const r = s.select({ indicator: 'i', areas: ['SSS', 'MK06'], from: '2025-01', to: '2025-02' });
    expect(r.map((o) => `${o.area} ${o.period} ${o.value}`)).toEqual([
      'SSS 2025-01 10',
      'SSS 2025-02 null',
      'MK06 2025-01 10',
      'MK06 2025-02 11',
    ]);
    expect(s.series('i', 'MK06').map((o) => o.period)).toEqual(['2024-12', '2025-01', '2025-02']);
    expect(s.select({ indicator: 'i', from: '2026-01' })).toEqual([]);
  });

  it('bounds a range by periods of mixed frequency, in or out of the dictionary', () => {
    const m = store([
      obs('A', '2025', 1),
      obs('A', '2025-Q1', 2),
      obs('A', '2025-01', 3),
      obs('A', '2025-02', 4),
    ]);
    const periods = (from: string, to: string) => m.select({ indicator: 'i', from, to }).map((o) => o.period);
    expect(periods('2025-Q1', '2025-Q1')).toEqual(['2025-Q1']);
    expect(periods('2025-01', '2025')).toEqual(['2025-01', '2025-Q1', '2025']);
    expect(periods('2025-02', '2025-03')).toEqual(['2025-02']);
    expect(periods('2024-12', '2025-01')).toEqual(['2025-01']);
  });

  it('gives typed columns with NaN for no value', () => {
    const c = s.selectColumns({ indicator: 'i', areas: ['SSS'] });
    expect(c.period).toEqual(['2025-01', '2025-02']);
    expect(c.value[0]).toBe(10);
    expect(Number.isNaN(c.value[1])).toBe(true);
    expect([...c.status]).toEqual([0, 4]);
  });

  it('rejects duplicates and drops values behind suppressed', () => {
    expect(ObservationStore.fromObservations([obs('A', '2025', 1), obs('A', '2025', 2)]).success).toBe(false);
    const t = store([{ indicator: 'i', area: 'A', period: '2025', value: 3, status: 'suppressed' }]);
    expect(t.get('i', 'A', '2025')).toEqual({
      indicator: 'i',
      area: 'A',
      period: '2025',
      value: null,
      status: 'suppressed',
    });
  });

  it('agrees with a linear scan for any data and query', () => {
    const row = fc.record({
      indicator: fc.constantFrom('a', 'b'),
      area: fc.constantFrom('X', 'Y', 'Z'),
      period: fc.integer({ min: 2020, max: 2026 }).map(String),
      value: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(row, { selector: (r) => `${r.indicator}|${r.area}|${r.period}` }),
        fc.integer({ min: 2019, max: 2027 }),
        fc.integer({ min: 2019, max: 2027 }),
        (rows, from, to) => {
          const st = store(rows.map((r) => ({ ...r, status: r.value === null ? 'missing' : 'final' })));
          const expected = rows
            .filter((r) => r.indicator === 'a' && Number(r.period) >= from && Number(r.period) <= to)
            .sort((p, q) =>
              p.area < q.area ? -1 : p.area > q.area ? 1 : Number(p.period) - Number(q.period),
            )
            .map((r) => [r.area, r.period, Object.is(r.value, -0) ? 0 : r.value]);
          const got = st
            .select({ indicator: 'a', from: String(from), to: String(to) })
            .map((o) => [o.area, o.period, Object.is(o.value, -0) ? 0 : o.value]);
          // Dictionary order is first appearance; compare as sets of rows ordered by period within area.
          expect(new Set(got.map((g) => JSON.stringify(g)))).toEqual(
            new Set(expected.map((e) => JSON.stringify(e))),
          );
          for (const r of rows) expect(st.get(r.indicator, r.area, r.period)?.value ?? null).toEqual(r.value);
        },
      ),
    );
  });
});
