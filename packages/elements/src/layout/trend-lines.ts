import { affine, reduceLine } from './trend-decimate.js';
import { scaleMap, type LinearScale } from './trend-scale.js';

/**
 * One series as drawn: `x` ascending (period starts in UTC milliseconds, instants, or plain
 * numbers), `y` with `null` or `NaN` where there is no value (suppressed or missing: a gap,
 * never a guessed value), and which points are provisional (drawn dashed).
 */
export interface LineInput {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number | null>;
  /** Truthy where a value is provisional or an estimate. */
  readonly provisional?: ArrayLike<number | boolean> | undefined;
  /** Data x of series breaks, ascending: no line joins a point before one to a point at or after it. */
  readonly breaks?: readonly number[] | undefined;
}

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

/** Integer parts as strings, so writing a coordinate makes no string: plots are narrower than this. */
const INTEGERS = Array.from({ length: 2048 }, (_, i) => String(i));
/** `.5`, `.05`, `.25` … for hundredths 0 … 99, then the same with the comma between x and y. */
const HUNDREDTHS = Array.from({ length: 100 }, (_, i) =>
  i === 0 ? '' : (i < 10 ? `.0${i}` : `.${i}`).replace(/0$/, ''),
);
const HUNDREDTHS_COMMA = HUNDREDTHS.map((h) => `${h},`);

/** Hundredths of a pixel as path data: `1234` → `12.34`, `-5` → `-0.05`, `700` → `7`. */
function coordText(k: number): string {
  const a = k < 0 ? -k : k;
  const int = (a / 100) | 0;
  return `${k < 0 ? '-' : ''}${int}${HUNDREDTHS[a - int * 100]}`;
}

/**
 * Appends the vertices `from` … `to - 1` of a run starting at `runStart` to `parts`, as pieces
 * for one final `join` (no string per vertex). Coordinates are rounded to 1/100 px; the scales'
 * maps are `v * k + b`. Called a chunk at a time, like the reduction: this runs for every kept
 * point on the first render, before the code is warm.
 */
function writeChunk(
  parts: string[],
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
  for (let j = from; j < to; j++) {
    const i = indexes[j] as number;
    const cx = Math.round(((x[i] as number) * kx + bx) * 100);
    const cy = Math.round(((y[i] as number) * ky + by) * 100);
    const command = j === runStart ? 'M' : 'L';
    if (cx >= 0 && cy >= 0 && cx < 204_800 && cy < 204_800) {
      // Remainder first: an exact quotient stays a small integer, `cx / 100` would be a new double.
      const fx = cx % 100;
      const fy = cy % 100;
      parts.push(
        command,
        INTEGERS[(cx - fx) / 100] as string,
        HUNDREDTHS_COMMA[fx] as string,
        INTEGERS[(cy - fy) / 100] as string,
        HUNDREDTHS[fy] as string,
      );
    } else parts.push(command, coordText(cx), ',', coordText(cy));
  }
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
  // Pieces joined once at the end: `+=` would leave a tree of tens of thousands of small
  // strings that stays in the heap for as long as the path is shown.
  // Started with a string, not empty: an empty literal holds small integers until the first
  // push, and that change of kind sends writeChunk's optimised code back to the interpreter.
  const solid: string[] = [''];
  const dashed: string[] = [''];
  for (let r = 0; r + 1 < runStarts.length; r++) {
    const parts = runDashed[r] ? dashed : solid;
    const start = runStarts[r] as number;
    const end = runStarts[r + 1] as number;
    for (let j = start; j < end; j += WRITE_CHUNK)
      writeChunk(parts, x, y, indexes, start, j, Math.min(end, j + WRITE_CHUNK), kx, bx, ky, by);
  }
  const isolated = reduced.isolated.map((i): IsolatedPoint => ({
    x: round((x[i] as number) * kx + bx),
    y: round((y[i] as number) * ky + by),
    provisional: provisional ? Boolean(provisional[i]) : false,
  }));
  return { solid: solid.join(''), dashed: dashed.join(''), isolated, vertices: indexes.length };
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
