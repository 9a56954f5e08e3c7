import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDataset, type Dataset } from '@mittari/core';
import { clearSharedClients } from '@mittari/client';
import './gauge.js';
import type { MittariGauge } from './gauge.component.js';
import {
  EMPLOYMENT_AREAS_EXCERPT,
  HOSTILE,
  SYNTHETIC_HOSTILE_DOCUMENT,
  syntheticIndicator,
} from './gauge.fixtures.js';
import type { GaugeData } from '../layout/gauge-data.js';
import { serializeSvg } from '../internal/svg-serialize.js';
import { axeViolations } from '../../../../tests/browser/support/axe.js';
import { expectGolden } from '../../../../tests/browser/support/golden.js';

// Generous: retries with backoff and a loaded CI machine make states arrive late, never wrongly.
const WAIT = { timeout: 15_000, interval: 50 };

function dataset(doc: unknown = EMPLOYMENT_AREAS_EXCERPT): Dataset {
  const r = parseDataset(doc);
  if (!r.success) throw new Error(r.error.message);
  return r.data;
}

const containers: HTMLElement[] = [];
async function mount(markup: string, setup?: (el: MittariGauge) => void): Promise<MittariGauge> {
  const host = document.createElement('div');
  host.style.width = '360px';
  // Markup below is the test's own constant text, never data.
  host.innerHTML = markup;
  document.body.append(host);
  containers.push(host);
  const el = host.querySelector('mittari-gauge') as MittariGauge;
  setup?.(el);
  await settle(el);
  return el;
}

async function settle(el: MittariGauge): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
}

async function until(el: MittariGauge, predicate: () => boolean): Promise<void> {
  await vi.waitFor(async () => {
    await el.updateComplete;
    if (!predicate()) throw new Error('not yet');
  }, WAIT);
}

const root = (el: MittariGauge) => el.shadowRoot as ShadowRoot;
const textOf = (el: MittariGauge) => root(el).textContent?.replace(/[ \t\r\n]+/g, ' ') ?? '';

function jsonResponse(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

beforeEach(() => {
  clearSharedClients();
  document.documentElement.lang = 'fi';
});
afterEach(() => {
  for (const c of containers.splice(0)) c.remove();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('<mittari-gauge> property mode', () => {
  it('renders the real value, target, gap and status from a Dataset (Tampere region, 2025-01)', async () => {
    const el = await mount(
      '<mittari-gauge indicator="unemployed-share" area="TA39"></mittari-gauge>',
      (g) => (g.data = dataset()),
    );
    const t = textOf(el);
    expect(root(el).querySelector('[part~="value"]')?.textContent?.trim()).toBe('12,0\u00a0%');
    expect(t).toContain('7,7\u00a0%'); // the example target for 2025
    expect(t).toContain('+4,3\u00a0%-yks.'); // the gap in percentage points
    expect(root(el).querySelector('[part~="status"]')?.className).toContain('status-missed');
    expect(t).toMatch(/tavoitetta ei saavutettu/i);
    expect(t).toContain('Esimerkkitavoite');
    expect(root(el).querySelector('[part~="bar"]')).not.toBeNull();
  });

  it('shows no previous period across the TE24 break (2024-12 vs 2025-01), like the KPI', async () => {
    const el = await mount(
      '<mittari-gauge indicator="unemployed-share" area="TA39" period="2025-01"></mittari-gauge>',
      (g) => (g.data = dataset()),
    );
    expect(root(el).querySelector('[part~="previous"]')).toBeNull();
    expect(textOf(el)).not.toContain('Edellinen jakso');
    expect(root(el).querySelector('[data-mark="previous"]')).toBeNull();
  });

  it('still shows the previous period within one side of the break (2024-11 vs 2024-12)', async () => {
    const el = await mount(
      '<mittari-gauge indicator="unemployed-share" area="TA39" period="2024-12"></mittari-gauge>',
      (g) => (g.data = dataset()),
    );
    expect(root(el).querySelector('[part~="previous"]')).not.toBeNull();
    expect(textOf(el)).toContain('Edellinen jakso');
  });

  it('judges a lower-is-better indicator as met at the target (North and East Lapland, 2025-01)', async () => {
    const el = await mount(
      '<mittari-gauge indicator="unemployed-share" area="TA28" period="2025-01"></mittari-gauge>',
      (g) => (g.data = dataset()),
    );
    expect(root(el).querySelector('[part~="status"]')?.className).toContain('status-met');
  });

  it('takes a plain GaugeData object (synthetic numbers)', async () => {
    const data: GaugeData = {
      indicator: {
        id: 'synthetic-rate',
        label: { fi: 'Synteettinen aste', sv: 'Syntetisk grad', en: 'Synthetic rate' },
        unit: 'percent',
        decimals: 1,
        direction: 'higher-is-better',
        frequency: 'year',
        category: 'effectiveness',
        synthetic: true,
      },
      period: '2024',
      actual: 72.5,
      target: { value: 75, tolerance: { kind: 'absolute', value: 3 } },
    };
    const el = await mount('<mittari-gauge lang="en"></mittari-gauge>', (g) => (g.data = data));
    expect(root(el).querySelector('[part~="value"]')?.textContent?.trim()).toBe('72.5%');
    expect(root(el).querySelector('[part~="status"]')?.className).toContain('status-near');
  });

  it('shows counts grouped, and names its marks with whole numbers a screen reader says as one', async () => {
    const data: GaugeData = {
      indicator: syntheticIndicator(
        'synthetic-jobseekers',
        'Synteettiset työnhakijat',
        'count',
        'lower-is-better',
      ),
      period: '2024-12',
      actual: 219_539,
      target: { value: 210_000 },
      previous: { period: '2024-11', value: 221_004, status: 'final' },
    };
    const el = await mount('<mittari-gauge></mittari-gauge>', (g) => (g.data = data));
    expect(root(el).querySelector('[part~="value"]')?.textContent?.trim()).toMatch(/^219\s539/);
    const names = [...root(el).querySelectorAll('[data-mark]')].map(
      (m) => m.getAttribute('aria-label') ?? '',
    );
    expect(names).toHaveLength(3);
    expect(names.join(' | ')).toMatch(/219539.*210000.*221004/);
    for (const n of names) expect(n, n).not.toMatch(/\d\s\d{3}\b/);
  });

  it('has role="meter" with the value and an accessible name, and no axe violations', async () => {
    const el = await mount(
      '<mittari-gauge indicator="unemployed-share" area="TA39"></mittari-gauge>',
      (g) => (g.data = dataset()),
    );
    const meter = root(el).querySelector('[role="meter"]');
    expect(meter?.getAttribute('aria-valuenow')).toBe('12');
    expect(meter?.getAttribute('aria-label')).toContain('Tampereen seutu');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('takes its accessible name from the label attribute when given', async () => {
    const el = await mount(
      '<mittari-gauge label="Työttömyys, Tampereen seutu" indicator="unemployed-share" area="TA39"></mittari-gauge>',
      (g) => (g.data = dataset()),
    );
    expect(root(el).querySelector('[role="meter"]')?.getAttribute('aria-label')).toBe(
      'Työttömyys, Tampereen seutu',
    );
    expect(root(el).querySelector('svg[part~="chart"]')?.getAttribute('aria-label')).toBe(
      'Työttömyys, Tampereen seutu',
    );
  });

  it('draws the radial variant', async () => {
    const el = await mount(
      '<mittari-gauge variant="radial" indicator="unemployed-share" area="TA39"></mittari-gauge>',
      (g) => (g.data = dataset()),
    );
    expect(root(el).querySelector('path[part~="band"]')).not.toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('<mittari-gauge> languages', () => {
  it('speaks fi, sv and en, and switches live when an ancestor changes lang', async () => {
    const el = await mount(
      '<section lang="sv"><mittari-gauge indicator="unemployed-share" area="TA28"></mittari-gauge></section>',
      (g) => (g.data = dataset()),
    );
    expect(textOf(el)).toContain('Norra och Östra Lappland');
    expect(textOf(el)).toContain('januari 2025');
    (el.parentElement as HTMLElement).lang = 'en';
    await until(el, () => textOf(el).includes('North and East Lapland'));
    expect(textOf(el)).toContain('January 2025');
    el.lang = 'fi';
    await until(el, () => textOf(el).includes('Pohjois- ja Itä-Lappi'));
    expect(textOf(el)).toContain('tammikuu 2025');
  });
});

describe('<mittari-gauge> states', () => {
  it('shows the empty state for a selection with no data', async () => {
    const el = await mount(
      '<mittari-gauge indicator="unemployed-share" area="TA39" period="2019-01"></mittari-gauge>',
      (g) => (g.data = dataset()),
    );
    expect(root(el).querySelector('[part~="empty"]')?.getAttribute('role')).toBe('status');
  });

  it('marks a suppressed value as suppressed, never as a number, and shows the partial note', async () => {
    const el = await mount(
      '<mittari-gauge indicator="synthetic-count" area="TA45" period="2025-03"></mittari-gauge>',
      (g) => (g.data = dataset(SYNTHETIC_HOSTILE_DOCUMENT)),
    );
    const value = root(el).querySelector('[part~="value"]');
    expect(value?.textContent).toMatch(/salattu/);
    expect(value?.getAttribute('role')).toBeNull();
    expect(root(el).querySelector('[part~="bar"]')).toBeNull();
    expect(root(el).querySelector('[part~="partial"]')).not.toBeNull();
    expect(el.toCsv()).toMatch(/salattu/);
  });

  it('shows loading while the src is fetched, without a layout jump', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => {})),
    );
    const el = await mount('<mittari-gauge src="/never.json"></mittari-gauge>');
    const box = root(el).querySelector('[part~="loading"]') as HTMLElement;
    expect(box.getAttribute('role')).toBe('status');
    expect(box.getBoundingClientRect().height).toBeGreaterThan(100);
  });

  it('shows a translated error naming what failed, and retries', async () => {
    let calls = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        calls++;
        if (calls === 1) return new Response('nope', { status: 404 });
        return jsonResponse(EMPLOYMENT_AREAS_EXCERPT);
      }),
    );
    const el = await mount('<mittari-gauge src="/data/missing.json" area="TA39"></mittari-gauge>');
    await until(el, () => root(el).querySelector('[part~="error"]') !== null);
    const err = root(el).querySelector('[part~="error"]') as HTMLElement;
    expect(err.getAttribute('role')).toBe('alert');
    expect(err.textContent).toContain('/data/missing.json');
    (root(el).querySelector('[part~="retry"]') as HTMLButtonElement).click();
    await until(el, () => root(el).querySelector('[part~="value"]') !== null);
    expect(root(el).querySelector('[part~="value"]')?.textContent?.trim()).toBe('12,0\u00a0%');
  });
});

describe('<mittari-gauge> attribute mode', () => {
  it('loads from src, and two gauges with the same src make one request', async () => {
    const fetchSpy = vi.fn(async () => jsonResponse(EMPLOYMENT_AREAS_EXCERPT));
    vi.stubGlobal('fetch', fetchSpy);
    const host = document.createElement('div');
    host.innerHTML =
      '<mittari-gauge src="/data/ea.json" indicator="unemployed-share" area="TA39"></mittari-gauge><mittari-gauge src="/data/ea.json" indicator="unemployed-share" area="TA28"></mittari-gauge>';
    document.body.append(host);
    containers.push(host);
    const [a, b] = Array.from(host.querySelectorAll('mittari-gauge'));
    await until(a as MittariGauge, () => root(a as MittariGauge).querySelector('[part~="value"]') !== null);
    await until(b as MittariGauge, () => root(b as MittariGauge).querySelector('[part~="value"]') !== null);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(
      root(b as MittariGauge)
        .querySelector('[part~="value"]')
        ?.textContent?.trim(),
    ).toBe('10,3\u00a0%');
  });

  it('loads through <mittari-source id> declared by a JSON script', async () => {
    await import('../source/source.js');
    const fetchSpy = vi.fn(async () => jsonResponse(EMPLOYMENT_AREAS_EXCERPT));
    vi.stubGlobal('fetch', fetchSpy);
    const el = await mount(
      '<mittari-source id="ea"><script type="application/json">{"format":"mittari","url":"/data/ea2.json"}</script></mittari-source><mittari-gauge source="ea" area="TA15"></mittari-gauge>',
    );
    await until(el, () => root(el).querySelector('[part~="value"]') !== null);
    expect(root(el).querySelector('[part~="value"]')?.textContent?.trim()).toBe('9,5\u00a0%');
  });

  it('reports a missing <mittari-source> as an error', async () => {
    const el = await mount('<mittari-gauge source="nowhere"></mittari-gauge>');
    await until(el, () => root(el).querySelector('[part~="error"]') !== null);
    expect(textOf(el)).toContain('nowhere');
  });
});

describe('<mittari-gauge> keyboard, tooltip and events', () => {
  it('walks the marks with arrow keys, shows a tooltip, closes it with Escape, fires mittari-select', async () => {
    const el = await mount(
      '<mittari-gauge indicator="unemployed-share" area="TA39"></mittari-gauge>',
      (g) => (g.data = dataset()),
    );
    const marks = Array.from(root(el).querySelectorAll<SVGGElement>('[data-mark]'));
    // 2025-01 is the first period after the TE24 break, so there is no previous-period mark.
    expect(marks.map((m) => m.dataset['mark'])).toEqual(['actual', 'target']);
    expect(marks.map((m) => m.getAttribute('tabindex'))).toEqual(['0', '-1']);
    marks[0]?.focus();
    await el.updateComplete;
    expect(root(el).querySelector('[role="tooltip"]')?.textContent).toContain('12,0');
    marks[0]?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect(root(el).activeElement).toBe(marks[1]);
    expect(root(el).querySelector('[role="tooltip"]')?.textContent).toContain('7,7');
    marks[1]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(root(el).querySelector('[role="tooltip"]')).toBeNull();
    const picked = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('mittari-select', (e) => resolve(e), { once: true }),
    );
    marks[1]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    const e = await picked;
    expect(e.detail).toEqual({
      element: 'gauge',
      indicator: 'unemployed-share',
      area: 'TA39',
      period: '2025-01',
      value: 7.7,
      mark: 'target',
    });
  });

  it('has a visible focus ring of at least 3:1 against the background', async () => {
    const el = await mount(
      '<mittari-gauge indicator="unemployed-share" area="TA39"></mittari-gauge>',
      (g) => (g.data = dataset()),
    );
    const mark = root(el).querySelector<SVGGElement>('[data-mark]');
    mark?.focus();
    const ring = mark?.querySelector('.focus-ring') as SVGElement;
    const cs = getComputedStyle(ring);
    expect(cs.visibility).toBe('visible');
    expect(cs.stroke).toBe('rgb(11, 87, 208)');
  });
});

describe('<mittari-gauge> theming', () => {
  it('switches to the dark scheme with theme="dark"', async () => {
    const el = await mount(
      '<mittari-gauge theme="dark" indicator="unemployed-share" area="TA39"></mittari-gauge>',
      (g) => (g.data = dataset()),
    );
    const bar = root(el).querySelector('[part~="bar"]') as SVGElement;
    expect(getComputedStyle(bar).fill).toBe('rgb(138, 180, 248)');
    expect(getComputedStyle(el).backgroundColor).toBe('rgb(22, 24, 27)');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('follows a --mittari-color-accent set by the page', async () => {
    const el = await mount(
      '<mittari-gauge style="--mittari-color-accent: rgb(1, 2, 3)" indicator="unemployed-share" area="TA39"></mittari-gauge>',
      (g) => (g.data = dataset()),
    );
    const bar = root(el).querySelector('[part~="bar"]') as SVGElement;
    expect(getComputedStyle(bar).fill).toBe('rgb(1, 2, 3)');
  });

  it('ships forced-colors rules that use system colours (live: plain CSS media query)', () => {
    const css = (
      customElements.get('mittari-gauge') as unknown as { elementStyles: { cssText: string }[] }
    ).elementStyles
      .map((s) => s.cssText)
      .join('\n');
    expect(css).toMatch(/@media \(forced-colors: active\)[\s\S]*--_color-accent: CanvasText/);
    expect(css).toMatch(/@media \(prefers-reduced-motion: no-preference\)/);
  });
});

describe('<mittari-gauge> export', () => {
  it('exports CSV per language: fi with ; decimal comma and BOM, en with ,', async () => {
    const el = await mount(
      '<mittari-gauge indicator="unemployed-share" area="TA39"></mittari-gauge>',
      (g) => (g.data = dataset()),
    );
    const fi = el.toCsv() ?? '';
    expect(fi.startsWith('\uFEFF')).toBe(true);
    expect(fi).toContain('Mittari;Ajanjakso;Arvo (%)');
    expect(fi).toContain('Toteuma;tammikuu 2025;12');
    expect(fi).toContain('Esimerkkitavoite;tammikuu 2025;7,7');
    el.lang = 'en';
    await until(el, () => (el.toCsv() ?? '').startsWith('Indicator,'));
    expect(el.toCsv()).toContain('Example target,January 2025,7.7');
  });

  it('exports a standalone SVG and a PNG drawn with Canvas 2D', async () => {
    const el = await mount(
      '<mittari-gauge indicator="unemployed-share" area="TA39"></mittari-gauge>',
      (g) => (g.data = dataset()),
    );
    const svg = el.toSvg() ?? '';
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('fill="rgb(31, 78, 121)"');
    expect(svg).not.toContain('tabindex');
    const png = await el.toPng(1);
    expect(png?.type).toBe('image/png');
    const bytes = new Uint8Array(await (png as Blob).arrayBuffer());
    expect(Array.from(bytes.slice(1, 4))).toEqual([0x50, 0x4e, 0x47]);
  });
});

describe('<mittari-gauge> hostile labels', () => {
  it('renders <img>, <script> and javascript: labels as text in chart, tooltip, table, export and summary', async () => {
    (globalThis as { __pwned?: number }).__pwned = undefined;
    for (const lang of ['fi', 'sv', 'en']) {
      const el = await mount(
        `<mittari-gauge lang="${lang}" indicator="synthetic-count" area="TA45" period="2025-02"></mittari-gauge>`,
        (g) => (g.data = dataset(SYNTHETIC_HOSTILE_DOCUMENT)),
      );
      const r = root(el);
      expect(r.querySelector('img, script')).toBeNull();
      expect(r.querySelector('a[href^="javascript"]')).toBeNull();
      r.querySelector<SVGGElement>('[data-mark]')?.focus();
      await el.updateComplete;
      expect(r.querySelector('[role="tooltip"] img, [role="tooltip"] script')).toBeNull();
      expect(r.textContent).toContain(
        lang === 'fi' ? HOSTILE.img : lang === 'sv' ? HOSTILE.script : HOSTILE.js,
      );
      expect(el.toSvg()).not.toMatch(/<img|<script/);
      const csv = el.toCsv() ?? '';
      expect(csv).not.toMatch(/^[=+@-]/m);
    }
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('<mittari-gauge> golden SVG', () => {
  for (const variant of ['bullet', 'radial'] as const) {
    it(`renders the ${variant} gauge as before`, async () => {
      const el = await mount(
        `<mittari-gauge variant="${variant}" indicator="unemployed-share" area="TA39" period="2025-01"></mittari-gauge>`,
        (g) => {
          g.style.width = '360px';
          g.data = dataset();
        },
      );
      const svg = root(el).querySelector('svg[part~="chart"]') as SVGSVGElement;
      await expectGolden(`gauge-${variant}-ta39-2025-01`, serializeSvg(svg));
    });
  }
});
