import type { Membership } from './schemas/area.js';
import type { ObservationStatus } from './schemas/primitives.js';
import type { Cell } from './suppression.js';
import { combineStatus, hasValue } from './cell.js';
import type { AreaValue } from './compare.js';

/** Input of {@link aggregate}. */
export interface AggregateInput {
  /** Values of member areas (one indicator, one period). */
  readonly values: Iterable<AreaValue> | ReadonlyMap<string, Cell>;
  /** Which members make up which larger area: a {@link Membership} table or its `members`. */
  readonly membership: Pick<Membership, 'members'> | Readonly<Record<string, readonly string[]>>;
  /** `sum` (counts, euros) or `weighted-mean` (rates, shares) weighted by `weights`. */
  readonly method: 'sum' | 'weighted-mean';
  /**
   * Member weights (e.g. labour force for an unemployment share). Required for
   * `weighted-mean`; for `sum` they only weigh coverage (each member counts 1 without them).
   * A member without a known weight makes its aggregate `missing`: its share of the total,
   * and so the coverage, cannot be known.
   */
  readonly weights?: Iterable<AreaValue> | ReadonlyMap<string, Cell>;
  /** Lowest coverage (0–1) at which an aggregate is still given, as an `estimate`. Default 1. */
  readonly minCoverage?: number;
}

/** One aggregated area. */
export interface Aggregated extends AreaValue {
  /** The share of the total weight whose members have values (1 = all). */
  readonly coverage: number | null;
  readonly members: number;
  readonly membersWithValue: number;
}

function toMap(values: Iterable<AreaValue> | ReadonlyMap<string, Cell>): ReadonlyMap<string, Cell> {
  if (values instanceof Map) return values as ReadonlyMap<string, Cell>;
  const m = new Map<string, Cell>();
  for (const v of values as Iterable<AreaValue>) m.set(v.area, v);
  return m;
}

/**
 * Aggregates member areas to larger areas by a membership table: a sum, or a mean weighted by
 * a second indicator. **Coverage** is the share of the total weight whose members have values.
 * Below `minCoverage` (default 1) the aggregate is `missing`; at or above it but below 1 it is
 * computed from the members present and marked `estimate`. If any member (or weight) is
 * suppressed, the aggregate is suppressed too: together with the other members it would give
 * the suppressed value away.
 *
 * @example
 * ```ts
 * aggregate({
 *   values: [{ area: 'KU049', value: 12000, status: 'final' }, { area: 'KU235', value: null, status: 'missing' }],
 *   weights: [{ area: 'KU049', value: 160000, status: 'final' }, { area: 'KU235', value: 5000, status: 'final' }],
 *   membership: { TA01: ['KU049', 'KU235'] },
 *   method: 'sum',
 *   minCoverage: 0.9,
 * });
 * // [{ area: 'TA01', value: 12000, status: 'estimate', coverage: 0.97, members: 2, membersWithValue: 1 }]
 * ```
 */
export function aggregate(input: AggregateInput): Aggregated[] {
  const values = toMap(input.values);
  const weights = input.weights ? toMap(input.weights) : undefined;
  const minCoverage = input.minCoverage ?? 1;
  const table = (
    'members' in input.membership &&
    typeof input.membership.members === 'object' &&
    !Array.isArray(input.membership.members)
      ? input.membership.members
      : input.membership
  ) as Readonly<Record<string, readonly string[]>>;
  const out: Aggregated[] = [];
  for (const [area, members] of Object.entries(table)) {
    out.push(aggregateOne(area, members, values, weights, input.method, minCoverage));
  }
  return out;
}

function aggregateOne(
  area: string,
  members: readonly string[],
  values: ReadonlyMap<string, Cell>,
  weights: ReadonlyMap<string, Cell> | undefined,
  method: AggregateInput['method'],
  minCoverage: number,
): Aggregated {
  const base = { area, members: members.length };
  const statuses: ObservationStatus[] = [];
  let totalWeight = 0;
  let coveredWeight = 0;
  let sum = 0;
  let weightedSum = 0;
  let withValue = 0;
  let weightUnknown = false;
  for (const m of members) {
    const v = values.get(m);
    const w = weights?.get(m);
    if (v?.status === 'suppressed' || w?.status === 'suppressed') {
      return { ...base, value: null, status: 'suppressed', coverage: null, membersWithValue: 0 };
    }
    let weight = 1;
    if (weights) {
      if (!hasValue(w) || w.value < 0) weightUnknown = true;
      else weight = w.value;
    }
    totalWeight += weight;
    if (hasValue(v)) {
      statuses.push(v.status);
      withValue++;
      coveredWeight += weight;
      sum += v.value;
      weightedSum += v.value * weight;
    }
  }
  if (
    (method === 'weighted-mean' && (!weights || weightUnknown)) ||
    (weights && weightUnknown) ||
    members.length === 0 ||
    totalWeight <= 0
  ) {
    return { ...base, value: null, status: 'missing', coverage: null, membersWithValue: withValue };
  }
  const coverage = coveredWeight / totalWeight;
  if (withValue === 0 || coverage < minCoverage) {
    return { ...base, value: null, status: 'missing', coverage, membersWithValue: withValue };
  }
  const value = method === 'sum' ? sum : coveredWeight > 0 ? weightedSum / coveredWeight : Number.NaN;
  if (!Number.isFinite(value))
    return { ...base, value: null, status: 'missing', coverage, membersWithValue: withValue };
  const status = coverage < 1 ? combineStatus(['estimate', ...statuses]) : combineStatus(statuses);
  return { ...base, value, status, coverage, membersWithValue: withValue };
}
