import { aggregate, type Aggregated, type Cell } from '../../packages/core/src/index.js';

/** How to aggregate: a weighted mean of shares or a sum of counts. */
export type AggregateMethod = 'weighted-mean' | 'sum';

/** One aggregated area in one period, as the dataset writes it. */
export interface AggregateCell {
  readonly area: string;
  readonly value: number | null;
  readonly status: 'final' | 'estimate' | 'suppressed' | 'missing';
  /** 0–1, the share of the members' weight with a value; `null` where core could not tell. */
  readonly coverage: number | null;
}

/**
 * Aggregates one period of municipal values to larger areas with core's `aggregate` (the one
 * implementation for the whole product). A weighted mean is always written as an `estimate`:
 * its weights come from a stated rule, not from the source's own denominator (decision 0302).
 * A sum keeps core's status: `final` when every member is present, `estimate` below that.
 *
 * @example
 * ```ts
 * aggregatePeriod({ TA01: ['KU049', 'KU235'] }, shares, labourForce, 'weighted-mean', 0.9);
 * // [{ area: 'TA01', value: 8.9, status: 'estimate', coverage: 1 }]
 * ```
 */
export function aggregatePeriod(
  membership: Readonly<Record<string, readonly string[]>>,
  values: ReadonlyMap<string, Cell>,
  weights: ReadonlyMap<string, Cell> | undefined,
  method: AggregateMethod,
  minCoverage: number,
): AggregateCell[] {
  const result: Aggregated[] = aggregate({
    values,
    membership,
    method,
    minCoverage,
    ...(weights ? { weights } : {}),
  });
  return result.map((r) => {
    const status =
      r.status === 'suppressed' || r.status === 'missing' || r.value === null
        ? r.status === 'suppressed'
          ? 'suppressed'
          : 'missing'
        : method === 'weighted-mean'
          ? 'estimate'
          : r.status === 'final'
            ? 'final'
            : 'estimate';
    return {
      area: r.area,
      value: status === 'suppressed' || status === 'missing' ? null : r.value,
      status,
      coverage: r.coverage,
    };
  });
}
