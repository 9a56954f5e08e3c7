import type { Label } from './classifications.js';

/** How many years back the example target looks. */
export const TARGET_LAG_YEARS = 3;
/** How much below that year's mean the example target is set, in percentage points. */
export const TARGET_CUT_POINTS = 1;
/** The band around an example target that still counts as near it, in percentage points. */
export const TARGET_TOLERANCE_POINTS = 0.5;

/** An illustrative target as the dataset format writes it (decision 0002). */
export interface ExampleTarget {
  readonly indicator: string;
  readonly area: string;
  readonly period: string;
  readonly to: string;
  readonly value: number;
  readonly tolerance: { readonly kind: 'absolute'; readonly value: number };
  readonly setBy: Label;
  readonly example: true;
}

/** Who set the example targets: nobody. Said on every target, in three languages. */
export const EXAMPLE_TARGET_LABEL: Label = {
  fi: `Esimerkkitavoite (ei viranomaisen asettama): alueen oma vuosikeskiarvo ${TARGET_LAG_YEARS} vuotta aiemmin miinus ${TARGET_CUT_POINTS} prosenttiyksikkö`,
  sv: `Exempelmål (inte fastställt av någon myndighet): områdets eget årsmedelvärde ${TARGET_LAG_YEARS} år tidigare minus ${TARGET_CUT_POINTS} procentenhet`,
  en: `Example target (set by no authority): the area's own annual mean ${TARGET_LAG_YEARS} years earlier minus ${TARGET_CUT_POINTS} percentage point`,
};

/**
 * The annual mean of a monthly series, for years with all twelve months; a year with a
 * missing month gets no mean (a partial mean would bias the target toward the months seen).
 */
export function annualMeans(series: ReadonlyMap<string, number | null>): Map<number, number> {
  const sums = new Map<number, { sum: number; n: number }>();
  for (const [period, value] of series) {
    if (value === null) continue;
    const year = Number(period.slice(0, 4));
    const s = sums.get(year) ?? { sum: 0, n: 0 };
    s.sum += value;
    s.n += 1;
    sums.set(year, s);
  }
  const out = new Map<number, number>();
  for (const [year, s] of sums) if (s.n === 12) out.set(year, s.sum / s.n);
  return out;
}

/**
 * Example targets for one area's unemployed share: for each year Y in `years` whose year
 * Y − 3 has a full annual mean, the target for Y-01 … Y-12 is that mean minus one percentage
 * point (never below zero), rounded to one decimal, with a ±0.5 point tolerance band.
 *
 * @example
 * ```ts
 * exampleTargets('unemployed-share', 'TA39', monthly, [2024, 2025]);
 * // [{ period: '2024-01', to: '2024-12', value: <mean of 2021> − 1, example: true, … }, …]
 * ```
 */
export function exampleTargets(
  indicator: string,
  area: string,
  series: ReadonlyMap<string, number | null>,
  years: readonly number[],
): ExampleTarget[] {
  const means = annualMeans(series);
  const out: ExampleTarget[] = [];
  for (const year of years) {
    const base = means.get(year - TARGET_LAG_YEARS);
    if (base === undefined) continue;
    out.push({
      indicator,
      area,
      period: `${year}-01`,
      to: `${year}-12`,
      value: Math.max(0, Math.round((base - TARGET_CUT_POINTS) * 10) / 10),
      tolerance: { kind: 'absolute', value: TARGET_TOLERANCE_POINTS },
      setBy: EXAMPLE_TARGET_LABEL,
      example: true,
    });
  }
  return out;
}
