import { describe, expect, it } from 'vitest';
import { TOKENS, type TokenName } from './tokens.js';

function luminance(hex: string): number {
  const n = hex.replace('#', '');
  const [r, g, b] = [0, 2, 4]
    .map((i) => parseInt(n.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG 2.1 contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT: TokenName[] = [
  'color-text',
  'color-text-muted',
  'color-met',
  'color-near',
  'color-missed',
  'color-error',
  'color-unknown',
];
const MARKS_ON_BACKGROUND: TokenName[] = [
  'color-accent',
  'color-target',
  'color-ghost',
  'color-focus',
  'color-border',
];
const BANDS: TokenName[] = ['color-band-1', 'color-band-2', 'color-band-3'];

describe('design tokens', () => {
  for (const scheme of ['light', 'dark'] as const) {
    const c = (n: TokenName) => TOKENS[n][scheme];
    it(`${scheme}: text reaches 4.5:1 on the background and the surface`, () => {
      for (const t of TEXT) {
        expect(contrast(c(t), c('color-background')), `${t} on background`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(c(t), c('color-surface')), `${t} on surface`).toBeGreaterThanOrEqual(4.5);
      }
    });
    it(`${scheme}: marks reach 3:1 on the background`, () => {
      for (const m of MARKS_ON_BACKGROUND)
        expect(contrast(c(m), c('color-background')), m).toBeGreaterThanOrEqual(3);
    });
    it(`${scheme}: the bar and the target marker reach 3:1 on every band they cross`, () => {
      for (const b of BANDS) {
        expect(contrast(c('color-accent'), c(b)), `accent on ${b}`).toBeGreaterThanOrEqual(3);
        expect(contrast(c('color-target'), c(b)), `target on ${b}`).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('every colour token has a system colour for forced-colors mode', () => {
    for (const [name, v] of Object.entries(TOKENS))
      if (name.startsWith('color-')) expect(v.forced, name).toMatch(/^[A-Z][A-Za-z]+$/);
  });
});

describe('token use', () => {
  it('every private --_ variable an element uses is a defined token', async () => {
    const { MittariGauge } = await import('../gauge/gauge.component.js');
    const { MittariKpi } = await import('../kpi/kpi.component.js');
    const { MittariTable } = await import('../table/table.component.js');
    const { MittariSource } = await import('../source/source.component.js');
    const { MittariLangSwitch } = await import('../lang-switch/lang-switch.component.js');
    const used = new Set<string>();
    for (const cls of [MittariGauge, MittariKpi, MittariTable, MittariSource, MittariLangSwitch]) {
      const css = cls
        .finalizeStyles(cls.styles)
        .map((s) => ('cssText' in s ? s.cssText : ''))
        .join('\n');
      for (const m of css.matchAll(/var\(--_([a-z0-9-]+)/g)) used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(10);
    for (const name of used) expect(Object.keys(TOKENS), name).toContain(name);
  });
});
