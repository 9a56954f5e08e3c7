import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDataset, type Dataset } from '@mittari/core';
import { clearSharedClients } from '@mittari/client';
import './kpi.js';
import type { MittariKpi } from './kpi.component.js';
import {
  EMPLOYMENT_AREAS_EXCERPT,
  HOSTILE,
  SYNTHETIC_HOSTILE_DOCUMENT,
  syntheticIndicator,
} from '../gauge/gauge.fixtures.js';
import { serializeSvg } from '../internal/svg-serialize.js';
import { axeViolations } from '../../../../tests/browser/support/axe.js';
import { expectGolden } from '../../../../tests/browser/support/golden.js';
import { mount, shadowText, unmountAll, until } from '../../../../tests/browser/support/mount.js';

function dataset(doc: unknown = EMPLOYMENT_AREAS_EXCERPT): Dataset {
  const r = parseDataset(doc);
  if (!r.success) throw new Error(r.error.message);
  return r.data;
}
const root = (el: MittariKpi) => el.shadowRoot as ShadowRoot;

beforeEach(() => {
  clearSharedClients();
  document.documentElement.lang = 'fi';
});
afterEach(() => {
  unmountAll();
  vi.unstubAllGlobals();
});

describe('<mittari-kpi>', () => {
  it('shows the latest value, no change across the TE24 break, and the year-on-year change is not computed either', async () => {
    const el = await mount<MittariKpi>(
      '<mittari-kpi indicator="unemployed-share" area="TA39"></mittari-kpi>',
      'mittari-kpi',
      (k) => (k.data = dataset()),
    );
    expect(root(el).querySelector('[part~="value"]')?.textContent?.trim()).toBe('12,0\u00a0%');
    // 2024-12 → 2025-01 crosses the TE24 break annotated in the data: no change is shown.
    const changes = Array.from(root(el).querySelectorAll('[part~="change"]'));
    expect(changes).toHaveLength(2);
    expect(changes[0]?.className).toContain('tone-neutral');
    expect(root(el).querySelector('[part~="status"]')?.className).toContain('status-missed');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('colours a fall of a lower-is-better indicator as better, with arrow, sign and words', async () => {
    const el = await mount<MittariKpi>(
      '<mittari-kpi indicator="unemployed-share" area="TA39" period="2024-12"></mittari-kpi>',
      'mittari-kpi',
      (k) => (k.data = dataset()),
    );
    const prev = root(el).querySelector('[part~="change"]') as HTMLElement;
    // Real figures: Tampere region 2024-11 → 2024-12.
    const series = dataset().observations.select({
      indicator: 'unemployed-share',
      areas: ['TA39'],
      from: '2024-11',
      to: '2024-12',
    });
    const diff = (series[1]?.value ?? 0) - (series[0]?.value ?? 0);
    expect(prev.className).toContain(diff < 0 ? 'tone-better' : diff > 0 ? 'tone-worse' : 'tone-neutral');
    expect(prev.querySelector('.arrow')?.textContent).toBe(diff < 0 ? '▼' : diff > 0 ? '▲' : '▶');
    expect(prev.textContent).toMatch(/%-yks\./);
  });

  it('speaks sv and en, and switches live', async () => {
    const el = await mount<MittariKpi>(
      '<div lang="sv"><mittari-kpi indicator="unemployed-share" area="TA28"></mittari-kpi></div>',
      'mittari-kpi',
      (k) => (k.data = dataset()),
    );
    expect(shadowText(el)).toContain('Norra och Östra Lappland');
    (el.parentElement as HTMLElement).lang = 'en';
    await until(el, () => shadowText(el).includes('North and East Lapland'));
    expect(el.toCsv()).toContain('Period,Value (%)');
  });

  it('fires mittari-select from the sparkline point by keyboard', async () => {
    const el = await mount<MittariKpi>(
      '<mittari-kpi indicator="unemployed-share" area="TA15"></mittari-kpi>',
      'mittari-kpi',
      (k) => (k.data = dataset()),
    );
    const dot = root(el).querySelector<SVGGElement>('[data-mark]') as SVGGElement;
    const picked = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('mittari-select', (e) => resolve(e), { once: true }),
    );
    dot.focus();
    dot.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect((await picked).detail).toMatchObject({
      element: 'kpi',
      area: 'TA15',
      period: '2025-01',
      value: 9.5,
    });
  });

  it('shows suppressed values as suppressed, hostile labels as text', async () => {
    const el = await mount<MittariKpi>(
      '<mittari-kpi indicator="synthetic-count" area="TA45"></mittari-kpi>',
      'mittari-kpi',
      (k) => (k.data = dataset(SYNTHETIC_HOSTILE_DOCUMENT)),
    );
    expect(root(el).querySelector('[part~="value"]')?.textContent).toMatch(/salattu/);
    expect(root(el).querySelector('img, script')).toBeNull();
    expect(shadowText(el)).toContain(HOSTILE.img);
    expect(el.toCsv()).not.toMatch(/;\s*$/m);
    expect(root(el).querySelector('[part~="partial"]')).not.toBeNull();
  });

  it('writes a huge value briefly (1e308) and never prints NaN or Infinity (synthetic numbers)', async () => {
    const indicator = syntheticIndicator('synthetic-big', 'Synteettinen suuri luku', 'count');
    const big = await mount<MittariKpi>('<mittari-kpi></mittari-kpi>', 'mittari-kpi', (k) => {
      k.data = {
        indicator,
        series: [
          { period: '2025-01', value: 1, status: 'final' },
          { period: '2025-02', value: 1e308, status: 'final' },
        ],
      };
    });
    const value = root(big).querySelector('[part~="value"]')?.textContent?.trim() ?? '';
    expect(value).toBe('1E308');
    expect(shadowText(big).length).toBeLessThan(2000);
    expect(shadowText(big)).not.toMatch(/\d{16}/);
    const odd = await mount<MittariKpi>('<mittari-kpi></mittari-kpi>', 'mittari-kpi', (k) => {
      k.data = {
        indicator,
        target: { value: Number.POSITIVE_INFINITY },
        series: [
          { period: '2025-01', value: Number.NEGATIVE_INFINITY, status: 'final' },
          { period: '2025-02', value: Number.NaN, status: 'final' },
        ],
      };
    });
    expect(root(odd).querySelector('[part~="value"]')?.textContent).toMatch(/puuttuu|ei tietoa/i);
    expect(shadowText(odd)).not.toMatch(/NaN|Infinity|∞/);
    expect(root(odd).querySelector('svg')?.outerHTML ?? '').not.toMatch(/NaN|Infinity/);
  });

  it('shows numbers grouped but says them whole, and wraps its target line at 320 px', async () => {
    const indicator = syntheticIndicator('synthetic-count', 'Synteettinen henkilömäärä', 'persons');
    const el = await mount<MittariKpi>(
      '<mittari-kpi style="display:block;width:288px"></mittari-kpi>',
      'mittari-kpi',
      (k) => {
        k.data = {
          indicator,
          target: { value: 230_000 },
          series: Array.from({ length: 13 }, (_, i) => ({
            period: `${2024 + Math.floor((i + 1) / 12)}-${String(((i + 1) % 12) + 1).padStart(2, '0')}`,
            value: 218_000 + i * 128 + (i === 12 ? 3 : 0),
            status: 'final' as const,
          })),
        };
      },
    );
    // Shown with a group separator; said without one, a screen reader reads "219 539" as two numbers.
    expect(root(el).querySelector('[part~="value"]')?.textContent?.trim()).toBe('219\u00a0539');
    const said = [
      ...[...root(el).querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label') ?? ''),
      ...[...root(el).querySelectorAll('.visually-hidden')].map((e) => e.textContent ?? ''),
    ];
    expect(said.join(' ')).toContain('219539');
    expect(said.filter((t) => /\d[\s\u00a0\u202f]\d{3}\b/.test(t))).toEqual([]);
    // The target line wraps inside the tile rather than past its edge (WCAG 1.4.10 reflow).
    const tile = root(el).querySelector('[part~="base"]')?.getBoundingClientRect();
    const target = root(el).querySelector('.target')?.getBoundingClientRect();
    expect(target && tile && target.right <= tile.right).toBe(true);
  });

  it('loads from src and shows an error with retry', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{', { status: 200, headers: { 'content-type': 'application/json' } })),
    );
    const el = await mount<MittariKpi>('<mittari-kpi src="/data/broken.json"></mittari-kpi>', 'mittari-kpi');
    await until(el, () => root(el).querySelector('[part~="error"]') !== null);
    expect(root(el).querySelector('[part~="retry"]')).not.toBeNull();
  });

  it('renders its sparkline as before (golden)', async () => {
    const el = await mount<MittariKpi>(
      '<mittari-kpi indicator="unemployed-share" area="TA39" period="2025-01"></mittari-kpi>',
      'mittari-kpi',
      (k) => (k.data = dataset()),
    );
    await expectGolden(
      'kpi-ta39-2025-01',
      serializeSvg(root(el).querySelector('svg[part~="chart"]') as SVGSVGElement),
    );
  });
});
