import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseDataset } from './parse.js';
import { OBSERVATION_STATUSES } from './schemas/primitives.js';

const schema = JSON.parse(
  readFileSync(new URL('../../../docs/schema/mittari-dataset-1.schema.json', import.meta.url), 'utf8'),
) as object;
const validate = new Ajv2020({ strict: false }).compile(schema);

const AREAS = ['KU091', 'KU049', 'MK06', 'TA13', 'SSS'];
const PERIODS = ['2024-11', '2024M12', '2025-01', '2025-Q1', '2025', '2025-02-14'];
const canonical = (p: string) => (p === '2024M12' ? '2024-12' : p);

const row = fc.record({
  indicator: fc.integer({ min: 0, max: 1 }),
  area: fc.integer({ min: 0, max: AREAS.length - 1 }),
  period: fc.integer({ min: 0, max: PERIODS.length - 1 }),
  value: fc.option(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { nil: null }),
  status: fc.integer({ min: 0, max: 4 }),
});

function document(
  rows: { indicator: number; area: number; period: number; value: number | null; status: number }[],
) {
  const indicator = (id: string) => ({
    id,
    label: { fi: id },
    unit: 'count',
    direction: 'neutral',
    frequency: 'month',
    category: 'activity',
  });
  const level = { K: 'municipality', M: 'region', T: 'employment-area', S: 'country' } as const;
  return {
    format: 'mittari/1',
    meta: { title: { fi: 'Satunnainen testiaineisto' }, synthetic: true },
    indicators: [indicator('a'), indicator('b')],
    areas: AREAS.map((code) => ({ code, level: level[code[0] as keyof typeof level], label: { fi: code } })),
    observations: {
      indicators: ['a', 'b'],
      areas: AREAS,
      periods: PERIODS,
      indicator: rows.map((r) => r.indicator),
      area: rows.map((r) => r.area),
      period: rows.map((r) => r.period),
      value: rows.map((r) => r.value),
      status: rows.map((r) => r.status),
    },
  };
}

describe('parseDataset round trip', () => {
  it('gives back every value and status written, column-wise and row-wise alike, and the schema agrees', () => {
    const rows = fc.uniqueArray(row, {
      selector: (r) => `${r.indicator}|${r.area}|${r.period}`,
      maxLength: 60,
    });
    fc.assert(
      fc.property(rows, (rs) => {
        const doc = document(rs);
        expect(validate(doc)).toBe(true);
        const columns = parseDataset(doc);
        const byRow = parseDataset({
          ...doc,
          observations: rs.map((r) => ({
            indicator: doc.observations.indicators[r.indicator]!,
            area: AREAS[r.area]!,
            period: PERIODS[r.period]!,
            value: r.value,
            status: OBSERVATION_STATUSES[r.status]!,
          })),
        });
        expect(columns.success && byRow.success).toBe(true);
        if (!columns.success || !byRow.success) return;
        expect([...byRow.data.observations]).toEqual([...columns.data.observations]);
        expect(columns.data.observations.size).toBe(rs.length);
        for (const r of rs) {
          const o = columns.data.observations.get(
            ['a', 'b'][r.indicator]!,
            AREAS[r.area]!,
            canonical(PERIODS[r.period]!),
          );
          const hidden = r.status >= 3 || r.value === null;
          expect(o?.value).toBe(hidden ? null : r.value);
          expect(o?.status).toBe(
            hidden ? (r.status === 3 ? 'suppressed' : 'missing') : OBSERVATION_STATUSES[r.status],
          );
        }
      }),
      { numRuns: 150 },
    );
  });
});
