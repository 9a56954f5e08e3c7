// Property test: random source data in every adapter format (Mittari dataset, CSV, JSON-stat)
// with random suppressed cells holding a sentinel number and random small counts under the
// threshold. No output of core — the parsed store, aggregation, ratios, ranking, trends, the
// descriptions — may contain the sentinel or a small count, and no suppressed member may be
// recoverable as "published total − the other members". Synthetic numbers throughout.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  describeObservation,
  parseDataset,
  previousPeriodChange,
  rankAreas,
  ratio,
  rollingMean,
  type Dataset,
  type Observation,
} from '../../packages/core/src/index.js';
import { readCsv } from '../../packages/client/src/sources/csv.js';
import { readJsonStat } from '../../packages/client/src/sources/jsonstat.js';

const SENTINEL = 987654.321;
const K = 5;
const TOTAL = 'MK06';
const MEMBERS = ['KU020', 'KU108', 'KU143', 'KU211', 'KU250', 'KU286'];
const PERIODS = ['2024-01', '2024-02', '2024-03', '2024-04'];

/** One member cell: suppressed at the source (the sentinel behind it), a small count, or a count ≥ k. */
type Cell = { kind: 'suppressed' } | { kind: 'small'; value: number } | { kind: 'count'; value: number };
const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ kind: 'suppressed' as const }) },
  {
    weight: 2,
    arbitrary: fc.integer({ min: 0, max: K - 1 }).map((value) => ({ kind: 'small' as const, value })),
  },
  {
    weight: 5,
    arbitrary: fc.integer({ min: K, max: 4000 }).map((value) => ({ kind: 'count' as const, value })),
  },
);
/** Members × periods, plus whether the region's published total is in the file. */
const gridArb = fc.record({
  members: fc.integer({ min: 2, max: MEMBERS.length }),
  cells: fc.array(fc.array(cellArb, { minLength: PERIODS.length, maxLength: PERIODS.length }), {
    minLength: MEMBERS.length,
    maxLength: MEMBERS.length,
  }),
  withTotal: fc.boolean(),
});
type Grid = { members: number; cells: Cell[][]; withTotal: boolean };

/** The true value of every cell: a source-suppressed cell hides a small confidential count. */
const truth = (c: Cell): number => (c.kind === 'suppressed' ? 3 : c.value);
/** What the file says: the sentinel stands behind every source-suppressed cell. */
const wire = (c: Cell): number => (c.kind === 'suppressed' ? SENTINEL : c.value);

function rows(g: Grid): { area: string; period: string; value: number; suppressed: boolean }[] {
  const members = MEMBERS.slice(0, g.members);
  const out = members.flatMap((area, i) =>
    PERIODS.map((period, j) => {
      const c = g.cells[i]?.[j] ?? { kind: 'count', value: 10 };
      return { area, period, value: wire(c), suppressed: c.kind === 'suppressed' };
    }),
  );
  // The region's published total includes the confidential counts.
  if (g.withTotal)
    for (const [j, period] of PERIODS.entries())
      out.push({
        area: TOTAL,
        period,
        value: members.reduce((s, _, i) => s + truth(g.cells[i]?.[j] ?? { kind: 'count', value: 10 }), 0),
        suppressed: false,
      });
  return out;
}

const INDICATOR = {
  id: 'unemployed',
  label: { fi: 'Työttömät', sv: 'Arbetslösa', en: 'Unemployed' },
  unit: 'count',
  decimals: 0,
  direction: 'lower-is-better',
  frequency: 'month',
  category: 'effectiveness',
  synthetic: true,
  suppressBelow: K,
} as const;

const AREAS = [
  { code: TOTAL, level: 'region', label: { fi: 'Pirkanmaa' } },
  ...MEMBERS.map((code) => ({ code, level: 'municipality', label: { fi: `Kunta ${code.slice(2)}` } })),
];

/** The grid as a `mittari/1` document; suppressed cells carry the sentinel on the wire. */
function mittariDoc(g: Grid): unknown {
  return {
    format: 'mittari/1',
    meta: { title: { fi: 'Synteettinen' }, sources: [{ name: 'synthetic' }] },
    indicators: [INDICATOR],
    areas: AREAS,
    memberships: [{ level: 'region', year: 2024, members: { [TOTAL]: MEMBERS.slice(0, g.members) } }],
    observations: rows(g).map((r) => ({
      indicator: 'unemployed',
      area: r.area,
      period: r.period,
      value: r.value,
      status: r.suppressed ? 'suppressed' : 'final',
    })),
  };
}

/** The grid as tidy CSV with a status column (the sentinel in the value column of suppressed rows). */
function csvDoc(g: Grid): unknown {
  const text = [
    'alue;kuukausi;arvo;tila',
    ...rows(g).map(
      (r) =>
        `${r.area};${r.period.replace('-', 'M')};${String(r.value).replace('.', ',')};${r.suppressed ? 'suppressed' : ''}`,
    ),
  ].join('\n');
  const doc = readCsv(text, {
    columns: { area: 'alue', period: 'kuukausi', value: 'arvo', status: 'tila' },
    indicator: { id: 'unemployed', unit: 'count', suppressBelow: K },
  }) as unknown as Record<string, unknown>;
  return {
    ...doc,
    memberships: [{ level: 'region', year: 2024, members: { [TOTAL]: MEMBERS.slice(0, g.members) } }],
  };
}

/** The grid as JSON-stat 2.0, suppressed cells marked with StatFin's `...` status symbol. */
function jsonStatDoc(g: Grid): unknown {
  const rs = rows(g);
  const areas = [...new Set(rs.map((r) => r.area))];
  const value: (number | null)[] = [];
  const status: Record<string, string> = {};
  areas.forEach((a) =>
    PERIODS.forEach((p) => {
      const r = rs.find((x) => x.area === a && x.period === p);
      if (r?.suppressed) status[String(value.length)] = '...';
      value.push(r ? r.value : null);
    }),
  );
  const { document } = readJsonStat(
    {
      version: '2.0',
      class: 'dataset',
      label: 'Synteettinen',
      id: ['Alue', 'Kuukausi'],
      size: [areas.length, PERIODS.length],
      role: { geo: ['Alue'], time: ['Kuukausi'] },
      dimension: {
        Alue: { label: 'Alue', category: { index: areas } },
        Kuukausi: { label: 'Kuukausi', category: { index: PERIODS.map((p) => p.replace('-', 'M')) } },
      },
      value,
      status,
    },
    { indicator: { id: 'unemployed', unit: 'count', suppressBelow: K } },
  );
  return {
    ...(document as unknown as Record<string, unknown>),
    memberships: [{ level: 'region', year: 2024, members: { [TOTAL]: MEMBERS.slice(0, g.members) } }],
  };
}

/** Fails on any sign of the sentinel in a piece of output (as a number or as Finnish/English text). */
function assertNoSentinel(output: unknown, where: string): void {
  const text = typeof output === 'string' ? output : JSON.stringify(output);
  // The sentinel as a number of its own (not digits inside another number, e.g. a ratio 0.36987654…).
  expect(text, where).not.toMatch(/(?<![\d.,])987[\s\u00a0\u202f,.]?654/);
}

/** Every observation of the parsed dataset. */
const allObs = (ds: Dataset): Observation[] => ds.observations.select({ indicator: 'unemployed' });

/** Checks every core output for one parsed dataset built from `g`. */
function checkCore(ds: Dataset, g: Grid, format: string): void {
  const obs = allObs(ds);
  expect(obs.length, format).toBeGreaterThan(0);
  const members = MEMBERS.slice(0, g.members);
  // 1. The store: no sentinel, no small count, suppressed cells hold no number.
  assertNoSentinel(obs, `${format}: store`);
  for (const o of obs) {
    if (o.status === 'suppressed') expect(o.value, `${format}: ${o.area} ${o.period}`).toBeNull();
    if (o.value !== null)
      expect(o.value, `${format}: small count ${o.area} ${o.period}`).toBeGreaterThanOrEqual(K);
  }
  // Every cell the source suppressed or that was under k stays suppressed.
  for (const [i, area] of members.entries())
    for (const [j, period] of PERIODS.entries()) {
      const kind = g.cells[i]?.[j]?.kind;
      if (kind === 'suppressed' || kind === 'small')
        expect(
          obs.find((o) => o.area === area && o.period === period)?.status,
          `${format}: ${area} ${period}`,
        ).toBe('suppressed');
    }
  // 2. Not recoverable by differencing: with the total published, never exactly one member hidden.
  for (const period of PERIODS) {
    const total = obs.find((o) => o.area === TOTAL && o.period === period);
    if (!total || total.value === null) continue;
    const hidden = members.filter(
      (a) => obs.find((o) => o.area === a && o.period === period)?.status === 'suppressed',
    );
    expect(hidden.length, `${format}: ${period} total − others reveals ${hidden.join()}`).not.toBe(1);
  }
  // 3. Computations: aggregate, ratio, rank, trends, descriptions.
  for (const period of PERIODS) {
    const values = members.map((area) => {
      const o = obs.find((x) => x.area === area && x.period === period);
      return { area, value: o?.value ?? null, status: o?.status ?? 'missing' };
    });
    const agg = aggregate({ values, membership: { [TOTAL]: members }, method: 'sum' });
    assertNoSentinel(agg, `${format}: aggregate`);
    if (values.some((v) => v.status === 'suppressed'))
      expect(agg[0]?.value ?? null, `${format}: aggregate over a suppressed member`).toBeNull();
    const total = obs.find((o) => o.area === TOTAL && o.period === period);
    for (const v of values) {
      const r = ratio(v, total ?? null);
      assertNoSentinel(r, `${format}: ratio`);
      if (v.status === 'suppressed') expect(r.value).toBeNull();
    }
    const ranked = rankAreas(values, 'lower-is-better');
    assertNoSentinel(ranked, `${format}: rank`);
    for (const r of ranked) if (r.status === 'suppressed') expect(r.rank).toBeNull();
  }
  for (const area of [...members, TOTAL]) {
    const series = obs
      .filter((o) => o.area === area)
      .map((o) => ({ period: o.period, value: o.value, status: o.status }));
    if (series.length === 0) continue;
    const rolled = rollingMean(series, 2, { unit: 'count' });
    assertNoSentinel(rolled, `${format}: rolling mean`);
    for (const [i, p] of rolled.entries())
      if (series[i]?.status === 'suppressed' || series[i - 1]?.status === 'suppressed')
        expect(p.value, `${format}: rolling mean over suppressed`).toBeNull();
    const last = series[series.length - 1];
    const change = last ? previousPeriodChange(series, last.period, { unit: 'count' }) : undefined;
    assertNoSentinel(change, `${format}: change`);
    for (const locale of ['fi', 'sv', 'en'] as const)
      for (const o of series) {
        const text = describeObservation({
          indicator: INDICATOR,
          area: area,
          observation: o,
          locale,
          form: 'screen-reader',
          ...(change ? { change } : {}),
        });
        assertNoSentinel(text, `${format}: describe`);
        if (o.status === 'suppressed') expect(text).toMatch(/salattu|sekretessbelagd|suppressed/);
      }
  }
}

describe('suppressed cells never reach any output of core, in any adapter format', () => {
  it.each([
    ['mittari', mittariDoc],
    ['csv', csvDoc],
    ['json-stat', jsonStatDoc],
  ] as const)('%s', (format, build) => {
    fc.assert(
      fc.property(gridArb, (g) => {
        const doc = build(g);
        const parsed = parseDataset(doc);
        if (!parsed.success) throw new Error(`${format}: ${JSON.stringify(parsed.error).slice(0, 300)}`);
        checkCore(parsed.data, g, format);
      }),
      { numRuns: 150 },
    );
  });
});
