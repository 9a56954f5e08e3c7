import type { LinearScale } from './trend-scale.js';

/**
 * One series to reduce: `x` ascending, `y` with `null` or `NaN` where there is no value (a gap),
 * which points are provisional (segments touching one are dashed), and the data x of series
 * breaks (no line joins a point before one to a point at or after it).
 */
export interface ReduceInput {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number | null>;
  readonly provisional?: ArrayLike<number | boolean> | undefined;
  readonly breaks?: readonly number[] | undefined;
}

/**
 * The points of one series that are drawn, as indexes into its arrays: runs of connected
 * points (split at gaps, breaks and where the line turns dashed or solid), each reduced to at
 * most four points per column, and the points no neighbour joins.
 */
export interface ReducedLine {
  /** Indexes of the kept points, run after run. */
  readonly indexes: Int32Array;
  /** Where each run starts in `indexes`, then `indexes.length` (one more entry than runs). */
  readonly runStarts: readonly number[];
  /** Per run: whether it touches a provisional value (drawn dashed). */
  readonly runDashed: readonly boolean[];
  /** Indexes of points between two gaps or breaks, drawn on their own. */
  readonly isolated: readonly number[];
}

/** The affine map of a scale, `v * k + b`, as the reduction and the path writer both use it. */
export function affine(s: LinearScale): { k: number; b: number } {
  if (s.d1 === s.d0) return { k: 0, b: (s.r0 + s.r1) / 2 };
  const k = (s.r1 - s.r0) / (s.d1 - s.d0);
  return { k, b: s.r0 - s.d0 * k };
}

/** A growable list of point indexes: the kept points are not known in advance. */
class IndexList {
  a: Int32Array;
  n = 0;
  constructor(capacity: number) {
    this.a = new Int32Array(Math.max(16, capacity));
  }
  /** Makes room for `more` indexes, so a column's four are written without a check each. */
  reserve(more: number): void {
    if (this.n + more <= this.a.length) return;
    const b = new Int32Array(Math.max(this.n + more, this.a.length * 2));
    b.set(this.a);
    this.a = b;
  }
}

/**
 * Keeps, of one column's points, the first, the lowest and highest (in the order they come) and
 * the last: a line through the column can only reach those extremes and leaves it at the last,
 * so the rasterised line is the same as with every point (M4, Jugel et al. 2014).
 */
function pushColumn(out: IndexList, first: number, low: number, high: number, last: number): void {
  if (first < 0) return;
  // Written out rather than four `push` calls: this runs for every column on the first render,
  // before the code is optimised, where a call costs more than the store it makes (0780).
  out.reserve(4);
  const a = out.a;
  let n = out.n;
  a[n++] = first;
  if (last !== first) {
    const m1 = low < high ? low : high;
    const m2 = low < high ? high : low;
    if (m1 !== first && m1 !== last) a[n++] = m1;
    if (m2 !== first && m2 !== last && m2 !== m1) a[n++] = m2;
    a[n++] = last;
  }
  out.n = n;
}

/** Where column `c` starts, in data x, made `slack` early (see {@link reduceChunk}). */
function columnStart(c: number, kx: number, bx: number, dpr: number, slack: number): number {
  return kx > 0 ? (c / dpr - bx) / kx - slack : Infinity;
}

/** Points per call of {@link reduceChunk}. */
const CHUNK = 1024;

// The open column of a run, carried from one chunk to the next: its number, the x from which a
// point may start the next one, its first/lowest/highest/last index and lowest/highest value.
const COL = 0;
const STOP = 1;
const FIRST = 2;
const LOW = 3;
const HIGH = 4;
const LAST = 5;
const LOW_V = 6;
const HIGH_V = 7;

/**
 * Reduces the points `from` … `to - 1` of a run of a typed-array series without provisional
 * values, continuing the open column in `state`; stops early at a gap (NaN) or the first point
 * at or after `limit` (the next break) and returns where it stopped.
 *
 * Called a chunk at a time and call-free per point: a small function that has run to its end
 * many times is optimised whole, soon, while one long loop would be optimised mid-way and then
 * thrown back to the interpreter at its exit, on every series. Until then every number read is
 * an allocation, so each point reads only its value and (to find column ends) its x: a point is
 * floored to its pixel column only from the x where the next column may start, made a little
 * early (`slack`), so rounding can never let a point into the next column unseen.
 */
function reduceChunk(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  from: number,
  to: number,
  limit: number,
  kx: number,
  bx: number,
  dpr: number,
  slack: number,
  out: IndexList,
  state: Float64Array,
): number {
  let col = state[COL] as number;
  let stop = state[STOP] as number;
  let first = state[FIRST] as number;
  let low = state[LOW] as number;
  let high = state[HIGH] as number;
  let last = state[LAST] as number;
  let lowV = state[LOW_V] as number;
  let highV = state[HIGH_V] as number;
  let j = from;
  for (; j < to; j++) {
    const w = y[j] as number;
    if (w !== w) break;
    const xw = x[j] as number;
    if (xw >= stop) {
      if (xw >= limit) break;
      const c = Math.floor((xw * kx + bx) * dpr);
      if (c !== col) {
        pushColumn(out, first, low, high, last);
        col = c;
        stop = Math.min(columnStart(c + 1, kx, bx, dpr, slack), limit);
        first = low = high = last = j;
        lowV = highV = w;
        continue;
      }
    }
    // The lowest value is the lowest point: a scale's map is monotonic.
    if (w < lowV) {
      lowV = w;
      low = j;
    } else if (w > highV) {
      highV = w;
      high = j;
    }
    last = j;
  }
  state[COL] = col;
  state[STOP] = stop;
  state[FIRST] = first;
  state[LOW] = low;
  state[HIGH] = high;
  state[LAST] = last;
  state[LOW_V] = lowV;
  state[HIGH_V] = highV;
  return j;
}

/**
 * Reduces one run of a typed-array series without provisional values, from the value at `from`
 * up to the next gap (NaN), the first point at or after `limit` (the next break) or the end;
 * returns where it stopped.
 */
function reduceRun(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  from: number,
  n: number,
  limit: number,
  kx: number,
  bx: number,
  dpr: number,
  slack: number,
  out: IndexList,
  state: Float64Array,
): number {
  const col = Math.floor(((x[from] as number) * kx + bx) * dpr);
  state[COL] = col;
  state[STOP] = Math.min(columnStart(col + 1, kx, bx, dpr, slack), limit);
  state[FIRST] = state[LOW] = state[HIGH] = state[LAST] = from;
  state[LOW_V] = state[HIGH_V] = y[from] as number;
  let j = from + 1;
  for (;;) {
    const to = Math.min(n, j + CHUNK);
    const stopped = reduceChunk(x, y, j, to, limit, kx, bx, dpr, slack, out, state);
    if (stopped < to || to === n) {
      pushColumn(
        out,
        state[FIRST] as number,
        state[LOW] as number,
        state[HIGH] as number,
        state[LAST] as number,
      );
      return stopped;
    }
    j = to;
  }
}

/** {@link reduceLine} for a typed-array series without provisional values: every run solid. */
function reduceDense(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  breaks: readonly number[],
  n: number,
  xs: LinearScale,
  dpr: number,
): ReducedLine {
  const { k: kx, b: bx } = affine(xs);
  const slack = 1e-9 * (Math.abs(xs.d0) + Math.abs(xs.d1)) + (kx > 0 ? 1e-6 / (kx * dpr) : 0);
  const out = new IndexList(Math.min(n + 8, 4096));
  const runStarts: number[] = [];
  const isolated: number[] = [];
  const state = new Float64Array(8);
  let b = 0;
  let i = 0;
  while (i < n) {
    const v = y[i] as number;
    if (v !== v) {
      i++;
      continue;
    }
    // The run ends before the first point at or after the first break after its start.
    const x0 = x[i] as number;
    while (b < breaks.length && (breaks[b] as number) <= x0) b++;
    const limit = b < breaks.length ? (breaks[b] as number) : Infinity;
    const start = out.n;
    const end = reduceRun(x, y, i, n, limit, kx, bx, dpr, slack, out, state);
    if (end === i + 1) {
      out.n = start;
      isolated.push(i);
    } else runStarts.push(start);
    i = end;
  }
  runStarts.push(out.n);
  return {
    indexes: out.a.subarray(0, out.n),
    runStarts,
    runDashed: runStarts.slice(1).map(() => false),
    isolated,
  };
}

/**
 * Reduces one series for drawing: splits it into runs at gaps (no value), breaks and where
 * segments turn dashed (touching a provisional value) or solid, and keeps at most four points
 * per column, `dpr` columns per CSS pixel (M4). `dpr: Infinity` keeps every point. Only indexes
 * are written.
 *
 * This reads every point of large series on the first render, before the code is warm (the
 * interpreter, not optimised code, does much of it), so the loops are written for that: no
 * calls or objects per point, and extremes compared as data (a scale's map is monotonic, so
 * the lowest value is the lowest point). A typed-array series without provisional values (the
 * large ones) takes {@link reduceRun}'s short loop.
 *
 * @example
 * ```ts
 * const r = reduceLine({ x: [0, 1, 2, 3], y: [1, 2, null, 4] }, linearScale(0, 3, 0, 300), 1);
 * // r.indexes: [0, 1], r.runStarts: [0, 2], r.runDashed: [false], r.isolated: [3]
 * ```
 */
export function reduceLine(input: ReduceInput, xs: LinearScale, dpr = 1): ReducedLine {
  const { x, y, provisional } = input;
  const breaks = input.breaks ?? [];
  const n = Math.min(x.length, y.length);
  const full = !Number.isFinite(dpr);
  // NaN is the only gap a typed array can hold.
  if (!full && provisional === undefined && ArrayBuffer.isView(y))
    return reduceDense(x, y as ArrayLike<number>, breaks, n, xs, dpr);
  const { k: kx, b: bx } = affine(xs);
  const out = new IndexList(Math.min(n + 8, 4096));
  const runStarts: number[] = [];
  const runDashed: boolean[] = [];
  const isolated: number[] = [];

  // The first break after the previous point: a break at or before the next point ends the run.
  let b = 0;
  let nextBreak = breaks.length > 0 ? (breaks[0] as number) : Infinity;
  let runLength = 0;
  // -1: no run open; 0 solid; 1 dashed.
  let style = -1;
  let prevI = -1;
  let prevX = 0;
  let prevProv = false;
  // The open column (first < 0: none): its number, first/lowest/highest/last index and the
  // lowest and highest value.
  let col = Number.NaN;
  let first = -1;
  let low = 0;
  let high = 0;
  let last = 0;
  let lowV = 0;
  let highV = 0;

  for (let i = 0; i < n; i++) {
    const v = y[i];
    const xv = x[i] as number;
    let ends = v === null || v === undefined || v !== v;
    if (!ends && runLength > 0) {
      while (nextBreak <= prevX) nextBreak = ++b < breaks.length ? (breaks[b] as number) : Infinity;
      ends = nextBreak <= xv;
    }
    if (ends && runLength > 0) {
      if (runLength === 1) isolated.push(prevI);
      pushColumn(out, first, low, high, last);
      first = -1;
      style = -1;
      runLength = 0;
    }
    if (v === null || v === undefined || v !== v) continue;
    const prov = provisional !== undefined && Boolean(provisional[i]);
    if (runLength > 0) {
      const segment = prevProv || prov ? 1 : 0;
      if (segment !== style) {
        // A new run, in the other style, starts at the previous point.
        pushColumn(out, first, low, high, last);
        runStarts.push(out.n);
        runDashed.push(segment === 1);
        style = segment;
        col = full ? prevI : Math.floor(((x[prevI] as number) * kx + bx) * dpr);
        first = low = high = last = prevI;
        lowV = highV = y[prevI] as number;
      }
      const c = full ? i : Math.floor((xv * kx + bx) * dpr);
      if (c !== col) {
        pushColumn(out, first, low, high, last);
        col = c;
        first = low = high = last = i;
        lowV = highV = v;
      } else {
        if (v < lowV) {
          lowV = v;
          low = i;
        } else if (v > highV) {
          highV = v;
          high = i;
        }
        last = i;
      }
    }
    runLength++;
    prevI = i;
    prevX = xv;
    prevProv = prov;
  }
  if (runLength === 1) isolated.push(prevI);
  pushColumn(out, first, low, high, last);
  runStarts.push(out.n);
  return { indexes: out.a.subarray(0, out.n), runStarts, runDashed, isolated };
}
