import { municipalityCodeOf2020Name, successor2025 } from './classifications.js';
import type { Month, NamedCounts1001 } from './sources.js';

/** The counts of table 1001 that this dataset uses. */
export type CountField = 'unemployed' | 'labourForce' | 'openVacancies';

/** A series per 2025 municipality: month → value, `null` where a source cell was suppressed. */
export type MunicipalSeries = Map<string, Map<Month, number | null>>;

/**
 * Moves one count of table 1001 (published under 2020 municipality names) onto the 2025
 * municipal division: names → 2020 codes → the 2025 municipality they are part of, summing
 * merged municipalities (Honkajoki into Kankaanpää, Pertunmaa into Mäntyharju). A merged
 * value is `null` when any part was suppressed, so a suppressed cell can never be worked
 * out by subtraction.
 *
 * @example
 * ```ts
 * const lf = toDivision2025(readMunicipal1001(), 'labourForce');
 * lf.get('KU214')?.get('2020-10'); // Kankaanpää + Honkajoki
 * ```
 */
export function toDivision2025(rows: readonly NamedCounts1001[], field: CountField): MunicipalSeries {
  const codeOf = municipalityCodeOf2020Name();
  const out: MunicipalSeries = new Map();
  for (const row of rows) {
    const code = successor2025(codeOf(row.name));
    const series = out.get(code) ?? new Map<Month, number | null>();
    out.set(code, series);
    const value = row[field];
    if (!series.has(row.period)) series.set(row.period, value);
    else {
      const before = series.get(row.period) ?? null;
      series.set(row.period, before === null || value === null ? null : before + value);
    }
  }
  return out;
}

/**
 * The rule that weights a municipality's unemployed share when it is averaged into a larger
 * area: its labour force from table 1001 in the same month (the denominator of the share),
 * and after the last month of table 1001 (2020-10) the labour force of that last month,
 * carried forward. Returns `undefined` where no weight exists (before 2006-01).
 *
 * @example
 * ```ts
 * const weight = labourForceWeights(toDivision2025(readMunicipal1001(), 'labourForce'));
 * weight('KU837', '2025-01'); // Tampere's labour force of 2020-10
 * ```
 */
export function labourForceWeights(
  labourForce: MunicipalSeries,
): (municipality: string, period: Month) => number | undefined {
  const lastMonth = new Map<string, { period: Month; value: number }>();
  for (const [code, series] of labourForce) {
    for (const [period, value] of series) {
      if (value === null) continue;
      const last = lastMonth.get(code);
      if (last === undefined || period > last.period) lastMonth.set(code, { period, value });
    }
  }
  return (municipality, period) => {
    const last = lastMonth.get(municipality);
    if (last === undefined) return undefined;
    if (period > last.period) return last.value;
    return labourForce.get(municipality)?.get(period) ?? undefined;
  };
}
