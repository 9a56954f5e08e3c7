import { scaleMap, type LinearScale } from './trend-scale.js';
import { TICK_CHAR_WIDTH } from './trend-time-ticks.js';

/**
 * The kinds of vertical markers: a series `break` (labelled, no line crosses it), a `revision`
 * note (a small mark that does not interrupt the line) and a user's `note`.
 */
export const MARKER_KINDS = ['break', 'revision', 'note'] as const;
/** A kind of vertical marker. */
export type MarkerKind = (typeof MARKER_KINDS)[number];

/** A marker in data x. */
export interface MarkerInput {
  readonly x: number;
  readonly kind: MarkerKind;
  readonly label: string;
}

/** A marker placed in pixels; `lane` is the label row (0 at the top), `anchor` its text anchor. */
export interface PlacedMarker {
  readonly x: number;
  readonly kind: MarkerKind;
  readonly label: string;
  readonly lane: number;
  readonly anchor: 'start' | 'end';
  /** Whether the label is written on the chart; revision labels are read from the title/summary. */
  readonly labelled: boolean;
}

/** Height of one label row above the plot. */
export const MARKER_LANE_HEIGHT = 16;

/**
 * Places vertical markers inside the domain: break and note labels go into the first row where
 * they do not overlap a label already there (at most `maxLanes`, then they are not written and
 * stay in the title and the summary); labels that would leave the plot on the right are written
 * to the left of their line. Revisions are small marks without a written label.
 *
 * @example
 * ```ts
 * placeMarkers([{ x: 5, kind: 'break', label: 'TE24' }], linearScale(0, 10, 0, 100), 100);
 * // [{ x: 50, kind: 'break', label: 'TE24', lane: 0, anchor: 'start', labelled: true }]
 * ```
 */
export function placeMarkers(
  markers: readonly MarkerInput[],
  xs: LinearScale,
  plotRight: number,
  maxLanes = 2,
  charWidth = TICK_CHAR_WIDTH,
): PlacedMarker[] {
  const lo = Math.min(xs.d0, xs.d1);
  const hi = Math.max(xs.d0, xs.d1);
  const lanes: number[] = [];
  const out: PlacedMarker[] = [];
  const sorted = markers.filter((m) => m.x >= lo && m.x <= hi).sort((a, b) => a.x - b.x);
  for (const m of sorted) {
    const x = Math.round(scaleMap(xs, m.x) * 100) / 100;
    if (m.kind === 'revision') {
      out.push({ x, kind: m.kind, label: m.label, lane: 0, anchor: 'start', labelled: false });
      continue;
    }
    const w = m.label.length * charWidth;
    const anchor = x + 4 + w > plotRight ? 'end' : 'start';
    const left = anchor === 'start' ? x + 4 : x - 4 - w;
    const right = left + w;
    let lane = lanes.findIndex((edge) => left >= edge + 6);
    if (lane < 0 && lanes.length < maxLanes) {
      lane = lanes.length;
      lanes.push(-Infinity);
    }
    if (lane < 0) {
      out.push({ x, kind: m.kind, label: m.label, lane: 0, anchor, labelled: false });
      continue;
    }
    lanes[lane] = right;
    out.push({ x, kind: m.kind, label: m.label, lane, anchor, labelled: true });
  }
  return out;
}
