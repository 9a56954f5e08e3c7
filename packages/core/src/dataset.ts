import type { DatasetMeta } from './schemas/dataset.js';
import type { Indicator } from './schemas/indicator.js';
import type { Area, Membership } from './schemas/area.js';
import type { Target } from './schemas/target.js';
import type { Annotation } from './schemas/annotation.js';
import type { ObservationStore } from './store.js';

/**
 * A validated dataset in memory: what {@link parseDataset} returns. Periods in targets and
 * annotations are canonical; suppressed values are gone; observations sit in an indexed
 * {@link ObservationStore}.
 */
export interface Dataset {
  readonly meta: DatasetMeta;
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly areas: ReadonlyMap<string, Area>;
  readonly memberships: readonly Membership[];
  readonly targets: readonly Target[];
  readonly annotations: readonly Annotation[];
  readonly observations: ObservationStore;
}

/**
 * The members of a larger area in the membership table of its level for a year (the latest
 * table not after it, else the earliest); empty when unknown.
 *
 * @example
 * ```ts
 * membersOf(dataset.memberships, 'TA01', 2025); // ["KU049", "KU235"]
 * ```
 */
export function membersOf(memberships: readonly Membership[], area: string, year: number): string[] {
  let best: Membership | undefined;
  for (const m of memberships) {
    if (!(area in m.members)) continue;
    const better =
      !best ||
      (m.year <= year && (best.year > year || m.year > best.year)) ||
      (m.year > year && best.year > year && m.year < best.year);
    if (better) best = m;
  }
  return best ? [...(best.members[area] ?? [])] : [];
}
