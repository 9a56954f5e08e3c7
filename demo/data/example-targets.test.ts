import { describe, expect, it } from 'vitest';
import { annualMeans, exampleTargets } from './example-targets.js';

const year = (y: number, values: (number | null)[]): [string, number | null][] =>
  values.map((v, i) => [`${y}-${String(i + 1).padStart(2, '0')}`, v]);

describe('example targets', () => {
  it('averages only complete years, so a partial year never sets a target', () => {
    const series = new Map([
      ...year(2020, Array<number>(12).fill(10)),
      ...year(2021, [...Array<number>(11).fill(8), null]),
    ]);
    expect([...annualMeans(series)]).toEqual([[2020, 10]]);
  });

  it('targets the mean of three years earlier minus one point, rounded, over the whole year', () => {
    const series = new Map(year(2021, [9, 9, 9, 9, 9, 9, 10, 10, 10, 10, 10, 11]));
    const [t] = exampleTargets('unemployed-share', 'TA39', series, [2024]);
    expect(t).toMatchObject({ area: 'TA39', period: '2024-01', to: '2024-12', value: 8.6, example: true });
    expect(t?.setBy.fi).toContain('Esimerkkitavoite');
  });

  it('gives no target without a base year and never a negative one', () => {
    const series = new Map(year(2021, Array<number>(12).fill(0.4)));
    expect(exampleTargets('unemployed-share', 'KU766', series, [2023, 2024])).toEqual([
      expect.objectContaining({ period: '2024-01', value: 0 }),
    ]);
  });
});
