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

/**
 * Writes one style of path, reducing the points that fall into one device pixel column to the
 * first, lowest, highest and last (M4 aggregation): the rasterised line is the same as with every
 * point, because a line through a column can only reach those extremes and leaves it at the last.
 */
class ColumnPathWriter {
  d = '';
  vertices = 0;
  private open = false;
  private col = Number.NaN;
  private n = 0;
  private fx = 0;
  private fy = 0;
  private fi = 0;
  private lox = 0;
  private loy = 0;
  private loi = 0;
  private hix = 0;
  private hiy = 0;
  private hii = 0;
  private lx = 0;
  private ly = 0;
  private li = 0;

  // An infinite dpr asks for every point (the full render that decimation is compared with).
  private readonly full: boolean;

  constructor(private readonly dpr: number) {
    this.full = !Number.isFinite(dpr);
  }

  add(i: number, x: number, y: number): void {
    const col = this.full ? i : Math.floor(x * this.dpr);
    if (col !== this.col) {
      this.flush();
      this.col = col;
      this.n = 0;
    }
    if (this.n === 0) {
      this.fx = this.lox = this.hix = this.lx = x;
      this.fy = this.loy = this.hiy = this.ly = y;
      this.fi = this.loi = this.hii = this.li = i;
    } else {
      // Screen y grows downwards: the lowest value is the largest y.
      if (y > this.loy) {
        this.lox = x;
        this.loy = y;
        this.loi = i;
      }
      if (y < this.hiy) {
        this.hix = x;
        this.hiy = y;
        this.hii = i;
      }
      this.lx = x;
      this.ly = y;
      this.li = i;
    }
    this.n++;
  }

  /** Ends the current subpath: the next point starts a new one with a move. */
  end(): void {
    this.flush();
    this.open = false;
    this.col = Number.NaN;
    this.n = 0;
  }

  private vertex(x: number, y: number): void {
    this.d += `${this.open ? 'L' : 'M'}${round(x)},${round(y)}`;
    this.open = true;
    this.vertices++;
  }

  private flush(): void {
    if (this.n === 0) return;
    this.vertex(this.fx, this.fy);
    if (this.n === 1) return;
    const a = this.loi < this.hii;
    const [m1i, m1x, m1y, m2i, m2x, m2y] = a
      ? [this.loi, this.lox, this.loy, this.hii, this.hix, this.hiy]
      : [this.hii, this.hix, this.hiy, this.loi, this.lox, this.loy];
    if (m1i !== this.fi && m1i !== this.li) this.vertex(m1x, m1y);
    if (m2i !== this.fi && m2i !== this.li && m2i !== m1i) this.vertex(m2x, m2y);
    this.vertex(this.lx, this.ly);
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

  let b = 0;
  let prevI = -1;
  let prevX = 0;
  let prevPx = 0;
  let prevPy = 0;
  let prevProv = false;
  let runLength = 0;
  let current: ColumnPathWriter | undefined;

  const endRun = (): void => {
    if (runLength === 1) isolated.push({ x: round(prevPx), y: round(prevPy), provisional: prevProv });
    current?.end();
    current = undefined;
    runLength = 0;
  };

  for (let i = 0; i < n; i++) {
    const v = y[i];
    if (v === null || v === undefined || Number.isNaN(v)) {
      if (runLength > 0) endRun();
      continue;
    }
    const xv = x[i] as number;
    const px = xv * kx + bx;
    const py = v * ky + by;
    const prov = provisional ? Boolean(provisional[i]) : false;
    if (runLength > 0) {
      while (b < breaks.length && (breaks[b] as number) <= prevX) b++;
      if (b < breaks.length && (breaks[b] as number) <= xv) endRun();
    }
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
  if (runLength > 0) endRun();
  return { solid: solid.d, dashed: dashed.d, isolated, vertices: solid.vertices + dashed.vertices };
}

/**
 * Maps one point to pixels, or `undefined` when it has no value.
 *
 * @example
 * ```ts
 * pointAt({ x: [0, 1], y: [5, null] }, 1, linearScale(0, 1, 0, 10), linearScale(0, 10, 10, 0)); // undefined
 * ```
 */
export function pointAt(input: LineInput, i: number, xs: LinearScale, ys: LinearScale): { x: number; y: number } | undefined {
  const v = input.y[i];
  const xv = input.x[i];
  if (v === null || v === undefined || Number.isNaN(v) || xv === undefined) return undefined;
  return { x: scaleMap(xs, xv), y: scaleMap(ys, v) };
}
