import { describe, expect, it } from 'vitest';
import {
  labourForce2025,
  loadCommitted,
  members,
  regional1001,
  regionCodesByName,
  regionsByYear,
  share12r5,
} from './test-support.js';

const share = share12r5();
const weight = labourForce2025();

/** The weighted mean recomputed from the CSV, with the coverage of the labour-force weight. */
function recompute(area: string, month: string, year: 2025 | 2026): { value: number; coverage: number } {
  let total = 0;
  let covered = 0;
  let acc = 0;
  for (const m of members(area, year)) {
    const w = weight(m, month);
    total += w;
    const v = share.get(m)?.get(month);
    if (v === null || v === undefined) continue;
    covered += w;
    acc += v * w;
  }
  return { value: acc / covered, coverage: covered / total };
}

const MONTHS = ['2007-01', '2012-06', '2016-12', '2020-10', '2020-11', '2023-07', '2025-01'];
const SAMPLES: readonly [file: string, area: string, year: 2025 | 2026][] = [
  ['employment-area.json', 'TA39', 2025], // Tampere region
  ['employment-area.json', 'TA08', 2025], // Helsinki
  ['employment-area.json', 'TA13', 2025], // Keski-Savo: crosses a region border
  ['employment-area.json', 'TA41', 2025], // Turku, 23 municipalities
  ['region.json', 'MK01', 2025],
  ['region.json', 'MK10', 2025], // Etelä-Savo: Pertunmaa merged into Mäntyharju in 2025
  ['wellbeing-county.json', 'HVA90', 2025],
  ['wellbeing-county.json', 'HVA12', 2025],
  ['elinvoimakeskus.json', 'EVK04', 2026],
  ['country.json', 'MA1', 2025],
];

describe('unemployed share aggregated from municipalities', () => {
  for (const [file, area, year] of SAMPLES) {
    it(`${area} equals the labour-force weighted mean of its municipalities' 12r5 shares`, () => {
      const dataset = loadCommitted(file);
      for (const month of MONTHS) {
        const expected = recompute(area, month, year);
        const got = dataset.observations.get('unemployed-share', area, month);
        expect(got?.status, `${area} ${month}`).toBe('estimate');
        expect(got?.value, `${area} ${month}`).toBeCloseTo(expected.value, 1);
        expect(Math.abs((got?.value ?? NaN) - expected.value)).toBeLessThanOrEqual(0.05 + 1e-9);
      }
    });
  }

  it('carries the October 2020 labour force forward as the weight after table 1001 ends', () => {
    // With the weights frozen, a month after 2020-10 is a fixed linear combination of the
    // municipal shares: recompute 2024-06 for Tampere's employment area with 2020-10 weights.
    const codes = members('TA39', 2025);
    let acc = 0;
    let total = 0;
    for (const m of codes) {
      const w = weight(m, '2020-10');
      acc += (share.get(m)?.get('2024-06') ?? NaN) * w;
      total += w;
    }
    const got = loadCommitted('employment-area.json').observations.get('unemployed-share', 'TA39', '2024-06');
    expect(got?.value).toBeCloseTo(acc / total, 1);
  });

  it("matches the regions' own published 1001 ratio wherever the region's municipalities did not change (2007-01 … 2020-10)", () => {
    // Table 1001 publishes regional counts on the 2020 division; where a region had the same
    // municipalities in 2020 and 2025, aggregating the rounded municipal shares must land
    // within rounding (0.05 in, 0.05 out) of unemployed / labour force.
    const y2020 = regionsByYear(2020);
    const y2025 = regionsByYear(2025);
    const codeOf = regionCodesByName();
    const dataset = loadCommitted('region.json');
    let compared = 0;
    for (const [name, months] of regional1001()) {
      const code = codeOf.get(name);
      if (code === undefined) throw new Error(`unknown region ${name}`);
      const before = (y2020.get(code) ?? []).map((m) =>
        m === 'KU099' ? 'KU214' : m === 'KU588' ? 'KU507' : m,
      );
      if ([...new Set(before)].sort().join() !== (y2025.get(code) ?? []).join()) continue;
      for (const [month, [unemployed, labourForce]] of months) {
        if (month < '2007-01') continue;
        const got = dataset.observations.get('unemployed-share', code, month);
        // Åland's partial months are estimates from fewer municipalities (coverage note).
        if (got?.value === null || got?.value === undefined || got.note !== undefined) continue;
        expect(
          Math.abs(got.value - (100 * unemployed) / labourForce),
          `${code} ${month}`,
        ).toBeLessThanOrEqual(0.1);
        compared++;
      }
    }
    // Nine mainland regions kept their municipalities (Heinävesi, Iitti, Isokyrö, Joroinen and
    // Kuhmoinen changed region in 2021), 166 months each, plus Åland's fully covered months.
    expect(compared).toBeGreaterThanOrEqual(9 * 166);
  });
});
