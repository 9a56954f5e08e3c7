import type { Cell } from './suppression.js';
import { cell, combineStatus, hasValue, toCell } from './cell.js';
import type { SeriesPoint } from './trend.js';

/**
 * The ratio of two values times `scale`, e.g. vacancies per unemployed or cost per placement.
 * Suppressed if either side is (a ratio and one side give away the other), missing if either
 * has no value or the denominator is 0; otherwise the weaker status of the two.
 *
 * @example
 * ```ts
 * ratio({ value: 43000, status: 'final' }, { value: 318700, status: 'provisional' });
 * // { value: 0.1349…, status: 'provisional' }
 * ```
 */
export function ratio(numerator: number | null | Cell, denominator: number | null | Cell, scale = 1): Cell {
  const n = toCell(numerator);
  const d = toCell(denominator);
  const status = combineStatus([n.status, d.status]);
  if (status === 'suppressed') return cell(null, 'suppressed');
  if (!hasValue(n) || !hasValue(d) || d.value === 0) return cell(null, 'missing');
  return cell((n.value / d.value) * scale, status);
}

/**
 * {@link ratio} period by period for two series; periods of the numerator without a
 * denominator come out missing.
 *
 * @example
 * ```ts
 * ratioSeries(vacancies, unemployed).map((p) => p.value); // vacancies per unemployed, month by month
 * ```
 */
export function ratioSeries(
  numerator: readonly SeriesPoint[],
  denominator: readonly SeriesPoint[],
  scale = 1,
): SeriesPoint[] {
  const byPeriod = new Map(denominator.map((p) => [p.period, p] as const));
  return numerator.map((p) => ({ period: p.period, ...ratio(p, byPeriod.get(p.period) ?? null, scale) }));
}

/**
 * A value per inhabitant (`per: 1`) or per 1 000 inhabitants (`per: 1000`) given a population.
 *
 * @example
 * ```ts
 * perCapita({ value: 41000, status: 'final' }, { value: 674500, status: 'final' }, 1000).value; // 60.78…
 * ```
 */
export function perCapita(
  value: number | null | Cell,
  population: number | null | Cell,
  per: 1 | 1000 | 100000 = 1,
): Cell {
  return ratio(value, population, per);
}
