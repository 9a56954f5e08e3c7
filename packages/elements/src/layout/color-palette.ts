/**
 * Direction-aware, colour-blind-safe palettes for the map and the ranking, in light and dark
 * themes. "Better" is always the blue family and "worse" the orange family, whichever way an
 * indicator points; neutral and target-is-best indicators use purple (and green above a centre),
 * which says nothing about good or bad. See decision 0551.
 */
import type { Direction } from '@mittari/core';
import { contrastRatio, interpolateStops } from './color.js';

/** The themes every palette is defined for. */
export const THEMES = ['light', 'dark'] as const;
/** A colour theme. */
export type Theme = (typeof THEMES)[number];

/** Colour scale kinds of `<mittari-map scale="…">`. */
export const SCALE_KINDS = ['sequential', 'diverging'] as const;
/** A colour scale kind. */
export type ScaleKind = (typeof SCALE_KINDS)[number];

/** Hue families; each ramp runs from least to most salient in its theme. */
export type HueFamily = 'better' | 'worse' | 'below' | 'above';

/** Surface colours a palette is checked against. */
export interface ThemeSurface {
  /** Page / map background. */
  readonly background: string;
  /** Text and the dark half of the focus ring. */
  readonly text: string;
  /** Borders between areas. */
  readonly border: string;
  /** The no-value hatch drawn over the background. */
  readonly hatch: string;
  /** Centre colour of diverging scales. */
  readonly neutral: string;
}

/** Surfaces of each theme; element tokens default to these values. */
export const SURFACES: Readonly<Record<Theme, ThemeSurface>> = {
  light: { background: '#ffffff', text: '#1a1a1a', border: '#ffffff', hatch: '#595959', neutral: '#e8e8e8' },
  dark: { background: '#16191d', text: '#f2f2f2', border: '#16191d', hatch: '#b3b3b3', neutral: '#3d4248' },
};

// ColorBrewer Blues/Oranges/Purples/Greens (light, from the second step so the palest class
// still differs from the page); the dark ramps are their mirror, dim to bright, so that the
// salient end is always the "most" end in either theme.
const RAMPS: Readonly<Record<Theme, Readonly<Record<HueFamily, readonly string[]>>>> = {
  light: {
    better: ['#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'],
    worse: ['#fdd0a2', '#fdae6b', '#fd8d3c', '#f16913', '#d94801', '#a63603', '#7f2704'],
    below: ['#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#54278f', '#3f007d'],
    above: ['#c7e9c0', '#a1d99b', '#74c476', '#41ab5d', '#238b45', '#006d2c', '#00441b'],
  },
  dark: {
    better: ['#1f3a5c', '#1f5287', '#2f6fad', '#4d90cf', '#78b1e4', '#a9cff2', '#dbeeff'],
    worse: ['#4a2a12', '#733a12', '#a04d12', '#cc6a1c', '#ec8f41', '#f7b67c', '#ffe0bf'],
    below: ['#33284a', '#4a3875', '#644f9c', '#826cbf', '#a390d8', '#c6b8ec', '#e9e2fb'],
    above: ['#1a3a20', '#1f5a2b', '#2b7a3a', '#429b50', '#6aba73', '#9cd7a0', '#d2f0d2'],
  },
};

/**
 * `n` colours along a hue family, least salient first.
 *
 * @example
 * ```ts
 * rampColors('light', 'better', 3); // pale, mid and dark blue
 * ```
 */
export function rampColors(theme: Theme, family: HueFamily, n: number): string[] {
  const stops = RAMPS[theme][family];
  if (n <= 1) return [interpolateStops(stops, 1)];
  return Array.from({ length: n }, (_, i) => interpolateStops(stops, i / (n - 1)));
}

/** What a scale needs to pick its colours. */
export interface PaletteOptions {
  readonly kind: ScaleKind;
  readonly direction: Direction;
  readonly theme: Theme;
}

/** The two sides of a diverging scale, below and above its centre. */
export function divergingFamilies(direction: Direction): readonly [HueFamily, HueFamily] {
  if (direction === 'higher-is-better') return ['worse', 'better'];
  if (direction === 'lower-is-better') return ['better', 'worse'];
  return ['below', 'above'];
}

/** The single family of a sequential scale and whether salience grows with the value. */
function sequentialFamily(direction: Direction): { family: HueFamily; ascending: boolean } {
  if (direction === 'higher-is-better') return { family: 'better', ascending: true };
  if (direction === 'lower-is-better') return { family: 'better', ascending: false };
  return { family: 'below', ascending: true };
}

/**
 * Colours for `count` classes, ordered from the lowest values to the highest. Sequential scales
 * grow towards "better" (blue); diverging scales get `count / 2` classes each side of the centre
 * (an odd count puts a neutral class at the centre).
 *
 * @example
 * ```ts
 * classColors({ kind: 'sequential', direction: 'lower-is-better', theme: 'light' }, 5);
 * // five blues, darkest first: low unemployment is better
 * ```
 */
export function classColors(options: PaletteOptions, count: number): string[] {
  const n = Math.max(1, Math.floor(count));
  const { theme } = options;
  if (options.kind === 'sequential') {
    const { family, ascending } = sequentialFamily(options.direction);
    const colors = rampColors(theme, family, n);
    return ascending ? colors : colors.reverse();
  }
  const [lowFamily, highFamily] = divergingFamilies(options.direction);
  const side = Math.floor(n / 2);
  const low = side > 0 ? rampColors(theme, lowFamily, side).reverse() : [];
  const high = side > 0 ? rampColors(theme, highFamily, side) : [];
  return n % 2 === 1 ? [...low, SURFACES[theme].neutral, ...high] : [...low, ...high];
}

/**
 * A continuous colour for `t` in 0–1 along the scale (0 = lowest value; for diverging scales
 * 0.5 = the centre).
 *
 * @example
 * ```ts
 * continuousColor({ kind: 'diverging', direction: 'higher-is-better', theme: 'dark' }, 0.5);
 * ```
 */
export function continuousColor(options: PaletteOptions, t: number): string {
  const x = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  const { theme } = options;
  if (options.kind === 'sequential') {
    const { family, ascending } = sequentialFamily(options.direction);
    return interpolateStops(RAMPS[theme][family], ascending ? x : 1 - x);
  }
  const [lowFamily, highFamily] = divergingFamilies(options.direction);
  const neutral = SURFACES[theme].neutral;
  if (x < 0.5) return interpolateStops([neutral, ...RAMPS[theme][lowFamily]], (0.5 - x) * 2);
  return interpolateStops([neutral, ...RAMPS[theme][highFamily]], (x - 0.5) * 2);
}

/** One failed contrast requirement of a palette. */
export interface ContrastIssue {
  readonly what: string;
  readonly ratio: number;
  readonly required: number;
}

/**
 * Checks what WCAG asks of a palette in a theme: the most salient colour of each family reaches
 * 3:1 against the background (non-text contrast), text reaches 4.5:1, and the two-tone focus
 * ring reaches 3:1 against every fill with at least one of its tones.
 *
 * @example
 * ```ts
 * paletteContrastIssues('dark'); // [] when the dark palette passes
 * ```
 */
export function paletteContrastIssues(theme: Theme): ContrastIssue[] {
  const s = SURFACES[theme];
  const issues: ContrastIssue[] = [];
  const need = (what: string, ratio: number, required: number) => {
    if (ratio < required) issues.push({ what, ratio, required });
  };
  need('text on background', contrastRatio(s.text, s.background), 4.5);
  need('hatch on background', contrastRatio(s.hatch, s.background), 3);
  for (const family of ['better', 'worse', 'below', 'above'] as const) {
    const ramp = RAMPS[theme][family];
    const salient = ramp[ramp.length - 1] ?? s.background;
    need(`${family} salient end on background`, contrastRatio(salient, s.background), 3);
    for (const fill of [...ramp, s.neutral]) {
      const ring = Math.max(contrastRatio(fill, s.text), contrastRatio(fill, s.background));
      need(`focus ring on ${fill}`, ring, 3);
    }
  }
  return issues;
}
