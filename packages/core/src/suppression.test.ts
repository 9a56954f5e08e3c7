import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { suppressSmallCounts } from './suppression.js';
import { aggregate } from './aggregate.js';
import { compareToReference, rankAreas } from './compare.js';
import { ratio } from './efficiency.js';
import { changeFrom, rollingMean } from './trend.js';
import { attainment } from './attainment.js';
import { parseDataset } from './parse.js';
import { smallDocument } from './__fixtures__/small-dataset.js';

const f = (value: number) => ({ value, status: 'final' as const });

describe('suppressSmallCounts', () => {
  it('suppresses values below k (default 5)', () => {
    expect(suppressSmallCounts([f(4), f(5), f(0)]).map((c) => c.status)).toEqual([
      'suppressed',
      'final',
      'suppressed',
    ]);
    expect(suppressSmallCounts([f(9)], { k: 10 })[0]).toEqual({ value: null, status: 'suppressed' });
  });

  it('adds a secondary cell when one suppressed cell is alone in an additive group', () => {
    const r = suppressSmallCounts([f(3), f(40), f(12)], { additive: true });
    expect(r.map((c) => c.status)).toEqual(['suppressed', 'final', 'suppressed']);
    expect(suppressSmallCounts([f(3), f(2), f(12)], { additive: true }).map((c) => c.status)).toEqual([
      'suppressed',
      'suppressed',
      'final',
    ]);
  });

  it('in any additive group, no suppressed cell is the only unknown', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 2, maxLength: 12 }), (counts) => {
        const out = suppressSmallCounts(counts.map(f), { additive: true });
        const hidden = out.filter((c) => c.status === 'suppressed').length;
        expect(hidden === 0 || hidden >= 2).toBe(true);
        out.forEach((c, i) => {
          if (c.status === 'suppressed') expect(c.value).toBeNull();
          else expect(c.value).toBe(counts[i]);
        });
      }),
    );
  });
});

describe('a suppressed cell cannot be recovered from any output of core', () => {
  // Kauniainen has 3 unemployed in 2025-01: below k = 5. Its region total (TA01) is published.
  const r = parseDataset(smallDocument());
  if (!r.success) throw new Error(r.error.message);
  const store = r.data.observations;
  const cells = store.select({ indicator: 'unemployed', from: '2025-01', to: '2025-01' });
  const secret = 3;
  const total = store.get('unemployed', 'TA01', '2025-01')?.value ?? Number.NaN;

  it('is gone from the store, and total minus the other members no longer gives it', () => {
    expect(JSON.stringify(cells)).not.toMatch(/:3[,}]/);
    const others = cells.filter((c) => c.area !== 'TA01' && c.area !== 'KU235' && c.value !== null);
    expect(total - others.reduce((s, c) => s + (c.value ?? 0), 0)).not.toBe(secret);
  });

  it('aggregates, comparisons, ranks, ratios, changes, means and attainment stay suppressed', () => {
    const outputs: unknown[] = [
      aggregate({ values: cells, membership: r.data.memberships[0]!, method: 'sum', minCoverage: 0 }),
      compareToReference(cells, { reference: 'TA01' }),
      rankAreas(cells, 'lower-is-better'),
      cells.map((c) => ratio(c, total)),
      cells.map((c) => ratio(total, c)),
      changeFrom(store.series('unemployed', 'KU235'), '2025-01', '2024-12'),
      rollingMean(store.series('unemployed', 'KU235'), 1),
      attainment({
        actual: store.get('unemployed', 'KU235', '2025-01'),
        target: 10,
        indicator: { direction: 'lower-is-better', unit: 'persons' },
      }),
    ];
    const agg = outputs[0] as { value: number | null; status: string }[];
    expect(agg[0]).toMatchObject({ value: null, status: 'suppressed' });
    const text = JSON.stringify(outputs);
    // No number in any output equals the secret or total − secret (Espoo, secondary-suppressed).
    const numbers = (text.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    expect(numbers).not.toContain(secret);
    expect(numbers).not.toContain(total - secret);
    expect(numbers).not.toContain(secret / total);
  });
});
