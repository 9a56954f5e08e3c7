import { describe, expect, it } from 'vitest';
import { contrastRatio } from './color.js';
import {
  seriesShape,
  shapePath,
  TREND_REFERENCE,
  TREND_SERIES_DARK,
  TREND_SERIES_LIGHT,
} from './trend-palette.js';

// The backgrounds of the element tokens (internal/tokens.ts): white and #16181b.
const LIGHT_BG = '#ffffff';
const DARK_BG = '#16181b';

describe('trend palette', () => {
  it('keeps every series colour at 3:1 or more against its background', () => {
    for (const c of [...TREND_SERIES_LIGHT, TREND_REFERENCE.light])
      expect(contrastRatio(c, LIGHT_BG)).toBeGreaterThanOrEqual(3);
    for (const c of [...TREND_SERIES_DARK, TREND_REFERENCE.dark])
      expect(contrastRatio(c, DARK_BG)).toBeGreaterThanOrEqual(3);
  });
  it('gives every series of five its own shape', () => {
    expect(new Set([0, 1, 2, 3, 4].map(seriesShape)).size).toBe(5);
    expect(seriesShape(5)).toBe('circle');
    expect(shapePath('square', 10, 10, 4)).toBe('M6,6h8v8h-8Z');
  });
});
