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

const HUNDREDTHS = Array.from({ length: 100 }, (_, i) => (i < 10 ? `.0${i}` : `.${i}`).replace(/0$/, ''));

/**
 * A coordinate rounded to 1/100 px, written as `round(v)` would print it but from integers only:
 * turning doubles into strings dominated the cost of long paths.
 */
function coord(v: number): string {
  const k = Math.round(v * 100);
  const a = k < 0 ? -k : k;
  const int = (a / 100) | 0;
  const frac = a - int * 100;
  const body = frac === 0 ? `${int}` : `${int}${HUNDREDTHS[frac]}`;
  return k < 0 ? `-${body}` : body;
}

/**
 * Writes one style of path, reducing the points that fall into one device pixel column to the
 * first, lowest, highest and last (M4 aggregation): the rasterised line is the same as with every
 * point, because a line through a column can only reach those extremes and leaves it at the last.
 * State lives in typed arrays: this runs for every point of large series, and doubles kept in
 * object fields or closure variables would be boxed on every write.
 */
class ColumnPathWriter {
  // Pieces joined once at the end: `+=` would leave a tree of tens of thousands of small
  // strings that stays in the heap for as long as the path is shown.
  private readonly parts: string[] = [];
  vertices = 0;
  private open = false;
  // fx, fy, lox, loy, hix, hiy, lx, ly, col
  private readonly v = new Float64Array(9);
  // fi, loi, hii, li, n
  private readonly k = new Int32Array(5);
  // An infinite dpr asks for every point (the full render that decimation is compared with).
  private readonly full: boolean;

  constructor(private readonly dpr: number) {
    this.full = !Number.isFinite(dpr);
    this.v[8] = Number.NaN;
  }

  add(i: number, x: number, y: number): void {
    const v = this.v;
    const k = this.k;
    const col = this.full ? i : Math.floor(x * this.dpr);
    if (col !== v[8]) {
      this.flush();
      v[8] = col;
      k[4] = 0;
    }
    if (k[4] === 0) {
      v[0] = v[2] = v[4] = v[6] = x;
      v[1] = v[3] = v[5] = v[7] = y;
      k[0] = k[1] = k[2] = k[3] = i;
    } else {
      // Screen y grows downwards: the lowest value is the largest y.
      if (y > (v[3] as number)) {
        v[2] = x;
        v[3] = y;
        k[1] = i;
      }
      if (y < (v[5] as number)) {
        v[4] = x;
        v[5] = y;
        k[2] = i;
      }
      v[6] = x;
      v[7] = y;
      k[3] = i;
    }
    k[4] = (k[4] as number) + 1;
  }

  /** The path data written so far, as one flat string. */
  path(): string {
    return this.parts.join('');
  }

  /** Ends the current subpath: the next point starts a new one with a move. */
  end(): void {
    this.flush();
    this.open = false;
    this.v[8] = Number.NaN;
    this.k[4] = 0;
  }

  private vertex(x: number, y: number): void {
    this.parts.push(`${this.open ? 'L' : 'M'}${coord(x)},${coord(y)}`);
    this.open = true;
    this.vertices++;
  }

  private flush(): void {
    const v = this.v;
    const k = this.k;
    const n = k[4] as number;
    if (n === 0) return;
    this.vertex(v[0] as number, v[1] as number);
    if (n === 1) return;
    const fi = k[0] as number;
    const li = k[3] as number;
    const loFirst = (k[1] as number) < (k[2] as number);
    const m1 = loFirst ? 1 : 2;
    const m2 = loFirst ? 2 : 1;
    const m1i = k[m1] as number;
    const m2i = k[m2] as number;
    if (m1i !== fi && m1i !== li) this.vertex(v[m1 * 2] as number, v[m1 * 2 + 1] as number);
    if (m2i !== fi && m2i !== li && m2i !== m1i) this.vertex(v[m2 * 2] as number, v[m2 * 2 + 1] as number);
    this.vertex(v[6] as number, v[7] as number);
  }
}

/**
 * Builds the path data of one series in a single pass: splits at gaps (no value) and breaks,
 * switches to the dashed path for segments that touch a provisional value, and reduces dense
 * data to at most four vertices per device pixel column (`dpr` columns per CSS pixel), which is
 * visually lossless; `dpr: Infinity` keeps every point. Tooltips and tables must read the caller's arrays, not these paths.
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
  const breaks = input.breaks ?? [];
  const n = Math.min(x.length, y.length);
  const solid = new ColumnPathWriter(dpr);
  const dashed = new ColumnPathWriter(dpr);
  const isolated: IsolatedPoint[] = [];
  // Precomputed affine map: this loop runs for every point of large series.
  const kx = xs.d1 === xs.d0 ? 0 : (xs.r1 - xs.r0) / (xs.d1 - xs.d0);
  const bx = xs.d1 === xs.d0 ? (xs.r0 + xs.r1) / 2 : xs.r0 - xs.d0 * kx;
  const ky = ys.d1 === ys.d0 ? 0 : (ys.r1 - ys.r0) / (ys.d1 - ys.d0);
  const by = ys.d1 === ys.d0 ? (ys.r0 + ys.r1) / 2 : ys.r0 - ys.d0 * ky;

  // Plain locals, no closure over them: V8 keeps the doubles unboxed in this hot loop.
  let b = 0;
  let prevI = -1;
  let prevX = 0;
  let prevPx = 0;
  let prevPy = 0;
  let prevProv = false;
  let runLength = 0;
  let current: ColumnPathWriter | undefined;

  for (let i = 0; i < n; i++) {
    const v = y[i];
    let ends = v === null || v === undefined || Number.isNaN(v);
    const xv = x[i] as number;
    if (!ends && runLength > 0) {
      while (b < breaks.length && (breaks[b] as number) <= prevX) b++;
      if (b < breaks.length && (breaks[b] as number) <= xv) ends = true;
    }
    if (ends && runLength > 0) {
      if (runLength === 1) isolated.push({ x: round(prevPx), y: round(prevPy), provisional: prevProv });
      current?.end();
      current = undefined;
      runLength = 0;
    }
    if (v === null || v === undefined || Number.isNaN(v)) continue;
    const px = xv * kx + bx;
    const py = v * ky + by;
    const prov = provisional ? Boolean(provisional[i]) : false;
    if (runLength === 0) {
      runLength = 1;
    } else {
      const style = prevProv || prov ? dashed : solid;
      if (style !== current) {
        current?.end();
        current = style;
        current.add(prevI, prevPx, prevPy);
      }
      current.add(i, px, py);
      runLength++;
    }
    prevI = i;
    prevX = xv;
    prevPx = px;
    prevPy = py;
    prevProv = prov;
  }
  if (runLength === 1) isolated.push({ x: round(prevPx), y: round(prevPy), provisional: prevProv });
  current?.end();
  return { solid: solid.path(), dashed: dashed.path(), isolated, vertices: solid.vertices + dashed.vertices };
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
