import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset } from '@mittari/core';
import './map.js';
import '../ranking/ranking.js';
import { MittariMap } from './map.component.js';
import { demoDataset, syntheticRegions, type DemoLevel } from './map.fixtures.js';
import { expectGolden } from '../../../../tests/browser/support/golden.js';
import { spokenFi } from '../../../../tests/browser/support/spoken.js';
import { openTable } from '../../../../tests/browser/support/mount.js';

// vitest resolves command paths from the project root.

async function mount(attrs: Record<string, string>, data: Dataset): Promise<MittariMap> {
  const el = document.createElement('mittari-map');
  el.style.width = '600px';
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data;
  document.body.append(el);
  await settle(el);
  return el;
}

/** Waits until the map has drawn its areas (boundaries load asynchronously). */
async function settle(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await el.updateComplete;
    if (
      el.shadowRoot?.querySelector('path.area') ||
      el.shadowRoot?.querySelector('.state-error, .state-empty')
    )
      return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Opens the data-table disclosure (its rows are built only when open) and waits for them. */
async function openTable(el: MittariMap): Promise<void> {
  const summary = el.shadowRoot?.querySelector<HTMLElement>('details.table-alt summary');
  if (!summary) throw new Error('no table disclosure');
  summary.click();
  for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('table tbody tr'); i++) {
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
}

const areas = (el: Element) => Array.from(el.shadowRoot?.querySelectorAll<SVGPathElement>('path.area') ?? []);
const byCode = (el: Element, code: string) =>
  el.shadowRoot?.querySelector<SVGPathElement>(`path[data-code="${code}"]`) ?? null;

function serialize(el: Element): string {
  const svg = el.shadowRoot?.querySelector('svg[part~="chart"]');
  return (svg?.outerHTML ?? '').replace(/<!--[^>]*-->/g, '').replace(/>\s+</g, '><');
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('<mittari-map> levels', () => {
  const counts: Record<DemoLevel, number> = {
    region: 19,
    municipality: 308,
    'employment-area': 45,
    'wellbeing-county': 23,
    elinvoimakeskus: 10,
  };
  for (const level of Object.keys(counts) as DemoLevel[]) {
    it(`draws every ${level} with a value or a pattern, and matches its golden SVG`, async () => {
      const el = await mount(
        { level, indicator: 'unemployed-share', period: '2025-01', theme: 'light', lang: 'fi' },
        await demoDataset(level),
      );
      const paths = areas(el);
      expect(paths.length).toBeGreaterThanOrEqual(counts[level] - 1);
      for (const p of paths)
        expect(p.getAttribute('fill')).toMatch(/^(#[0-9a-f]{6}|url\(#hatch-(suppressed|missing)\))$/);
      expect(el.shadowRoot?.querySelector('[part="attribution"]')?.textContent).toMatch(/Maanmittauslaitos/);
      await expectGolden(`map-${level}`, serialize(el));
    });
  }
});

describe('<mittari-map> Åland context', () => {
  it("keeps Åland's outline inside the map on a 390 px card (employment areas)", async () => {
    const el = await mount(
      { level: 'employment-area', indicator: 'unemployed-share', period: '2025-01', lang: 'fi' },
      await demoDataset('employment-area'),
    );
    // No height cap, so the map fills the card's width: no side margin hides the overflow.
    el.style.width = '390px';
    el.style.setProperty('--mittari-map-max-height', 'none');
    let context: SVGPathElement | null | undefined;
    for (let i = 0; i < 200 && !context; i++) {
      await el.updateComplete;
      context = el.shadowRoot?.querySelector<SVGPathElement>('path.context');
      if (!context) await new Promise((r) => setTimeout(r, 20));
    }
    await el.updateComplete;
    expect(context).toBeTruthy();
    const svg = el.shadowRoot?.querySelector('svg[part~="chart"]')?.getBoundingClientRect() ?? new DOMRect();
    const shape = context?.getBoundingClientRect() ?? new DOMRect();
    expect(svg.width).toBeGreaterThan(380);
    expect(shape.left).toBeGreaterThanOrEqual(svg.left - 0.5);
    expect(shape.top).toBeGreaterThanOrEqual(svg.top - 0.5);
    expect(shape.bottom).toBeLessThanOrEqual(svg.bottom + 0.5);
  });
});

describe('<mittari-map> colour', () => {
  it('colours diverging around the target and says so in the legend', async () => {
    const el = await mount(
      { level: 'region', indicator: 'synthetic-share', scale: 'diverging', theme: 'light', lang: 'en' },
      syntheticRegions(),
    );
    const legend = el.shadowRoot?.querySelector('.legend-title')?.textContent ?? '';
    expect(legend).toMatch(/centred on/);
    const fills = new Set(areas(el).map((p) => p.getAttribute('fill')));
    expect(fills.size).toBeGreaterThan(2);
    expect(byCode(el, 'MK01')?.getAttribute('fill')).not.toBe(byCode(el, 'MK02')?.getAttribute('fill'));
  });

  it('recolours by changing fills only, keeping the same path elements and shapes', async () => {
    const el = await mount(
      { level: 'municipality', indicator: 'unemployed-share', period: '2025-01', theme: 'light' },
      await demoDataset('municipality'),
    );
    const before = areas(el);
    const d = before.map((p) => p.getAttribute('d'));
    el.period = '2024-06';
    await el.updateComplete;
    const after = areas(el);
    expect(after).toEqual(before);
    expect(after.map((p) => p.getAttribute('d'))).toEqual(d);
  });

  it('hatches suppressed and missing areas and explains both in the legend', async () => {
    const el = await mount(
      { level: 'region', indicator: 'synthetic-share', theme: 'light', lang: 'fi' },
      syntheticRegions(),
    );
    expect(byCode(el, 'MK06')?.getAttribute('fill')).toBe('url(#hatch-suppressed)');
    expect(byCode(el, 'MK21')?.getAttribute('fill')).toBe('url(#hatch-missing)');
    const legend = el.shadowRoot?.querySelector('.legend')?.textContent ?? '';
    expect(legend).toMatch(/Salattu/);
    expect(legend).toMatch(/Ei tietoa/);
    // The focused area's name carries every fact (decision 0570).
    byCode(el, 'MK06')?.focus();
    await el.updateComplete;
    expect(byCode(el, 'MK06')?.getAttribute('aria-label')).toMatch(/salattu/);
    expect(byCode(el, 'MK06')?.getAttribute('aria-label')?.split(', ')[1]).toBe('salattu');
  });

  it('draws Åland as context on levels it is not part of', async () => {
    const el = await mount(
      { level: 'employment-area', indicator: 'unemployed-share', period: '2025-01', lang: 'sv' },
      await demoDataset('employment-area'),
    );
    expect(el.shadowRoot?.querySelector('path.context title')?.textContent).toMatch(/Åland/);
  });
});

describe('<mittari-map> keyboard, tooltip and table', () => {
  it('has one tab stop and reaches all 308 municipalities with PageDown', async () => {
    const el = await mount(
      { level: 'municipality', indicator: 'unemployed-share', period: '2025-01' },
      await demoDataset('municipality'),
    );
    expect(areas(el).filter((p) => p.getAttribute('tabindex') === '0')).toHaveLength(1);
    const first = areas(el).find((p) => p.getAttribute('tabindex') === '0');
    first?.focus();
    const seen = new Set<string>();
    for (let i = 0; i < 320; i++) {
      const active = el.shadowRoot?.activeElement as SVGPathElement | null;
      seen.add(active?.getAttribute('data-code') ?? '');
      active?.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, composed: true }));
      await el.updateComplete;
    }
    expect(seen.size).toBe(308);
  }, 90_000);

  it('moves to a geographic neighbour with the arrow keys', async () => {
    const el = await mount(
      { level: 'municipality', indicator: 'unemployed-share', period: '2025-01' },
      await demoDataset('municipality'),
    );
    byCode(el, 'KU091')?.focus();
    byCode(el, 'KU091')?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect((el.shadowRoot?.activeElement as Element | null)?.getAttribute('data-code')).toBe('KU049');
  });

  it('shows in the tooltip, the accessible name and the table the same facts', async () => {
    const el = await mount(
      { level: 'region', indicator: 'unemployed-share', period: '2025-01', compare: 'SSS', lang: 'fi' },
      await demoDataset('region'),
    );
    const path = byCode(el, 'MK06');
    path?.focus();
    await el.updateComplete;
    const norm = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
    const tip = Array.from(el.shadowRoot?.querySelectorAll('[part="tooltip"] div') ?? []).map((d) =>
      norm(d.textContent),
    );
    expect(tip.length).toBeGreaterThanOrEqual(4);
    // The accessible name says the same facts in the spoken form: units in words, no digit groups.
    expect(norm(path?.getAttribute('aria-label'))).toBe(tip.map(spokenFi).join(', '));
    await openTable(el);
    await openTable(el);
    const row = Array.from(el.shadowRoot?.querySelectorAll('table tbody tr') ?? []).find(
      (r) => r.querySelector('th')?.textContent?.trim() === tip[0],
    );
    const cells = Array.from(row?.querySelectorAll('th, td') ?? []).map((c) => norm(c.textContent));
    for (const fact of tip.slice(1))
      expect(
        cells.some((c) => c === fact || fact.endsWith(c)),
        `${fact} in ${cells.join(' | ')}`,
      ).toBe(true);
  });

  it('finds an area by its Finnish or Swedish name', async () => {
    for (const [lang, query, code] of [
      ['fi', 'Helsinki', 'KU091'],
      ['sv', 'Helsingfors', 'KU091'],
      ['sv', 'Åbo', 'KU853'],
    ] as const) {
      const el = await mount(
        { level: 'municipality', indicator: 'unemployed-share', period: '2025-01', lang },
        await demoDataset('municipality'),
      );
      const input = el.shadowRoot?.querySelector<HTMLInputElement>('input[part="find"]');
      if (!input) throw new Error('no find field');
      input.value = query;
      input.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await el.updateComplete;
      expect((el.shadowRoot?.activeElement as Element | null)?.getAttribute('data-code')).toBe(code);
      el.remove();
    }
  });
});

describe('<mittari-map> default indicator (decision 0500)', () => {
  it('maps the first indicator when no indicator attribute is given, not the empty state', async () => {
    const data = await demoDataset('region');
    const named = await mount({ level: 'region', indicator: 'unemployed-share', period: '2025-01' }, data);
    const fills = areas(named).map(
      (p) => `${p.dataset['code']}:${p.getAttribute('fill')}:${p.getAttribute('aria-label')}`,
    );
    named.remove();
    const el = await mount({ level: 'region', period: '2025-01' }, data);
    expect(el.shadowRoot?.querySelector('.state-empty')).toBeNull();
    expect(areas(el).length).toBe(19);
    expect(
      areas(el).map((p) => `${p.dataset['code']}:${p.getAttribute('fill')}:${p.getAttribute('aria-label')}`),
    ).toEqual(fills);
  });
});

describe('<mittari-map> selection', () => {
  it('fires mittari-select on click and on Enter, and sets area on linked elements', async () => {
    const data = await demoDataset('region');
    const ranking = document.createElement('mittari-ranking');
    ranking.setAttribute('group', 'g1');
    const other = document.createElement('mittari-kpi');
    other.setAttribute('group', 'g1');
    const stranger = document.createElement('mittari-kpi');
    stranger.setAttribute('group', 'g2');
    document.body.append(ranking, other, stranger);
    const el = await mount(
      { level: 'region', indicator: 'unemployed-share', period: '2025-01', group: 'g1', lang: 'fi' },
      data,
    );
    const events: CustomEvent[] = [];
    document.addEventListener('mittari-select', (e) => events.push(e), { once: false });
    byCode(el, 'MK06')?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(events[0]?.detail).toMatchObject({
      element: 'map',
      area: 'MK06',
      indicator: 'unemployed-share',
      period: '2025-01',
    });
    expect(typeof events[0]?.detail.value).toBe('number');
    expect(other.getAttribute('area')).toBe('MK06');
    expect(ranking.getAttribute('area')).toBe('MK06');
    expect(stranger.hasAttribute('area')).toBe(false);
    byCode(el, 'MK02')?.focus();
    byCode(el, 'MK02')?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
    );
    expect(events[1]?.detail.area).toBe('MK02');
    expect(other.getAttribute('area')).toBe('MK02');
    // The re-targeting is announced politely, with the new area's name (decision 0600).
    await el.updateComplete;
    const status = el.shadowRoot?.querySelector('.linked-status');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(status?.textContent?.trim()).toBe('Linkitetyt kaaviot näyttävät nyt: Varsinais-Suomi.');
  });
});

describe('<mittari-map> forced colours', () => {
  // Vitest's browser mode cannot emulate forced-colors (no emulateMedia), so the rules are checked.
  it('outlines areas and the focus ring in system colours under forced-colors', () => {
    const css = MittariMap.elementStyles.map((s) => (s instanceof CSSStyleSheet ? '' : s.cssText)).join('\n');
    const block = css.slice(css.lastIndexOf('@media (forced-colors: active)'));
    expect(block).toMatch(/\.area,\s*\.context \{\s*stroke: CanvasText;/);
    expect(block).toMatch(/\.focus-inner \{\s*stroke: Highlight;/);
    // Area fills stay the class colours (SVG is forced-color-adjust: none), so hatching and
    // outlines, not colour alone, keep suppressed and missing areas apart.
    expect(css).toMatch(/\.hatch-line \{\s*stroke: var\(--_map-hatch\)/);
  });
});
