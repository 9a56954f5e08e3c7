import type { ObservationStatus } from './schemas/primitives.js';
import { OBSERVATION_STATUSES } from './vocabulary.js';
import type { Observation } from './schemas/observation.js';
import { comparePeriods, type Period } from './period.js';
import { fail, ok, type Result } from './result.js';

/** What to select from an {@link ObservationStore}. `from` and `to` are inclusive. */
export interface ObservationQuery {
  readonly indicator: string;
  /** Areas in the order wanted; all areas with data for the indicator when omitted. */
  readonly areas?: readonly string[];
  readonly from?: Period;
  readonly to?: Period;
}

/**
 * Selected observations as parallel columns (row `i` is `area[i]`, `period[i]`, `value[i]`,
 * `status[i]`), for charts that want typed arrays. `value` holds `NaN` for no value;
 * `status` indexes {@link OBSERVATION_STATUSES}.
 */
export interface ObservationColumns {
  readonly indicator: string;
  readonly area: string[];
  readonly period: string[];
  readonly value: Float64Array;
  readonly status: Uint8Array;
}

/** The raw columns a store is built from; dictionaries must hold canonical, unique strings. */
export interface StoreColumns {
  readonly indicators: readonly string[];
  readonly areas: readonly string[];
  readonly periods: readonly string[];
  readonly indicator: ArrayLike<number>;
  readonly area: ArrayLike<number>;
  readonly period: ArrayLike<number>;
  readonly value: Float64Array;
  readonly status: Uint8Array;
  readonly notes?: ReadonlyMap<number, string>;
}

const STATUS_INDEX: Readonly<Record<ObservationStatus, number>> = {
  final: 0,
  provisional: 1,
  estimate: 2,
  suppressed: 3,
  missing: 4,
};

/** The index of a status in {@link OBSERVATION_STATUSES} (the wire and store encoding). */
export function statusIndex(status: ObservationStatus): number {
  return STATUS_INDEX[status];
}

function statusAt(i: number): ObservationStatus {
  return OBSERVATION_STATUSES[i] ?? 'missing';
}

function indexMap(values: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  values.forEach((v, i) => m.set(v, i));
  return m;
}

/**
 * Observations held column-wise in typed arrays (values as `Float64Array` with `NaN` for no
 * value, statuses as `Uint8Array`, dictionary-coded indicator, area and period), sorted by
 * indicator, area and period and indexed by indicator × area, so that a query touches only the
 * rows it returns. Build one with {@link ObservationStore.fromObservations} or get one from
 * {@link parseDataset}.
 *
 * @example
 * ```ts
 * const store = dataset.observations;
 * store.get('unemployed-share', 'MK06', '2025-01')?.value;  // 10.8
 * store.select({ indicator: 'unemployed-share', areas: ['MK06'], from: '2024-01' });
 * ```
 */
export class ObservationStore {
  readonly #indicators: readonly string[];
  readonly #areas: readonly string[];
  readonly #periods: readonly string[];
  readonly #indicatorIndex: Map<string, number>;
  readonly #areaIndex: Map<string, number>;
  readonly #periodIndex: Map<string, number>;
  readonly #rowIndicator: Uint16Array | Uint32Array;
  readonly #rowArea: Uint32Array;
  readonly #rowPeriod: Uint32Array;
  readonly #value: Float64Array;
  readonly #status: Uint8Array;
  readonly #notes: Map<number, string>;
  /** group key (indicator × areaCount + area) → group number */
  readonly #groups: Map<number, number>;
  /** rows of group g are groupStart[g] … groupStart[g + 1] - 1 */
  readonly #groupStart: Uint32Array;
  readonly #groupArea: Uint32Array;
  /** groups of indicator i are indicatorGroupStart[i] … indicatorGroupStart[i + 1] - 1 */
  readonly #indicatorGroupStart: Uint32Array;

  private constructor(sorted: SortedColumns) {
    this.#indicators = sorted.indicators;
    this.#areas = sorted.areas;
    this.#periods = sorted.periods;
    this.#indicatorIndex = indexMap(sorted.indicators);
    this.#areaIndex = indexMap(sorted.areas);
    this.#periodIndex = indexMap(sorted.periods);
    this.#rowIndicator = sorted.rowIndicator;
    this.#rowArea = sorted.rowArea;
    this.#rowPeriod = sorted.rowPeriod;
    this.#value = sorted.value;
    this.#status = sorted.status;
    this.#notes = sorted.notes;
    this.#groups = sorted.groups;
    this.#groupStart = sorted.groupStart;
    this.#groupArea = sorted.groupArea;
    this.#indicatorGroupStart = sorted.indicatorGroupStart;
  }

  /**
   * Builds a store from raw columns, sorting and indexing them. Fails on a repeated
   * indicator × area × period. Core's own parsers call this after validation; it checks
   * only index ranges and duplicates.
   */
  static fromColumns(columns: StoreColumns): Result<ObservationStore> {
    const sorted = sortColumns(columns);
    return sorted.success ? ok(new ObservationStore(sorted.data)) : sorted;
  }

  /**
   * Builds a store from observation objects (e.g. from a JSON-stat or CSV adapter). Values of
   * `suppressed` and `missing` observations are dropped, whatever they were.
   *
   * @example
   * ```ts
   * const r = ObservationStore.fromObservations([
   *   { indicator: 'unemployed', area: 'KU091', period: '2025-01', value: 41000, status: 'final' },
   * ]);
   * if (r.success) r.data.size; // 1
   * ```
   */
  static fromObservations(rows: Iterable<Observation>): Result<ObservationStore> {
    const dict = (m: Map<string, number>, k: string): number => {
      let i = m.get(k);
      if (i === undefined) m.set(k, (i = m.size));
      return i;
    };
    const ind = new Map<string, number>();
    const area = new Map<string, number>();
    const period = new Map<string, number>();
    const ci: number[] = [];
    const ca: number[] = [];
    const cp: number[] = [];
    const values: number[] = [];
    const statuses: number[] = [];
    const notes = new Map<number, string>();
    for (const o of rows) {
      const s = statusIndex(o.status) ?? STATUS_INDEX.missing;
      const hasValue = s < STATUS_INDEX.suppressed && o.value !== null && Number.isFinite(o.value);
      if (o.note !== undefined) notes.set(ci.length, o.note);
      ci.push(dict(ind, o.indicator));
      ca.push(dict(area, o.area));
      cp.push(dict(period, o.period));
      values.push(hasValue ? (o.value as number) : Number.NaN);
      statuses.push(hasValue || s >= STATUS_INDEX.suppressed ? s : STATUS_INDEX.missing);
    }
    return ObservationStore.fromColumns({
      indicators: [...ind.keys()],
      areas: [...area.keys()],
      periods: [...period.keys()],
      indicator: ci,
      area: ca,
      period: cp,
      value: Float64Array.from(values),
      status: Uint8Array.from(statuses),
      notes,
    });
  }

  /** The number of observations. */
  get size(): number {
    return this.#value.length;
  }

  /** Indicator ids that have observations. */
  indicators(): string[] {
    return this.#indicators.filter(
      (_, i) => (this.#indicatorGroupStart[i + 1] ?? 0) > (this.#indicatorGroupStart[i] ?? 0),
    );
  }

  /**
   * The periods with observations of an indicator, in time order.
   *
   * @example
   * ```ts
   * store.periods('unemployed-share'); // ["2024-12", "2025-01"]
   * ```
   */
  periods(indicator: string): Period[] {
    const seen = new Uint8Array(this.#periods.length);
    const [g0, g1] = this.#indicatorGroups(indicator);
    const r0 = this.#groupStart[g0] ?? 0;
    const r1 = this.#groupStart[g1] ?? 0;
    for (let r = r0; r < r1; r++) seen[this.#rowPeriod[r] ?? 0] = 1;
    return this.#periods.filter((_, i) => seen[i] === 1);
  }

  /**
   * The areas with observations of an indicator, in dictionary order (for a parsed dataset:
   * the order in which the dataset declares its areas).
   *
   * @example
   * ```ts
   * store.areas('unemployed-share'); // ["KU091", "MK06", …]
   * ```
   */
  areas(indicator: string): string[] {
    const [g0, g1] = this.#indicatorGroups(indicator);
    const out: string[] = [];
    for (let g = g0; g < g1; g++) out.push(this.#areas[this.#groupArea[g] ?? 0] ?? '');
    return out;
  }

  /**
   * One observation, found by binary search; `undefined` when there is none.
   *
   * @example
   * ```ts
   * store.get('unemployed-share', 'MK06', '2025-01'); // { indicator, area, period, value: 10.8, status: 'final' }
   * ```
   */
  get(indicator: string, area: string, period: Period): Observation | undefined {
    const p = this.#periodIndex.get(period);
    const range = this.#groupRange(indicator, area);
    if (p === undefined || !range) return undefined;
    const r = this.#lowerBound(range[0], range[1], p);
    return r < range[1] && this.#rowPeriod[r] === p ? this.#row(r) : undefined;
  }

  /**
   * The observations of one indicator for some areas in a period range, ordered by area (as
   * asked, or dictionary order: for a parsed dataset, as declared) and then by period.
   *
   * @example
   * ```ts
   * store.select({ indicator: 'unemployed-share', areas: ['MK06', 'SSS'], from: '2024-01', to: '2024-12' });
   * ```
   */
  select(query: ObservationQuery): Observation[] {
    const out: Observation[] = [];
    this.#each(query, (r) => out.push(this.#row(r)));
    return out;
  }

  /**
   * Like {@link ObservationStore.select}, as parallel columns (typed arrays for values and statuses).
   *
   * @example
   * ```ts
   * const { period, value } = store.selectColumns({ indicator: 'unemployed-share', areas: ['MK06'] });
   * ```
   */
  selectColumns(query: ObservationQuery): ObservationColumns {
    const rows: number[] = [];
    this.#each(query, (r) => rows.push(r));
    const value = new Float64Array(rows.length);
    const status = new Uint8Array(rows.length);
    const area: string[] = [];
    const period: string[] = [];
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      value[i] = this.#value[r] ?? Number.NaN;
      status[i] = this.#status[r] ?? STATUS_INDEX.missing;
      area.push(this.#areas[this.#rowArea[r] ?? 0] ?? '');
      period.push(this.#periods[this.#rowPeriod[r] ?? 0] ?? '');
    }
    return { indicator: query.indicator, area, period, value, status };
  }

  /**
   * The time series of one indicator in one area, in period order.
   *
   * @example
   * ```ts
   * store.series('unemployed-share', 'MK06').map((o) => o.value);
   * ```
   */
  series(indicator: string, area: string, from?: Period, to?: Period): Observation[] {
    const q: { indicator: string; areas: string[]; from?: Period; to?: Period } = {
      indicator,
      areas: [area],
    };
    if (from !== undefined) q.from = from;
    if (to !== undefined) q.to = to;
    return this.select(q);
  }

  /** Every observation, in store order (indicator, area, period). */
  *[Symbol.iterator](): IterableIterator<Observation> {
    for (let r = 0; r < this.#value.length; r++) yield this.#row(r);
  }

  /**
   * Sets the value and status of one stored observation. Used while ingesting (small-count
   * suppression); a store handed out by core is treated as read-only by every core function.
   * @internal
   */
  _set(indicator: string, area: string, period: Period, value: number, status: ObservationStatus): boolean {
    const p = this.#periodIndex.get(period);
    const range = this.#groupRange(indicator, area);
    if (p === undefined || !range) return false;
    const r = this.#lowerBound(range[0], range[1], p);
    if (r >= range[1] || this.#rowPeriod[r] !== p) return false;
    this.#value[r] = value;
    this.#status[r] = STATUS_INDEX[status];
    return true;
  }

  #indicatorGroups(indicator: string): [number, number] {
    const i = this.#indicatorIndex.get(indicator);
    if (i === undefined) return [0, 0];
    return [this.#indicatorGroupStart[i] ?? 0, this.#indicatorGroupStart[i + 1] ?? 0];
  }

  #groupRange(indicator: string, area: string): [number, number] | undefined {
    const i = this.#indicatorIndex.get(indicator);
    const a = this.#areaIndex.get(area);
    if (i === undefined || a === undefined) return undefined;
    const g = this.#groups.get(i * this.#areas.length + a);
    if (g === undefined) return undefined;
    return [this.#groupStart[g] ?? 0, this.#groupStart[g + 1] ?? 0];
  }

  #lowerBound(lo: number, hi: number, period: number): number {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.#rowPeriod[mid] ?? 0) < period) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First dictionary rank whose period is not before `p` (periods are sorted in time order). */
  #periodRankAtLeast(p: Period): number {
    // A period of the dictionary is its own answer: two periods compare equal only when they are
    // the same string. A map asks for one period on every recolour, and comparing parses both.
    const own = this.#periodIndex.get(p);
    if (own !== undefined) return own;
    let lo = 0;
    let hi = this.#periods.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (comparePeriods(this.#periods[mid] ?? '', p) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First dictionary rank whose period comes after `p`. */
  #periodRankAfter(p: Period): number {
    const own = this.#periodIndex.get(p);
    if (own !== undefined) return own + 1;
    let lo = 0;
    let hi = this.#periods.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (comparePeriods(this.#periods[mid] ?? '', p) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  #each(query: ObservationQuery, visit: (row: number) => void): void {
    const pFrom = query.from === undefined ? 0 : this.#periodRankAtLeast(query.from);
    const pTo = query.to === undefined ? this.#periods.length : this.#periodRankAfter(query.to);
    if (pFrom >= pTo) return;
    const visitGroup = (start: number, end: number): void => {
      const r1 = this.#lowerBound(start, end, pTo);
      for (let r = this.#lowerBound(start, end, pFrom); r < r1; r++) visit(r);
    };
    if (query.areas) {
      for (const a of query.areas) {
        const range = this.#groupRange(query.indicator, a);
        if (range) visitGroup(range[0], range[1]);
      }
    } else {
      // Every area of the indicator, visited in place: a map asks for one period of hundreds of
      // areas on every recolour, and a [start, end] pair per area would be garbage.
      const [g0, g1] = this.#indicatorGroups(query.indicator);
      for (let g = g0; g < g1; g++) visitGroup(this.#groupStart[g] ?? 0, this.#groupStart[g + 1] ?? 0);
    }
  }

  #row(r: number): Observation {
    const v = this.#value[r] ?? Number.NaN;
    const o: Observation = {
      indicator: this.#indicators[this.#rowIndicator[r] ?? 0] ?? '',
      area: this.#areas[this.#rowArea[r] ?? 0] ?? '',
      period: this.#periods[this.#rowPeriod[r] ?? 0] ?? '',
      value: Number.isNaN(v) ? null : v,
      status: statusAt(this.#status[r] ?? STATUS_INDEX.missing),
    };
    const note = this.#notes.get(r);
    if (note !== undefined) o.note = note;
    return o;
  }
}

interface SortedColumns {
  indicators: readonly string[];
  areas: readonly string[];
  periods: readonly string[];
  rowIndicator: Uint16Array | Uint32Array;
  rowArea: Uint32Array;
  rowPeriod: Uint32Array;
  value: Float64Array;
  status: Uint8Array;
  notes: Map<number, string>;
  groups: Map<number, number>;
  groupStart: Uint32Array;
  groupArea: Uint32Array;
  indicatorGroupStart: Uint32Array;
}

/**
 * Sorts rows by (indicator, area, period) with two stable counting-sort passes, O(n), and
 * builds the group index.
 */
function sortColumns(c: StoreColumns): Result<SortedColumns> {
  const n = c.value.length;
  const nI = c.indicators.length;
  const nA = c.areas.length;
  const nP = c.periods.length;
  if (c.indicator.length !== n || c.area.length !== n || c.period.length !== n || c.status.length !== n) {
    return fail([{ path: [], message: `columns differ in length (${n} values)` }]);
  }
  // Period dictionary in time order: rank[old index] = new index.
  const periodOrder = c.periods
    .map((_, i) => i)
    .sort((a, b) => comparePeriods(c.periods[a] ?? '', c.periods[b] ?? ''));
  const periodRank = new Uint32Array(nP);
  periodOrder.forEach((old, rank) => (periodRank[old] = rank));
  const periods = periodOrder.map((i) => c.periods[i] ?? '');

  // Group keys (indicator × areaCount + area), numbered in key order. A dense table when the
  // key space is small enough (the usual case), a Map otherwise.
  for (let r = 0; r < n; r++) {
    const i = c.indicator[r] ?? -1;
    const a = c.area[r] ?? -1;
    const p = c.period[r] ?? -1;
    if (!(i >= 0 && i < nI && a >= 0 && a < nA && p >= 0 && p < nP)) {
      return fail([{ path: [r], message: `index out of range in row ${r}` }]);
    }
  }
  const keySpace = nI * nA;
  const rowGroup = new Uint32Array(n);
  const groups = new Map<number, number>();
  let uniqueKeys: Float64Array;
  if (keySpace <= 1 << 24) {
    const dense = new Int32Array(keySpace).fill(-1);
    for (let r = 0; r < n; r++) dense[(c.indicator[r] ?? 0) * nA + (c.area[r] ?? 0)] = 0;
    let g = 0;
    const keys: number[] = [];
    for (let k = 0; k < keySpace; k++) {
      if (dense[k] === 0) {
        dense[k] = g++;
        keys.push(k);
        groups.set(k, g - 1);
      }
    }
    uniqueKeys = Float64Array.from(keys);
    for (let r = 0; r < n; r++) rowGroup[r] = dense[(c.indicator[r] ?? 0) * nA + (c.area[r] ?? 0)] ?? 0;
  } else {
    const seen = new Set<number>();
    for (let r = 0; r < n; r++) seen.add((c.indicator[r] ?? 0) * nA + (c.area[r] ?? 0));
    uniqueKeys = Float64Array.from(seen).sort();
    uniqueKeys.forEach((k, g) => groups.set(k, g));
    for (let r = 0; r < n; r++) rowGroup[r] = groups.get((c.indicator[r] ?? 0) * nA + (c.area[r] ?? 0)) ?? 0;
  }
  const nG = uniqueKeys.length;

  // LSD radix: stable by period rank, then stable by group.
  const byPeriod = countingSort(n, nP, (r) => periodRank[c.period[r] ?? 0] ?? 0, undefined);
  const order = countingSort(n, nG, (r) => rowGroup[r] ?? 0, byPeriod);

  const rowIndicator = nI <= 0xffff ? new Uint16Array(n) : new Uint32Array(n);
  const rowArea = new Uint32Array(n);
  const rowPeriod = new Uint32Array(n);
  const value = new Float64Array(n);
  const status = new Uint8Array(n);
  const notes = new Map<number, string>();
  const groupStart = new Uint32Array(nG + 1);
  const groupArea = new Uint32Array(nG);
  const indicatorGroupStart = new Uint32Array(nI + 1);
  let prevGroup = -1;
  for (let j = 0; j < n; j++) {
    const r = order[j] ?? 0;
    const g = rowGroup[r] ?? 0;
    const p = periodRank[c.period[r] ?? 0] ?? 0;
    if (g === prevGroup && rowPeriod[j - 1] === p) {
      const ind = c.indicators[c.indicator[r] ?? 0];
      const area = c.areas[c.area[r] ?? 0];
      return fail([
        {
          path: [r],
          message: `duplicate observation: ${JSON.stringify(ind)}, ${JSON.stringify(area)}, ${JSON.stringify(periods[p])}`,
        },
      ]);
    }
    if (g !== prevGroup) {
      groupStart[g] = j;
      groupArea[g] = c.area[r] ?? 0;
      prevGroup = g;
    }
    rowIndicator[j] = c.indicator[r] ?? 0;
    rowArea[j] = c.area[r] ?? 0;
    rowPeriod[j] = p;
    value[j] = c.value[r] ?? Number.NaN;
    status[j] = c.status[r] ?? STATUS_INDEX.missing;
    const note = c.notes?.get(r);
    if (note !== undefined) notes.set(j, note);
  }
  groupStart[nG] = n;
  // Groups are numbered in key order, so an indicator's groups are consecutive.
  let g = 0;
  for (let i = 0; i <= nI; i++) {
    while (g < nG && Math.floor((uniqueKeys[g] ?? 0) / nA) < i) g++;
    indicatorGroupStart[i] = g;
  }
  return ok({
    indicators: c.indicators,
    areas: c.areas,
    periods,
    rowIndicator,
    rowArea,
    rowPeriod,
    value,
    status,
    notes,
    groups,
    groupStart,
    groupArea,
    indicatorGroupStart,
  });
}

function countingSort(
  n: number,
  buckets: number,
  keyOf: (row: number) => number,
  input: Uint32Array | undefined,
): Uint32Array {
  const count = new Uint32Array(buckets + 1);
  for (let j = 0; j < n; j++) {
    const r = input ? (input[j] ?? 0) : j;
    count[keyOf(r) + 1]!++;
  }
  for (let b = 0; b < buckets; b++) count[b + 1]! += count[b] ?? 0;
  const out = new Uint32Array(n);
  for (let j = 0; j < n; j++) {
    const r = input ? (input[j] ?? 0) : j;
    out[count[keyOf(r)]!++] = r;
  }
  return out;
}
