import type { ObservationStatus } from './schemas/primitives.js';
import type { Cell } from './suppression.js';

// Worst first: a result is as weak as its weakest input.
const SEVERITY: Readonly<Record<ObservationStatus, number>> = {
  suppressed: 4,
  missing: 3,
  estimate: 2,
  provisional: 1,
  final: 0,
};

/**
 * The status of a value computed from several inputs: `suppressed` if any input is (so that
 * nothing computed from a suppressed cell can reveal it), else `missing` if any is, else the
 * weakest of `estimate`, `provisional`, `final`.
 *
 * @example
 * ```ts
 * combineStatus(['final', 'provisional']); // "provisional"
 * combineStatus(['final', 'suppressed', 'missing']); // "suppressed"
 * ```
 */
export function combineStatus(statuses: Iterable<ObservationStatus>): ObservationStatus {
  let worst: ObservationStatus = 'final';
  for (const s of statuses) if (SEVERITY[s] > SEVERITY[worst]) worst = s;
  return worst;
}

/** Whether a cell carries a usable number. */
export function hasValue<C extends Cell>(cell: C | undefined): cell is C & { value: number } {
  return (
    cell !== undefined &&
    cell.value !== null &&
    Number.isFinite(cell.value) &&
    cell.status !== 'suppressed' &&
    cell.status !== 'missing'
  );
}

/** A computed cell: a value and its status; `value` is `null` whenever the status is `suppressed` or `missing`. */
export function cell(value: number | null, status: ObservationStatus): Cell {
  return status === 'suppressed' || status === 'missing' || value === null || !Number.isFinite(value)
    ? { value: null, status: status === 'suppressed' ? 'suppressed' : 'missing' }
    : { value, status };
}

/** Makes a plain number or a cell into a cell (`null` → missing). */
export function toCell(v: number | null | undefined | Cell): Cell {
  if (v === null || v === undefined) return { value: null, status: 'missing' };
  if (typeof v === 'number') return cell(v, 'final');
  return cell(v.value, v.status);
}
