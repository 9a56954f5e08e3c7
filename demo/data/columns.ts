/** Observation statuses in the wire order of decision 0002. */
export const STATUSES = ['final', 'provisional', 'estimate', 'suppressed', 'missing'] as const;
/** The status of one observation. */
export type Status = (typeof STATUSES)[number];

/** Observations column-wise, as decision 0002 writes them. */
export interface Columns {
  indicators: string[];
  areas: string[];
  periods: string[];
  indicator: number[];
  area: number[];
  period: number[];
  value: (number | null)[];
  status: number[];
  note?: (string | null)[];
}

interface Row {
  readonly indicator: string;
  readonly area: string;
  readonly period: string;
  readonly value: number | null;
  readonly status: Status;
  readonly note: string | null;
}

/**
 * Collects observations and writes them column-wise with dictionary coding. Rows are
 * written sorted by indicator, area and period so that a file diff after a rebuild shows
 * only what changed. A `suppressed` or `missing` row never carries a value.
 *
 * @example
 * ```ts
 * const t = new ObservationTable();
 * t.add('unemployed-share', 'KU091', '2025-01', 12.7, 'final');
 * t.toColumns().value; // [12.7]
 * ```
 */
export class ObservationTable {
  private readonly rows: Row[] = [];
  private readonly seen = new Set<string>();

  /** Adds one observation; a second row for the same indicator, area and period is a bug. */
  add(
    indicator: string,
    area: string,
    period: string,
    value: number | null,
    status: Status,
    note?: string,
  ): void {
    const key = `${indicator}\u0000${area}\u0000${period}`;
    if (this.seen.has(key)) throw new Error(`duplicate observation: ${indicator} ${area} ${period}`);
    this.seen.add(key);
    const hidden = status === 'suppressed' || status === 'missing';
    if (!hidden && value === null)
      throw new Error(`a ${status} observation needs a value: ${indicator} ${area} ${period}`);
    this.rows.push({ indicator, area, period, value: hidden ? null : value, status, note: note ?? null });
  }

  /** How many observations have been added. */
  get size(): number {
    return this.rows.length;
  }

  /** The observations column-wise; `areaOrder` fixes the order of the area dictionary. */
  toColumns(areaOrder: readonly string[]): Columns {
    const indicators = [...new Set(this.rows.map((r) => r.indicator))];
    const present = new Set(this.rows.map((r) => r.area));
    const areas = areaOrder.filter((a) => present.has(a));
    const unknown = [...present].filter((a) => !areas.includes(a));
    if (unknown.length > 0)
      throw new Error(`observations for areas not in the area list: ${unknown.slice(0, 5).join(', ')}`);
    const periods = [...new Set(this.rows.map((r) => r.period))].sort();
    const iIdx = new Map(indicators.map((x, i) => [x, i]));
    const aIdx = new Map(areas.map((x, i) => [x, i]));
    const pIdx = new Map(periods.map((x, i) => [x, i]));
    const at = (m: Map<string, number>, k: string): number => m.get(k) ?? -1;
    const sorted = [...this.rows].sort(
      (a, b) =>
        at(iIdx, a.indicator) - at(iIdx, b.indicator) ||
        at(aIdx, a.area) - at(aIdx, b.area) ||
        at(pIdx, a.period) - at(pIdx, b.period),
    );
    const out: Columns = {
      indicators,
      areas,
      periods,
      indicator: sorted.map((r) => at(iIdx, r.indicator)),
      area: sorted.map((r) => at(aIdx, r.area)),
      period: sorted.map((r) => at(pIdx, r.period)),
      value: sorted.map((r) => r.value),
      status: sorted.map((r) => STATUSES.indexOf(r.status)),
    };
    if (sorted.some((r) => r.note !== null)) out.note = sorted.map((r) => r.note);
    return out;
  }
}
