import type { ObservationStatus, Unit } from './schemas/primitives.js';
import type { Membership } from './schemas/area.js';
import type { ObservationStore } from './store.js';
import { periodYear } from './period.js';

/** The documented default small-count threshold k: counts below 5 are suppressed (decision 0100). */
export const DEFAULT_SUPPRESS_BELOW = 5;

/** Whether values of a unit are counts of people or things, the only ones small-count rules apply to by default. */
export function isCountUnit(unit: Unit): boolean {
  return unit === 'count' || unit === 'persons';
}

/** A value with its status, as small-count suppression reads and writes it. */
export interface Cell {
  readonly value: number | null;
  readonly status: ObservationStatus;
}

/** Options of {@link suppressSmallCounts}. */
export interface SuppressOptions {
  /** Threshold k: values below it are suppressed. Default {@link DEFAULT_SUPPRESS_BELOW}. */
  readonly k?: number;
  /**
   * The cells are the members of a published total (e.g. the municipalities of a region whose
   * own value is shown). Then one suppressed cell alone could be worked out as the total minus
   * the others, so the smallest other cell is suppressed too (secondary suppression).
   */
  readonly additive?: boolean;
}

/**
 * Suppresses small counts: every value below `k` becomes `suppressed` with no value; with
 * `additive`, secondary suppression makes sure no suppressed cell is the only unknown of its
 * group. Returns new cells; the input is not changed.
 *
 * @example
 * ```ts
 * suppressSmallCounts(
 *   [{ value: 3, status: 'final' }, { value: 40, status: 'final' }, { value: 12, status: 'final' }],
 *   { k: 5, additive: true },
 * ).map((c) => c.status); // ["suppressed", "final", "suppressed"]
 * ```
 */
export function suppressSmallCounts(cells: readonly Cell[], options: SuppressOptions = {}): Cell[] {
  const k = options.k ?? DEFAULT_SUPPRESS_BELOW;
  const out: Cell[] = cells.map((c) =>
    c.status === 'suppressed' || (c.value !== null && c.value < k)
      ? { value: null, status: 'suppressed' }
      : c,
  );
  if (options.additive) {
    const i = secondaryCell(out);
    if (i !== undefined) out[i] = { value: null, status: 'suppressed' };
  }
  return out;
}

/**
 * When exactly one cell of an additive group is suppressed, the index of the smallest cell with
 * a value, to suppress as well; otherwise `undefined`.
 */
export function secondaryCell(cells: readonly Cell[]): number | undefined {
  let suppressed = 0;
  let smallest: number | undefined;
  cells.forEach((c, i) => {
    if (c.status === 'suppressed') suppressed++;
    else if (c.value !== null && (smallest === undefined || c.value < (cells[smallest]?.value ?? Infinity)))
      smallest = i;
  });
  return suppressed === 1 ? smallest : undefined;
}

/**
 * Applies secondary suppression to a store in place: for every larger area whose own value is
 * present, if exactly one of its members is suppressed, the smallest other member is suppressed
 * too. Repeats until stable, since one area can belong to several tables (region, employment
 * area). Membership tables are matched to periods by year (the latest table not after it).
 */
export function applySecondarySuppression(
  store: ObservationStore,
  indicator: string,
  memberships: readonly Membership[],
): number {
  const periods = store.periods(indicator);
  let changed = 0;
  for (let pass = 0; pass < 10; pass++) {
    let changedThisPass = 0;
    for (const period of periods) {
      const year = periodYear(period) ?? 0;
      for (const table of tablesFor(memberships, year)) {
        for (const [parent, members] of Object.entries(table.members)) {
          const total = store.get(indicator, parent, period);
          if (!total || total.value === null) continue;
          const cells = members.map(
            (m) => store.get(indicator, m, period) ?? { value: null, status: 'missing' as const },
          );
          const i = secondaryCell(cells);
          const member = i === undefined ? undefined : members[i];
          if (member !== undefined && store._set(indicator, member, period, Number.NaN, 'suppressed'))
            changedThisPass++;
        }
      }
    }
    changed += changedThisPass;
    if (changedThisPass === 0) break;
  }
  return changed;
}

/** For each level, the membership table of the latest year not after `year` (or the earliest one). */
function tablesFor(memberships: readonly Membership[], year: number): Membership[] {
  const byLevel = new Map<string, Membership>();
  for (const m of memberships) {
    const best = byLevel.get(m.level);
    const better =
      !best ||
      (m.year <= year && (best.year > year || m.year > best.year)) ||
      (m.year > year && best.year > year && m.year < best.year);
    if (better) byLevel.set(m.level, m);
  }
  return [...byLevel.values()];
}
