import { affine, reduceLine, type ReduceInput } from './trend-decimate.js';
import { MAX_VERTEX_BYTES, PATH_BYTES, PathText, writeHundredths } from './trend-path-text.js';
import { scaleMap, type LinearScale } from './trend-scale.js';

/**
 * One series as drawn: `x` ascending (period starts in UTC milliseconds, instants, or plain
 * numbers), `y` with `null` or `NaN` where there is no value (suppressed or missing: a gap,
 * never a guessed value), and which points are provisional (drawn dashed).
 */
export type LineInput = ReduceInput;

/** A point drawn on its own because no neighbour joins it (a value between two gaps or breaks). */
export interface IsolatedPoint {
  readonly x: number;
  readonly y: number;
  readonly provisional: boolean;
}

/** SVG path data for one series: final values solid, segments touching a provisional value dashed. */
export interface LinePaths {
  readonly solid: string;
  readonly dashed: string;
  readonly isolated: readonly IsolatedPoint[];
  /** How many vertices the paths hold (≤ about 4 per device pixel column). */
  readonly vertices: number;
}

const round = (v: number): number => Math.round(v * 100) / 100;

/**
 * Writes the vertices `from` … `to - 1` of a run starting at `runStart` into `t` (room reserved
 * by the caller). Coordinates are rounded to 1/100 px; the scales' maps are `v * k + b`. Called
 * a chunk at a time, like the reduction: this runs for every kept point on the first render,
 * before the code is warm.
 */
function writeChunk(
  t: PathText,
  x: ArrayLike<number>,
  y: ArrayLike<number | null>,
  indexes: Int32Array,
  runStart: number,
  from: number,
  to: number,
  kx: number,
  bx: number,
  ky: number,
  by: number,
): void {
  const b = t.bytes;
  let p = t.length;
  for (let j = from; j < to; j++) {
    const i = indexes[j] as number;
    b[p++] = j === runStart ? PATH_BYTES.move : PATH_BYTES.line;
    p = writeHundredths(b, p, Math.round(((x[i] as number) * kx + bx) * 100));
    b[p++] = PATH_BYTES.comma;
    p = writeHundredths(b, p, Math.round(((y[i] as number) * ky + by) * 100));
  }
  t.length = p;
}

/** Vertices per call of {@link writeChunk}. */
const WRITE_CHUNK = 512;

/**
 * Builds the path data of one series: splits at gaps (no value) and breaks, switches to the
 * dashed path for segments that touch a provisional value, and reduces dense data to at most
 * four vertices per device pixel column (`dpr` columns per CSS pixel, see `reduceLine` in `trend-decimate.ts`),
 * which is visually lossless; `dpr: Infinity` keeps every point. Tooltips and tables must read
 * the caller's arrays, not these paths.
 *
 * @example
 * ```ts
 * const xs = linearScale(0, 3, 0, 300);
 * const ys = linearScale(0, 10, 100, 0);
 * buildLinePaths({ x: [0, 1, 2, 3], y: [1, 2, null, 4] }, xs, ys, 1);
 * // { solid: 'M0,90L100,80', dashed: '', isolated: [{ x: 300, y: 60, provisional: false }], vertices: 2 }
 * ```
 */
export function buildLinePaths(input: LineInput, xs: LinearScale, ys: LinearScale, dpr = 1): LinePaths {
  const { x, y, provisional } = input;
  const reduced = reduceLine(input, xs, dpr);
  const { k: kx, b: bx } = affine(xs);
  const { k: ky, b: by } = affine(ys);
  const { indexes, runStarts, runDashed } = reduced;
  // Vertices on the plot take at most 16 bytes; the slack is what `reserve` asks for its last
  // chunk, so a path on the plot never grows (and copies) its buffer.
  const capacity = indexes.length * 16 + WRITE_CHUNK * MAX_VERTEX_BYTES;
  const solid = new PathText(capacity);
  const dashed = new PathText(runDashed.includes(true) ? capacity : 0);
  for (let r = 0; r + 1 < runStarts.length; r++) {
    const t = runDashed[r] ? dashed : solid;
    const start = runStarts[r] as number;
    const end = runStarts[r + 1] as number;
    for (let j = start; j < end; j += WRITE_CHUNK) {
      const to = Math.min(end, j + WRITE_CHUNK);
      t.reserve(to - j);
      writeChunk(t, x, y, indexes, start, j, to, kx, bx, ky, by);
    }
  }
  const isolated = reduced.isolated.map((i): IsolatedPoint => ({
    x: round((x[i] as number) * kx + bx),
    y: round((y[i] as number) * ky + by),
    provisional: provisional ? Boolean(provisional[i]) : false,
  }));
  return { solid: solid.text(), dashed: dashed.text(), isolated, vertices: indexes.length };
}

/**
 * Maps one point to pixels, or `undefined` when it has no value.
 *
 * @example
 * ```ts
 * pointAt({ x: [0, 1], y: [5, null] }, 1, linearScale(0, 1, 0, 10), linearScale(0, 10, 10, 0)); // undefined
 * ```
 */
export function pointAt(
  input: LineInput,
  i: number,
  xs: LinearScale,
  ys: LinearScale,
): { x: number; y: number } | undefined {
  const v = input.y[i];
  const xv = input.x[i];
  if (v === null || v === undefined || Number.isNaN(v) || xv === undefined) return undefined;
  return { x: scaleMap(xs, xv), y: scaleMap(ys, v) };
}
