/**
 * Colour arithmetic for the map and ranking palettes: sRGB parsing, WCAG contrast, OKLab
 * interpolation and colour-vision-deficiency simulation. Pure functions, no DOM.
 */

/** A colour as linear-free sRGB channels in 0–1. */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** A colour in OKLab (perceptual lightness `l` in 0–1). */
export interface Oklab {
  readonly l: number;
  readonly a: number;
  readonly b: number;
}

const HEX = /^#([0-9a-f]{6})$/i;

/**
 * Reads a `#rrggbb` colour.
 *
 * @example
 * ```ts
 * parseHex('#ffffff'); // { r: 1, g: 1, b: 1 }
 * ```
 */
export function parseHex(hex: string): Rgb {
  const m = HEX.exec(hex);
  if (!m?.[1]) throw new Error(`invalid colour: ${JSON.stringify(hex)} (write #rrggbb)`);
  const n = Number.parseInt(m[1], 16);
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255 };
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * Writes a colour as lower-case `#rrggbb`, clamping out-of-gamut channels.
 *
 * @example
 * ```ts
 * toHex({ r: 1, g: 0.5, b: 0 }); // "#ff8000"
 * ```
 */
export function toHex(c: Rgb): string {
  const byte = (x: number) =>
    Math.round(clamp01(x) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${byte(c.r)}${byte(c.g)}${byte(c.b)}`;
}

const toLinear = (x: number) => (x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4);
const fromLinear = (x: number) => (x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055);

/**
 * WCAG 2.1 relative luminance of a `#rrggbb` colour.
 *
 * @example
 * ```ts
 * relativeLuminance('#000000'); // 0
 * ```
 */
export function relativeLuminance(hex: string): number {
  const { r, g, b } = parseHex(hex);
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
}

/**
 * WCAG 2.1 contrast ratio of two colours (1–21).
 *
 * @example
 * ```ts
 * contrastRatio('#000000', '#ffffff'); // 21
 * ```
 */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Picks black-ish or white text for a background, whichever contrasts more.
 *
 * @example
 * ```ts
 * textColorOn('#084594'); // "#ffffff"
 * ```
 */
export function textColorOn(background: string, dark = '#1a1a1a', light = '#ffffff'): string {
  return contrastRatio(background, dark) >= contrastRatio(background, light) ? dark : light;
}

/**
 * Converts sRGB to OKLab (Björn Ottosson, 2020).
 *
 * @example
 * ```ts
 * toOklab('#ffffff').l; // ≈ 1
 * ```
 */
export function toOklab(hex: string): Oklab {
  const c = parseHex(hex);
  const r = toLinear(c.r);
  const g = toLinear(c.g);
  const b = toLinear(c.b);
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return {
    l: 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    a: 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    b: 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  };
}

/**
 * Converts OKLab back to a `#rrggbb` colour.
 *
 * @example
 * ```ts
 * fromOklab(toOklab('#2171b5')); // "#2171b5"
 * ```
 */
export function fromOklab(c: Oklab): string {
  const l = (c.l + 0.3963377774 * c.a + 0.2158037573 * c.b) ** 3;
  const m = (c.l - 0.1055613458 * c.a - 0.0638541728 * c.b) ** 3;
  const s = (c.l - 0.0894841775 * c.a - 1.291485548 * c.b) ** 3;
  return toHex({
    r: fromLinear(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    g: fromLinear(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    b: fromLinear(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
  });
}

/**
 * Samples a piecewise OKLab ramp through `stops` at `t` in 0–1.
 *
 * @example
 * ```ts
 * interpolateStops(['#ffffff', '#000000'], 0.5); // a mid grey
 * ```
 */
export function interpolateStops(stops: readonly string[], t: number): string {
  const first = stops[0];
  if (first === undefined) throw new Error('a colour ramp needs at least one stop');
  if (stops.length === 1) return first;
  const x = clamp01(Number.isFinite(t) ? t : 0) * (stops.length - 1);
  const i = Math.min(Math.floor(x), stops.length - 2);
  const a = toOklab(stops[i] ?? first);
  const b = toOklab(stops[i + 1] ?? first);
  const f = x - i;
  return fromOklab({ l: a.l + (b.l - a.l) * f, a: a.a + (b.a - a.a) * f, b: a.b + (b.b - a.b) * f });
}

/** Colour-vision deficiencies that {@link simulateCvd} models (full dichromacy). */
export const CVD_KINDS = ['protanopia', 'deuteranopia', 'tritanopia'] as const;
/** A colour-vision deficiency. */
export type CvdKind = (typeof CVD_KINDS)[number];

// Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
const CVD_MATRICES: Readonly<Record<CvdKind, readonly number[]>> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

/**
 * How a colour looks to someone with a colour-vision deficiency.
 *
 * @example
 * ```ts
 * simulateCvd('#d94801', 'deuteranopia');
 * ```
 */
export function simulateCvd(hex: string, kind: CvdKind): string {
  const c = parseHex(hex);
  const r = toLinear(c.r);
  const g = toLinear(c.g);
  const b = toLinear(c.b);
  const m = CVD_MATRICES[kind];
  const at = (i: number) => m[i] ?? 0;
  return toHex({
    r: fromLinear(clamp01(at(0) * r + at(1) * g + at(2) * b)),
    g: fromLinear(clamp01(at(3) * r + at(4) * g + at(5) * b)),
    b: fromLinear(clamp01(at(6) * r + at(7) * g + at(8) * b)),
  });
}

/**
 * Perceptual distance of two colours (Euclidean in OKLab; about 0.02 is a just-noticeable step).
 *
 * @example
 * ```ts
 * colorDistance('#000000', '#ffffff'); // ≈ 1
 * ```
 */
export function colorDistance(x: string, y: string): number {
  const a = toOklab(x);
  const b = toOklab(y);
  return Math.hypot(a.l - b.l, a.a - b.a, a.b - b.b);
}
