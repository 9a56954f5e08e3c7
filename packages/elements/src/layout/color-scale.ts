/**
 * Puts a classification and a palette together: the fill of each class and of any value.
 * Recolouring the map is only this; its paths stay as they are.
 */
import type { Classification } from './color-classes.js';
import { classIndex, continuousPosition } from './color-classes.js';
import {
  classColors,
  continuousColor,
  divergingFamilies,
  rampColors,
  SURFACES,
  type PaletteOptions,
  type Theme,
} from './color-palette.js';
import type { Direction } from '@mittari/core';

/** A ready colour scale. */
export interface ColorScale {
  readonly classification: Classification;
  /** One fill per class of `classification.classes`, lowest values first. */
  readonly classFills: readonly string[];
  /** The fill of a value; `undefined` for a value that has none (suppressed or missing). */
  fill(value: number | null | undefined): string | undefined;
}

function divergingClassFills(c: Classification, theme: Theme, direction: Direction): string[] {
  const center = c.center ?? 0;
  const below = c.classes.filter((k) => k.to <= center).length;
  const above = c.classes.length - below;
  const side = Math.max(below, above);
  const [lowFamily, highFamily] = divergingFamilies(direction);
  const low = rampColors(theme, lowFamily, side);
  const high = rampColors(theme, highFamily, side);
  // Equal distance from the centre, equal salience on both sides.
  return c.classes.map((_, i) =>
    i < below
      ? (low[below - 1 - i] ?? SURFACES[theme].neutral)
      : (high[i - below] ?? SURFACES[theme].neutral),
  );
}

/**
 * Builds the colour scale of a classification in a palette.
 *
 * @example
 * ```ts
 * const c = classify(values, { kind: 'sequential', method: 'quantile' });
 * const scale = colorScale(c, { kind: 'sequential', direction: 'lower-is-better', theme: 'light' });
 * scale.fill(7.4); // "#…"
 * ```
 */
export function colorScale(classification: Classification, palette: PaletteOptions): ColorScale {
  const options: PaletteOptions = { ...palette, kind: classification.kind };
  const n = classification.classes.length;
  const classFills =
    options.kind === 'diverging'
      ? divergingClassFills(classification, options.theme, options.direction)
      : n === 0
        ? []
        : classColors(options, n);
  return {
    classification,
    classFills,
    fill(value) {
      if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
      if (classification.method === 'continuous')
        return continuousColor(options, continuousPosition(classification, value));
      const i = classIndex(classification, value);
      return classFills[i];
    },
  };
}
