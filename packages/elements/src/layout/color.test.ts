import { describe, expect, it } from 'vitest';
import {
  colorDistance,
  contrastRatio,
  CVD_KINDS,
  fromOklab,
  parseHex,
  simulateCvd,
  textColorOn,
  toOklab,
} from './color.js';
import { classColors, paletteContrastIssues, rampColors, THEMES } from './color-palette.js';
import { classify, classIndex, continuousPosition } from './color-classes.js';
import { colorScale } from './color-scale.js';

describe('colour arithmetic', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
  it('round-trips through OKLab', () => {
    for (const hex of ['#2171b5', '#d94801', '#16191d', '#ffffff']) expect(fromOklab(toOklab(hex))).toBe(hex);
  });
  it('rejects malformed colours with the bad value', () => {
    expect(() => parseHex('blue')).toThrow(/invalid colour: "blue"/);
  });
  it('picks readable text on dark and light fills', () => {
    expect(textColorOn('#08306b')).toBe('#ffffff');
    expect(textColorOn('#c6dbef')).toBe('#1a1a1a');
  });
});

describe('palettes', () => {
  const lightness = (xs: string[]) => xs.map((x) => toOklab(x).l);

  it('makes better the dark blue end whichever way the indicator points', () => {
    const up = classColors({ kind: 'sequential', direction: 'higher-is-better', theme: 'light' }, 5);
    const down = classColors({ kind: 'sequential', direction: 'lower-is-better', theme: 'light' }, 5);
    expect(down).toEqual([...up].reverse());
    const l = lightness(up);
    for (let i = 1; i < l.length; i++) expect(l[i]).toBeLessThan(l[i - 1] ?? 0);
    // blue: b channel dominates
    const best = parseHex(up[4] ?? '');
    expect(best.b).toBeGreaterThan(best.r);
  });

  it('turns salience the other way in the dark theme (better is brighter)', () => {
    const l = lightness(classColors({ kind: 'sequential', direction: 'higher-is-better', theme: 'dark' }, 5));
    for (let i = 1; i < l.length; i++) expect(l[i]).toBeGreaterThan(l[i - 1] ?? 1);
  });

  it('puts the worse side in orange and the better side in blue on diverging scales', () => {
    const up = classColors({ kind: 'diverging', direction: 'higher-is-better', theme: 'light' }, 6);
    const down = classColors({ kind: 'diverging', direction: 'lower-is-better', theme: 'light' }, 6);
    const isOrange = (h: string) => parseHex(h).r > parseHex(h).b;
    expect(up.slice(0, 3).every(isOrange)).toBe(true);
    expect(up.slice(3).some(isOrange)).toBe(false);
    expect(down.slice(0, 3).some(isOrange)).toBe(false);
    expect(down.slice(3).every(isOrange)).toBe(true);
    expect(classColors({ kind: 'diverging', direction: 'higher-is-better', theme: 'light' }, 5)[2]).toBe(
      '#e8e8e8',
    );
  });

  it.each(THEMES)('keeps neighbouring classes apart under every colour-vision deficiency (%s)', (theme) => {
    for (const family of ['better', 'worse', 'below', 'above'] as const) {
      for (const n of [3, 5, 7]) {
        const ramp = rampColors(theme, family, n);
        for (const kind of CVD_KINDS) {
          const seen = ramp.map((c) => simulateCvd(c, kind));
          for (let i = 1; i < seen.length; i++) {
            expect(
              colorDistance(seen[i - 1] ?? '', seen[i] ?? ''),
              `${theme} ${family} ${n} ${kind} step ${i}`,
            ).toBeGreaterThan(0.04);
          }
        }
      }
    }
  });

  it.each(THEMES)('meets the WCAG contrast checks in the %s theme', (theme) => {
    expect(paletteContrastIssues(theme)).toEqual([]);
  });
});

describe('classification', () => {
  // Synthetic values.
  const values = [1, 2, 2, 3, 4, 5, 6, 7, 8, 9, null];

  it('splits into quantile classes and ignores missing values', () => {
    const c = classify(values, { kind: 'sequential', method: 'quantile', classes: 2 });
    expect(c.domain).toEqual([1, 9]);
    expect(c.thresholds).toEqual([4.5]);
    expect(classIndex(c, 4.5)).toBe(0);
    expect(classIndex(c, 4.6)).toBe(1);
    expect(classIndex(c, null)).toBe(-1);
  });

  it('splits into equal intervals', () => {
    const c = classify(values, { kind: 'sequential', method: 'equal', classes: 4 });
    expect(c.thresholds).toEqual([3, 5, 7]);
    expect(c.classes).toHaveLength(4);
  });

  it('uses the breaks a user gives, sorted, dropping those outside the data', () => {
    const c = classify(values, { kind: 'sequential', method: 'breaks', breaks: [6, 3, 20, 3] });
    expect(c.thresholds).toEqual([3, 6]);
    expect(c.classes.map((k) => [k.from, k.to])).toEqual([
      [1, 3],
      [3, 6],
      [6, 9],
    ]);
  });

  it('merges tied quantiles instead of making empty classes', () => {
    const c = classify([4, 4, 4, 4, 9], { kind: 'sequential', method: 'quantile', classes: 5 });
    expect(c.classes.length).toBeLessThan(5);
    expect(new Set(c.thresholds).size).toBe(c.thresholds.length);
  });

  it('keeps the centre of a diverging scale as a class bound', () => {
    const c = classify(values, { kind: 'diverging', method: 'equal', classes: 4, center: 4 });
    expect(c.thresholds).toContain(4);
    expect(c.classes.every((k) => k.to <= 4 || k.from >= 4)).toBe(true);
    expect(continuousPosition(c, 4)).toBe(0.5);
  });

  it('falls back to sequential when a diverging scale has no centre', () => {
    expect(classify(values, { kind: 'diverging', method: 'quantile' }).kind).toBe('sequential');
  });

  it('colours classes on each side of the centre with equal salience for equal distance', () => {
    const c = classify([1, 2, 3, 4, 6, 7, 8, 9], {
      kind: 'diverging',
      method: 'equal',
      classes: 4,
      center: 5,
    });
    const scale = colorScale(c, { kind: 'diverging', direction: 'higher-is-better', theme: 'light' });
    expect(scale.classFills).toEqual([
      ...rampColors('light', 'worse', 2).reverse(),
      ...rampColors('light', 'better', 2),
    ]);
    expect(scale.fill(null)).toBeUndefined();
    expect(scale.fill(9)).toBe(scale.classFills[3]);
  });

  it('gives a continuous scale a smooth fill', () => {
    const c = classify([0, 10], { kind: 'sequential', method: 'continuous' });
    const scale = colorScale(c, { kind: 'sequential', direction: 'higher-is-better', theme: 'light' });
    expect(scale.classFills).toEqual([]);
    expect(scale.fill(0)).not.toBe(scale.fill(10));
  });
});
