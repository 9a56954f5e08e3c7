/**
 * Series colours of the trend chart, light and dark, and the shape that marks each series'
 * last point and legend entry, so that colour is never the only way to tell series apart.
 * Every colour reaches 3:1 against its theme's background (WCAG 1.4.11, checked in
 * `trend-palette.test.ts`); the hues follow Okabe–Ito, darkened (light) or lightened (dark).
 */

/** Light-theme series colours, in series order. */
export const TREND_SERIES_LIGHT = ['#1f5fa8', '#b3400d', '#00704f', '#8b3d9e', '#7a5a00'] as const;
/** Dark-theme series colours, in series order. */
export const TREND_SERIES_DARK = ['#8ab4f8', '#ff9a76', '#4fd1a5', '#d7a6f0', '#f2bf5e'] as const;
/** The comparison (reference) series: grey, drawn thinner. */
export const TREND_REFERENCE = { light: '#5f6368', dark: '#b4b9bf' } as const;

/** The marker shapes, in series order. */
export const TREND_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;
/** A marker shape. */
export type TrendShape = (typeof TREND_SHAPES)[number];

/**
 * The shape of series `i` (cycling past the last).
 *
 * @example
 * ```ts
 * seriesShape(1); // "square"
 * ```
 */
export function seriesShape(i: number): TrendShape {
  return TREND_SHAPES[((i % TREND_SHAPES.length) + TREND_SHAPES.length) % TREND_SHAPES.length] ?? 'circle';
}

/**
 * SVG path data of a marker shape of radius `r` centred on `(x, y)`.
 *
 * @example
 * ```ts
 * shapePath('square', 10, 10, 4); // "M6,6h8v8h-8Z"
 * ```
 */
export function shapePath(shape: TrendShape, x: number, y: number, r: number): string {
  const f = (v: number): number => Math.round(v * 100) / 100;
  switch (shape) {
    case 'circle':
      return `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
    case 'square':
      return `M${f(x - r)},${f(y - r)}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'triangle':
      return `M${f(x)},${f(y - r * 1.2)}L${f(x + r * 1.1)},${f(y + r * 0.8)}L${f(x - r * 1.1)},${f(y + r * 0.8)}Z`;
    case 'diamond':
      return `M${f(x)},${f(y - r * 1.3)}L${f(x + r * 1.3)},${f(y)}L${f(x)},${f(y + r * 1.3)}L${f(x - r * 1.3)},${f(y)}Z`;
    case 'cross':
      return `M${f(x - r)},${f(y - r)}L${f(x + r)},${f(y + r)}M${f(x + r)},${f(y - r)}L${f(x - r)},${f(y + r)}`;
  }
}
