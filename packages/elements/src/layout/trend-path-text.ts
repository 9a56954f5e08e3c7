/**
 * SVG path data written as ASCII bytes and decoded once: for the tens of thousands of vertices
 * of a dense trend line on its first render.
 *
 * Why bytes: that render runs before V8 has optimised anything (see decision 0590), and there
 * every piece of text is a heap object. Pushing five pieces per vertex and joining them took
 * about half the render, most of it in the scavenges the pieces caused (decision 0780). Digits written into a `Uint8Array` are small-integer stores:
 * no allocation per vertex, and one `TextDecoder` call makes the string.
 */

const ZERO = 48;
const MINUS = 45;
const DOT = 46;
const COMMA = 44;
const MOVE = 77; // M
const LINE = 76; // L

/** The longest coordinate in bytes: a sign, 16 integer digits, a dot and two decimals. */
const MAX_COORD = 20;
/** The most one vertex can take: a command, two coordinates and a comma. */
export const MAX_VERTEX_BYTES = 2 + 2 * MAX_COORD;

let decoder: TextDecoder | undefined;

/** A growable buffer of path data in ASCII. */
export class PathText {
  /** The bytes; only `0 … length - 1` are written. */
  bytes: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(64, capacity));
  }

  /** Makes room for `vertices` more vertices of any size, so writers need no check per byte. */
  reserve(vertices: number): void {
    const need = this.length + vertices * MAX_VERTEX_BYTES;
    if (need <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(need, this.bytes.length * 2));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** The path data written so far. */
  text(): string {
    if (this.length === 0) return '';
    decoder ??= new TextDecoder();
    return decoder.decode(this.bytes.subarray(0, this.length));
  }
}

/**
 * Writes `k` hundredths (an integer) as the shortest decimal text at `p` — `1234` → `12.34`,
 * `-5` → `-0.05`, `700` → `7` — and returns the new end. Coordinates on the plot (0 to 9 999.99)
 * take the first branch, small-integer arithmetic only (a remainder, then an exact division);
 * it is written out, not split into calls, as each call costs about as much as a digit before
 * the code is optimised.
 */
export function writeHundredths(b: Uint8Array, p: number, k: number): number {
  if (k >= 0 && k < 1_000_000) {
    const f = k % 100;
    const n = (k - f) / 100;
    if (n >= 100) {
      const d0 = n % 10;
      const n1 = (n - d0) / 10;
      const d1 = n1 % 10;
      const n2 = (n1 - d1) / 10;
      if (n2 >= 10) {
        const d2 = n2 % 10;
        b[p++] = ZERO + (n2 - d2) / 10;
        b[p++] = ZERO + d2;
      } else b[p++] = ZERO + n2;
      b[p++] = ZERO + d1;
      b[p++] = ZERO + d0;
    } else if (n >= 10) {
      const d0 = n % 10;
      b[p++] = ZERO + (n - d0) / 10;
      b[p++] = ZERO + d0;
    } else b[p++] = ZERO + n;
    if (f === 0) return p;
    const d = f % 10;
    b[p++] = DOT;
    b[p++] = ZERO + (f - d) / 10;
    if (d !== 0) b[p++] = ZERO + d;
    return p;
  }
  return writeOffPlot(b, p, k);
}

/**
 * {@link writeHundredths} for what is off any plot: negative, 10 000 px or more, or not finite
 * (written as `0`: a value the scales cannot map has no place to be drawn). Rare, so plain.
 */
function writeOffPlot(b: Uint8Array, p: number, k: number): number {
  if (!Number.isFinite(k)) {
    b[p] = ZERO;
    return p + 1;
  }
  if (k < 0) b[p++] = MINUS;
  // Clamped below 2^53 / 100 so `(a - f) / 100` stays a whole number: 10^13 px is off any plot.
  const a = Math.min(Math.abs(k), 1e15);
  const f = a % 100;
  const s = `${(a - f) / 100}${f === 0 ? '' : `.${f < 10 ? '0' : ''}${f % 10 === 0 ? f / 10 : f}`}`;
  for (let i = 0; i < s.length; i++) b[p++] = s.charCodeAt(i);
  return p;
}

/** Bytes of the commands and the separator, for writers of whole vertices. */
export const PATH_BYTES = { move: MOVE, line: LINE, comma: COMMA } as const;
