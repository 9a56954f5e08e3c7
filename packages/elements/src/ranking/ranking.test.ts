import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset } from '@mittari/core';
import './ranking.js';
import '../kpi/kpi.js';
import { MittariRanking } from './ranking.component.js';
import { demoDataset, syntheticHigherIsBetter, syntheticRegions } from './ranking.fixtures.js';
import { expectGolden } from '../../../../tests/browser/support/golden.js';
import { spokenFi } from '../../../../tests/browser/support/spoken.js';
import { openTable } from '../../../../tests/browser/support/mount.js';

// vitest resolves command paths from the project root.

async function mount(attrs: Record<string, string>, data: Dataset): Promise<MittariRanking> {
  const el = document.createElement('mittari-ranking');
  el.style.width = '600px';
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data;
  document.body.append(el);
  for (let i = 0; i < 100; i++) {
    await el.updateComplete;
    if (el.shadowRoot?.querySelector('g.row, .state-error, .state-empty')) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  return el;
}

const rows = (el: Element) => Array.from(el.shadowRoot?.querySelectorAll<SVGGElement>('g.row') ?? []);
const row = (el: Element, code: string) =>
  el.shadowRoot?.querySelector<SVGGElement>(`g.row[data-code="${code}"]`) ?? null;
const codes = (el: Element) => rows(el).map((r) => r.getAttribute('data-code'));
const active = (el: Element) => (el.shadowRoot?.activeElement as Element | null)?.getAttribute('data-code');
const norm = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
const tooltipLines = (el: Element) =>
  Array.from(el.shadowRoot?.querySelectorAll('[part="tooltip"] div') ?? []).map((d) => norm(d.textContent));

async function press(el: MittariRanking, key: string): Promise<void> {
  el.shadowRoot?.activeElement?.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, composed: true }),
  );
  await el.updateComplete;
  await el.updateComplete;
}

function serialize(el: Element): string {
  const svg = el.shadowRoot?.querySelector('svg[part~="chart"]');
  return (svg?.outerHTML ?? '').replace(/<!--[^>]*-->/g, '').replace(/>\s+</g, '><');
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('<mittari-ranking> order', () => {
  it('puts the best first by the indicator direction: lowest unemployment share first (real data)', async () => {
    const el = await mount(
      { level: 'region', indicator: 'unemployed-share', period: '2025-01', lang: 'fi' },
      await demoDataset('region'),
    );
    expect(rows(el).length).toBe(19);
    const values = rows(el)
      .map((r) => norm(r.querySelector('text:last-of-type')?.textContent))
      .map((t) =>
        Number(
          t
            .replace(/[^\d,−-]/g, '')
            .replace(',', '.')
            .replace('−', '-'),
        ),
      );
    expect(values.every((v) => Number.isFinite(v))).toBe(true);
    expect([...values].sort((a, b) => a - b)).toEqual(values);
    expect(norm(row(el, codes(el)[0] ?? '')?.getAttribute('aria-label'))).toMatch(/sija 1\/19/);
  });

  it('turns round for a higher-is-better indicator and keeps areas without a value last', async () => {
    const lower = await mount(
      { level: 'region', indicator: 'synthetic-share', lang: 'fi' },
      syntheticRegions(),
    );
    expect(codes(lower)).toEqual(['MK01', 'MK02', 'MK06', 'MK21']);
    lower.remove();
    const higher = await mount(
      { level: 'region', indicator: 'synthetic-share', lang: 'fi' },
      syntheticHigherIsBetter(),
    );
    expect(codes(higher).slice(0, 2)).toEqual(['MK02', 'MK01']);
    expect(codes(higher).slice(2).sort()).toEqual(['MK06', 'MK21']);
  });
});

describe('<mittari-ranking> at a level the dataset does not cover (decision 0162)', () => {
  it('shows the empty state, with or without a period, not bars of areas that have no data', async () => {
    const data = await demoDataset('region');
    for (const attrs of [{}, { period: '2025-01' }]) {
      const el = await mount(
        { level: 'municipality', indicator: 'unemployed-share', lang: 'fi', ...attrs },
        data,
      );
      expect(el.shadowRoot?.querySelector('.state-empty')?.textContent).toContain('Ei näytettäviä tietoja');
      expect(rows(el)).toHaveLength(0);
      el.remove();
    }
  });
});

describe('<mittari-ranking> default indicator (decision 0500)', () => {
  it('ranks the first indicator when no indicator attribute is given, not the empty state', async () => {
    const data = await demoDataset('region');
    const named = await mount(
      { level: 'region', indicator: 'unemployed-share', period: '2025-01', lang: 'fi' },
      data,
    );
    const expected = codes(named);
    named.remove();
    const el = await mount({ level: 'region', period: '2025-01', lang: 'fi' }, data);
    expect(el.shadowRoot?.querySelector('.state-empty')).toBeNull();
    expect(codes(el)).toEqual(expected);
    expect(codes(el).length).toBe(19);
  });
});

describe('<mittari-ranking> reference lines and own area', () => {
  it('draws the common target and the reference area at their values, and names both in the legend', async () => {
    const el = await mount(
      { level: 'region', indicator: 'synthetic-share', compare: 'MK02', lang: 'fi' },
      syntheticRegions(),
    );
    const target = el.shadowRoot?.querySelector('line.target-line');
    const reference = el.shadowRoot?.querySelector('line.reference-line');
    expect(norm(target?.querySelector('title')?.textContent)).toBe('Esimerkkitavoite 10,0 prosenttia');
    expect(norm(reference?.querySelector('title')?.textContent)).toBe('Varsinais-Suomi');
    // 9 % (Uusimaa) ends left of the 10 % target, which lies left of the 11 % reference.
    const bar = row(el, 'MK01')?.querySelector('rect.bar');
    const barEnd = Number(bar?.getAttribute('x')) + Number(bar?.getAttribute('width'));
    const tx = Number(target?.getAttribute('x1'));
    const rx = Number(reference?.getAttribute('x1'));
    expect(barEnd).toBeLessThan(tx);
    expect(tx).toBeLessThan(rx);
    const legend = norm(el.shadowRoot?.querySelector('[part="legend"]')?.textContent);
    expect(legend).toContain('Esimerkkitavoite 10,0 %');
    expect(legend).toContain('Varsinais-Suomi 11,0 %');
    expect(norm(row(el, 'MK01')?.getAttribute('aria-label'))).toContain(
      'ero: Varsinais-Suomi −2,0 prosenttiyksikköä',
    );
  });

  it('highlights the own area by more than colour: bold label and a legend line', async () => {
    const el = await mount(
      { level: 'region', indicator: 'synthetic-share', highlight: 'MK02', lang: 'sv' },
      syntheticRegions(),
    );
    const own = row(el, 'MK02');
    expect(own?.classList.contains('own')).toBe(true);
    expect(rows(el).filter((r) => r.classList.contains('own'))).toHaveLength(1);
    const label = own?.querySelector('text');
    expect(label ? getComputedStyle(label).fontWeight : '').toBe('700');
    const ownFill = own?.querySelector('rect.bar')
      ? getComputedStyle(own.querySelector('rect.bar') as Element).fill
      : '';
    const otherFill = getComputedStyle(row(el, 'MK01')?.querySelector('rect.bar') as Element).fill;
    expect(ownFill).not.toBe(otherFill);
    expect(norm(el.shadowRoot?.querySelector('[part="legend"]')?.textContent)).toContain(
      'Eget område: Egentliga Finland',
    );
  });
});

describe('<mittari-ranking> keyboard, tooltip and table', () => {
  it('has one tab stop; arrows move one rank, Home and End to the best and the last', async () => {
    const el = await mount(
      { level: 'region', indicator: 'unemployed-share', period: '2025-01' },
      await demoDataset('region'),
    );
    const order = codes(el);
    const stops = rows(el).filter((r) => r.getAttribute('tabindex') === '0');
    expect(stops).toHaveLength(1);
    expect(stops[0]?.getAttribute('data-code')).toBe(order[0]);
    stops[0]?.focus();
    await press(el, 'ArrowDown');
    expect(active(el)).toBe(order[1]);
    expect(
      rows(el)
        .filter((r) => r.getAttribute('tabindex') === '0')
        .map((r) => r.getAttribute('data-code')),
    ).toEqual([order[1]]);
    await press(el, 'End');
    expect(active(el)).toBe(order[order.length - 1]);
    await press(el, 'ArrowUp');
    expect(active(el)).toBe(order[order.length - 2]);
    await press(el, 'Home');
    expect(active(el)).toBe(order[0]);
    await press(el, 'ArrowUp');
    expect(active(el)).toBe(order[0]);
    await press(el, 'PageDown');
    expect(active(el)).toBe(order[10]);
  });

  it('keeps a hover tooltip open while the pointer is on it, and closes it by leaving or Escape (WCAG 1.4.13)', async () => {
    const el = await mount(
      { level: 'region', indicator: 'unemployed-share', period: '2025-01', lang: 'fi' },
      await demoDataset('region'),
    );
    const r = rows(el)[5];
    const tip = () => el.shadowRoot?.querySelector<HTMLElement>('[part="tooltip"]') ?? null;
    r?.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    const t = tip();
    expect(t).not.toBeNull();
    // The tooltip itself takes the pointer: what is under its middle is the tooltip, not the chart.
    const box = t?.getBoundingClientRect() ?? new DOMRect();
    const hit = el.shadowRoot?.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    expect(hit?.closest('[part="tooltip"]')).toBe(t);
    // Moving from the row onto the tooltip keeps it.
    r?.dispatchEvent(new PointerEvent('pointerleave', { relatedTarget: t }));
    await el.updateComplete;
    expect(tip()).not.toBeNull();
    // Leaving the tooltip for somewhere else closes it.
    t?.dispatchEvent(new PointerEvent('pointerleave', { relatedTarget: document.body }));
    await el.updateComplete;
    expect(tip()).toBeNull();
    // A hover-only tooltip (no focus in the element) still closes with Escape.
    r?.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(tip()).not.toBeNull();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    expect(tip()).toBeNull();
  });

  it('says the same facts in the tooltip, the accessible name and the table row', async () => {
    const el = await mount(
      { level: 'region', indicator: 'synthetic-share', compare: 'MK02', lang: 'fi' },
      syntheticRegions(),
    );
    const r = row(el, 'MK01');
    r?.focus();
    await el.updateComplete;
    const tip = tooltipLines(el);
    expect(tip).toEqual([
      'Uusimaa',
      '9,0 %',
      'sija 1/2',
      'ero: Varsinais-Suomi −2,0 %-yks.',
      'esimerkkitavoite 10,0 %: Tavoite saavutettu',
    ]);
    // The accessible name says the same facts in the spoken form: units in words, no digit groups.
    expect(norm(r?.getAttribute('aria-label'))).toBe(tip.map(spokenFi).join(', '));
    await openTable(el);
    const tr = Array.from(el.shadowRoot?.querySelectorAll('table tbody tr') ?? []).find(
      (t) => norm(t.querySelector('th')?.textContent) === 'Uusimaa',
    );
    const cells = Array.from(tr?.querySelectorAll('th, td') ?? []).map((c) => norm(c.textContent));
    for (const fact of tip)
      expect(
        cells.some((c) => c === fact || fact.endsWith(c)),
        `${fact} in ${cells.join(' | ')}`,
      ).toBe(true);
    r?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(tooltipLines(el)).toEqual([]);
  });

  it('never shows a suppressed or missing area as a number', async () => {
    const el = await mount(
      { level: 'region', indicator: 'synthetic-share', compare: 'SSS', lang: 'fi' },
      syntheticRegions(),
    );
    for (const [code, word] of [
      ['MK06', 'salattu'],
      ['MK21', 'puuttuu'],
    ] as const) {
      const r = row(el, code);
      expect(r?.querySelector('rect.bar')).toBeNull();
      expect(norm(r?.querySelector('text.no-value')?.textContent)).toBe(word);
      r?.focus();
      await el.updateComplete;
      // The only number an area without a value may mention is the common target's.
      const withoutTarget = (s: string) => s.replace(/esimerkkitavoite 10,0 (%|prosenttia)/, '');
      const tip = tooltipLines(el);
      expect(tip.slice(1, 4)).toEqual([word, 'ei sijaa', 'ero: Koko maa –']);
      await openTable(el);
      const tr = Array.from(el.shadowRoot?.querySelectorAll('table tbody tr') ?? []).find(
        (t) => norm(t.querySelector('th')?.textContent) === tip[0],
      );
      const said = [norm(r?.textContent), norm(r?.getAttribute('aria-label')), ...tip, norm(tr?.textContent)];
      for (const s of said) expect(withoutTarget(s), s).not.toMatch(/\d/);
    }
  });
});

describe('<mittari-ranking> selection', () => {
  it('fires mittari-select on click and Enter and sets area on elements of the same group', async () => {
    const partner = document.createElement('mittari-kpi');
    partner.setAttribute('group', 'g1');
    const stranger = document.createElement('mittari-kpi');
    stranger.setAttribute('group', 'g2');
    document.body.append(partner, stranger);
    const el = await mount(
      { level: 'region', indicator: 'unemployed-share', period: '2025-01', group: 'g1' },
      await demoDataset('region'),
    );
    const events: CustomEvent[] = [];
    const listen = (e: Event) => events.push(e as CustomEvent);
    document.addEventListener('mittari-select', listen);
    try {
      row(el, 'MK06')?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect(events[0]?.detail).toMatchObject({
        element: 'ranking',
        area: 'MK06',
        indicator: 'unemployed-share',
        period: '2025-01',
        mark: 'row',
      });
      expect(typeof events[0]?.detail.value).toBe('number');
      expect(el.area).toBe('MK06');
      expect(partner.getAttribute('area')).toBe('MK06');
      expect(stranger.hasAttribute('area')).toBe(false);
      row(el, 'MK02')?.focus();
      await el.updateComplete;
      await press(el, 'Enter');
      expect(events[1]?.detail.area).toBe('MK02');
      expect(partner.getAttribute('area')).toBe('MK02');
    } finally {
      document.removeEventListener('mittari-select', listen);
    }
  });

  it('announces politely, by name, that linked elements now show the picked area', async () => {
    const partner = document.createElement('mittari-kpi');
    partner.setAttribute('group', 'g1');
    document.body.append(partner);
    const el = await mount(
      { level: 'region', indicator: 'unemployed-share', period: '2025-01', group: 'g1', lang: 'fi' },
      await demoDataset('region'),
    );
    const status = el.shadowRoot?.querySelector('.linked-status');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(norm(status?.textContent)).toBe('');
    row(el, 'MK06')?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(partner.getAttribute('area')).toBe('MK06');
    expect(norm(status?.textContent)).toBe('Linkitetyt kaaviot näyttävät nyt: Pirkanmaa.');
  });

  it('announces nothing when no element is linked', async () => {
    const el = await mount(
      { level: 'region', indicator: 'unemployed-share', period: '2025-01', lang: 'en' },
      await demoDataset('region'),
    );
    row(el, 'MK06')?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(norm(el.shadowRoot?.querySelector('.linked-status')?.textContent)).toBe('');
  });
});

describe('<mittari-ranking> forced colours and snapshot', () => {
  it('has forced-colors rules that use system colours for bars, own area, focus and lines', () => {
    const css = MittariRanking.elementStyles
      .map((s) => (s instanceof CSSStyleSheet ? '' : s.cssText))
      .join('\n');
    const block =
      /@media \(forced-colors: active\) \{([\s\S]*?)\n {2}\}\n/.exec(
        css.slice(css.lastIndexOf('@media (forced-colors: active)')),
      )?.[1] ?? '';
    expect(block).toMatch(/\.bar \{\s*fill: CanvasText;/);
    expect(block).toMatch(/\.row\.own \.bar[\s\S]*?fill: Highlight;/);
    expect(block).toMatch(/\.focus-ring \{\s*stroke: Highlight;/);
    expect(block).toMatch(/\.target-line,\s*\.reference-line \{\s*stroke: CanvasText;/);
  });

  it('matches its golden SVG (regions, real data)', async () => {
    const el = await mount(
      {
        level: 'region',
        indicator: 'unemployed-share',
        period: '2025-01',
        highlight: 'MK06',
        theme: 'light',
        lang: 'fi',
      },
      await demoDataset('region'),
    );
    await expectGolden('ranking-region-fi', serialize(el));
  });
});
