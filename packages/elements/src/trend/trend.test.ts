import { afterEach, describe, expect, it } from 'vitest';
import { msg, parseDataset, TREND_MESSAGES, type Dataset } from '@mittari/core';
import { serializeSvg } from '../internal/svg-serialize.js';
import './trend.js';
import { MIN_COLUMNS_PER_PX, type MittariTrend } from './trend.component.js';
import {
  realWithTestStatuses,
  SYNTHETIC_DAYS,
  SYNTHETIC_QUARTERS,
  SYNTHETIC_YEARS,
  syntheticDaily,
  TREND_EXCERPT,
} from './trend.fixtures.js';
import { expectGolden } from '../../../../tests/browser/support/golden.js';

// vitest resolves command paths from the project root.

function dataset(): Dataset {
  const r = parseDataset(TREND_EXCERPT);
  if (!r.success) throw new Error(r.error.message);
  return r.data;
}

async function settle(el: MittariTrend): Promise<void> {
  // The ResizeObserver reports the real width a frame or more later.
  for (let i = 0; i < 50; i++) {
    await el.updateComplete;
    const svg = el.shadowRoot?.querySelector('svg[part~="chart"]');
    if (!svg || svg.getAttribute('width') === String(Math.floor(el.getBoundingClientRect().width))) return;
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** Whether a line segment of path `d` passes over `x` (a line drawn across a break would). */
function crosses(d: string | null | undefined, x: number): boolean {
  for (const sub of (d ?? '').split('M').slice(1)) {
    const xs = sub.split('L').map((p) => Number(p.split(',')[0]));
    for (let i = 1; i < xs.length; i++) if ((xs[i - 1] as number) < x && (xs[i] as number) >= x) return true;
  }
  return false;
}

async function mount(attrs: Record<string, string>, data: unknown, lang = 'fi'): Promise<MittariTrend> {
  const el = document.createElement('mittari-trend');
  el.style.width = '640px';
  el.setAttribute('lang', lang);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data;
  document.body.append(el);
  await settle(el);
  return el;
}

const root = (el: MittariTrend): ShadowRoot => el.shadowRoot as ShadowRoot;
const q = (el: MittariTrend, sel: string) => root(el).querySelector(sel);
const qa = (el: MittariTrend, sel: string) => Array.from(root(el).querySelectorAll(sel));
const ticks = (el: MittariTrend, axis: 'grid' | 'axis') =>
  qa(el, `g.${axis} text.tick`).map((t) => t.textContent ?? '');
const subpaths = (d: string | null | undefined): number => (d ?? '').split('M').length - 1;

/** The chart's SVG against its golden file (shared helper: tests/browser/support/golden.ts). */
async function matchGolden(name: string, el: MittariTrend): Promise<void> {
  const svg = q(el, 'svg[part~="chart"]');
  if (!svg) expect.fail('no chart');
  await expectGolden(`trend-${name}`, serializeSvg(svg));
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('<mittari-trend> from a dataset', () => {
  it('draws one series per area and the whole country as the comparison', async () => {
    const el = await mount({ indicator: 'unemployed-share', area: 'TA39 TA01' }, dataset());
    const series = qa(el, 'g[data-series]').map((g) => g.getAttribute('data-series'));
    expect(series.sort()).toEqual(['unemployed-share:SSS', 'unemployed-share:TA01', 'unemployed-share:TA39']);
    expect(q(el, 'g.ref[data-series="unemployed-share:SSS"]')).not.toBeNull();
    const legend = q(el, '[part="legend"]')?.textContent ?? '';
    expect(legend).toContain('Tampereen seutu');
    expect(legend).toContain('Koko maa (vertailu)');
    expect(q(el, '[part="summary"]')?.textContent).toContain('Espoo-Kauniainen');
    await matchGolden('dataset-fi', el);
  });

  it('draws a target that changes every year as one stepped line with its tolerance band', async () => {
    const el = await mount({ indicator: 'unemployed-share', area: 'TA39', compare: 'none' }, dataset());
    const line = q(el, 'path.target')?.getAttribute('d') ?? '';
    // Seven yearly targets 2019–2025 follow each other: one move, six risers.
    expect(subpaths(line)).toBe(1);
    expect(line.match(/V/g)?.length).toBe(6);
    expect(q(el, 'path.band')?.getAttribute('d')?.match(/Z/g)?.length).toBe(7);
    expect(q(el, '[part="legend"]')?.textContent).toContain('Esimerkkitavoite');
    // The 2025 target runs to December, beyond the data: the axis reaches it.
    expect(ticks(el, 'axis')).toContain('2025');
  });

  it('draws the TE24 break as a labelled marker with no line across it, and revisions as small marks', async () => {
    const el = await mount({ indicator: 'unemployed-share', area: 'TA39', compare: 'none' }, dataset());
    const brk = q(el, 'g.marker.break');
    expect(brk?.textContent).toContain('TE24');
    const x = Number(brk?.querySelector('line')?.getAttribute('x1'));
    expect(crosses(q(el, 'g[data-series="unemployed-share:TA39"] path.line')?.getAttribute('d'), x)).toBe(
      false,
    );
    // The value after the break still has its mark.
    expect(
      qa(el, 'g[data-series="unemployed-share:TA39"] circle.point').some(
        (c) => Number(c.getAttribute('cx')) >= x,
      ),
    ).toBe(true);
    expect(qa(el, 'g.marker.revision').length).toBe(7);
    expect(q(el, '[part="summary"]')?.textContent).toMatch(/Sarjassa katko: TE24/);
  });

  it('plots the ratio of two indicators in efficiency mode (vacancies per unemployed jobseeker)', async () => {
    const el = await mount(
      { indicator: 'open-vacancies', per: 'unemployed', area: 'SSS', compare: 'none' },
      dataset(),
    );
    expect(q(el, '[part="title"]')?.textContent).toMatch(/\//);
    const table = el.tableModel?.call(el);
    void table;
    const csv = el.toCsv() ?? '';
    // 2019-01: 84 195 open vacancies / 251 446 unemployed jobseekers = 0,33.
    expect(csv).toMatch(/0,33/);
  });

  it('shows the change from a year earlier as a second view', async () => {
    const el = await mount(
      { indicator: 'unemployed-share', area: 'TA39', compare: 'none', view: 'change' },
      dataset(),
    );
    expect(q(el, '[part="title"]')?.textContent).toContain('muutos vuodentakaisesta');
    expect(el.toCsv()).toContain('\ntammikuu 2020;0,3\r');
    const details = q(el, 'details') as HTMLDetailsElement;
    details.open = true;
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    const cells = qa(el, 'table td').map((td) => td.textContent ?? '');
    expect(cells.some((c) => /^\+0,3\s%-yks\./.test(c.trim()))).toBe(true);
    expect(q(el, 'path.target')).toBeNull();
  });

  it('draws a rolling mean and a trend line computed by core', async () => {
    const el = await mount(
      {
        indicator: 'unemployed-share',
        area: 'TA39',
        compare: 'none',
        rolling: '12',
        trend: '',
        to: '2024-12',
      },
      dataset(),
    );
    expect(qa(el, 'path.overlay').length).toBe(2);
    // The trend line is fitted after the break only: it has one segment.
    expect(subpaths(q(el, 'path.overlay.trend')?.getAttribute('d'))).toBe(1);
  });

  it('takes user annotations from the property and from child elements', async () => {
    const el = document.createElement('mittari-trend');
    el.style.width = '640px';
    el.setAttribute('indicator', 'unemployed-share');
    el.setAttribute('area', 'TA39');
    el.setAttribute('compare', 'none');
    el.setAttribute('to', '2024-12');
    const child = document.createElement('mittari-annotation');
    child.setAttribute('period', '2020-03');
    child.textContent = 'Koronarajoitukset';
    el.append(child);
    el.annotations = [{ period: '2022-06', label: 'Uusi palvelumalli' }];
    el.data = dataset();
    document.body.append(el);
    await settle(el);
    const notes = qa(el, 'g.marker.note').map((g) => g.textContent ?? '');
    expect(notes.join('|')).toContain('Koronarajoitukset');
    expect(notes.join('|')).toContain('Uusi palvelumalli');
    // A note does not interrupt the line.
    expect(subpaths(q(el, 'g[data-series] path.line')?.getAttribute('d'))).toBe(1);
  });
});

describe('<mittari-trend> statuses', () => {
  it('dashes provisional values, leaves a gap for a suppressed one, and says so', async () => {
    const el = await mount({}, realWithTestStatuses());
    const g = q(el, 'g[data-series="TA39"]');
    expect(g?.querySelector('path.line.dashed')).not.toBeNull();
    expect(g?.querySelectorAll('circle.point.hollow').length).toBe(2);
    // 2024-06 suppressed and the 2025-01 break: the solid line has three pieces.
    expect(subpaths(g?.querySelector('path.line:not(.dashed)')?.getAttribute('d'))).toBe(2);
    expect(q(el, '[part="partial"]')?.textContent).toContain('ennakollisia');
    const csv = el.toCsv() ?? '';
    const june = csv.split('\n').find((l) => l.includes('kesäkuu 2024')) ?? '';
    // The area's column holds the status word alone: no number, not even a rounded one.
    expect(june.split(';')[1]).toBe('salattu');
    await matchGolden('statuses-sv', await mount({}, realWithTestStatuses(), 'sv'));
  });
});

describe('<mittari-trend> frequencies', () => {
  it('labels quarters Q1–Q3 with the year', async () => {
    const el = await mount({}, SYNTHETIC_QUARTERS, 'en');
    expect(ticks(el, 'axis')).toEqual(['Q1', '2025', 'Q2', 'Q3']);
    await matchGolden('quarters-en', el);
  });
  it('labels years', async () => {
    const el = await mount({}, SYNTHETIC_YEARS);
    expect(ticks(el, 'axis').every((t) => /^\d{4}$/.test(t))).toBe(true);
    await matchGolden('years-fi', el);
  });
  it('labels months in Finnish and Swedish', async () => {
    const fi = await mount(
      { indicator: 'unemployed-share', area: 'TA39', from: '2024-01', to: '2024-06', compare: 'none' },
      dataset(),
    );
    expect(ticks(fi, 'axis')).toContain('tammi');
    const sv = await mount(
      { indicator: 'unemployed-share', area: 'TA39', from: '2024-01', to: '2024-06', compare: 'none' },
      dataset(),
      'sv',
    );
    expect(ticks(sv, 'axis')).toContain('jan.');
  });
  it('labels days', async () => {
    const el = await mount({}, SYNTHETIC_DAYS);
    expect(ticks(el, 'axis').some((t) => /^\d{1,2}\.\d{1,2}\.$/.test(t))).toBe(true);
    await matchGolden('days-fi', el);
  });
  it('draws a plain numeric x', async () => {
    const el = await mount(
      {},
      { x: 'number', series: [{ label: 'SYNTHETIC', x: [0, 2.5, 5, 7.5, 10], values: [1, 3, 2, 5, 4] }] },
      'en',
    );
    expect(ticks(el, 'axis')).toContain('10');
  });
  it('draws a rolling mean and a trend line over time and numeric x too, never across a break', async () => {
    const day = 86_400_000;
    const x = Array.from({ length: 60 }, (_, i) => Date.UTC(2025, 0, 1) + i * day);
    const values = x.map((_, i) => 10 + 0.1 * i + (i % 7));
    const series = [{ label: 'SYNTHETIC', x, values }];
    const annotations = [{ x: x[30], kind: 'break', label: 'SYNTHETIC break' }];
    const timed = await mount(
      { rolling: '7', trend: '' },
      { x: 'time', frequency: 'day', series, annotations },
    );
    expect(qa(timed, 'path.overlay').length).toBe(2);
    const breakX = Number(q(timed, 'g.marker.break line')?.getAttribute('x1'));
    expect(crosses(q(timed, 'path.overlay:not(.trend)')?.getAttribute('d'), breakX)).toBe(false);
    // The trend line starts at the break, the last one before the end.
    const trendStart = Number(q(timed, 'path.overlay.trend')?.getAttribute('d')?.slice(1).split(',')[0]);
    expect(trendStart).toBeCloseTo(breakX, 1);
    const numeric = await mount(
      { rolling: '3', trend: '' },
      { x: 'number', series: [{ label: 'SYNTHETIC', x: [0, 1, 2, 3, 4, 5], values: [1, 3, 2, 5, 4, 6] }] },
    );
    expect(qa(numeric, 'path.overlay').length).toBe(2);
  });
  it('reduces 5 × 20 000 daily points to about four vertices per pixel column', async () => {
    const el = await mount({}, syntheticDaily(20_000, 5));
    const d = qa(el, 'path.line').map((p) => p.getAttribute('d') ?? '');
    expect(d).toHaveLength(5);
    for (const path of d)
      expect((path.match(/L/g)?.length ?? 0) + 1).toBeLessThanOrEqual(
        4 * 640 * Math.max(MIN_COLUMNS_PER_PX, devicePixelRatio) + 4,
      );
    // The table still reads exact values, a page at a time.
    expect(el.toCsv()?.split('\n').length).toBeGreaterThan(20_000);
  });
});

describe('<mittari-trend> keyboard and tooltip', () => {
  it('moves period by period and between series, announcing each point', async () => {
    const el = await mount({ indicator: 'unemployed-share', area: 'TA39 TA01' }, dataset());
    const hit = q(el, 'rect.hit') as SVGRectElement;
    hit.focus();
    await el.updateComplete;
    // Focus starts on the latest value of the first series.
    // Heard in the spoken form: the unit in words (decision 0761).
    expect(hit.getAttribute('aria-label')).toMatch(/^Tampereen seutu, tammikuu 2025: \d+,\d prosenttia/);
    expect(q(el, 'circle.focus-point')).not.toBeNull();
    expect(q(el, '.tooltip')?.textContent).toContain('Espoo-Kauniainen');
    hit.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(hit.getAttribute('aria-label')).toContain('joulukuu 2024');
    hit.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(hit.getAttribute('aria-label')).toMatch(/^Espoo-Kauniainen, joulukuu 2024/);
    expect(q(el, '[aria-live="polite"]')?.textContent).toMatch(/Espoo-Kauniainen, joulukuu 2024/);
    hit.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(hit.getAttribute('aria-label')).toContain('tammikuu 2019');
    let detail: unknown;
    el.addEventListener('mittari-select', (e) => (detail = e.detail));
    hit.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(detail).toMatchObject({ element: 'trend', area: 'TA01', period: '2019-01', mark: 'point' });
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await el.updateComplete;
    expect(q(el, '.tooltip')).toBeNull();
  });

  it('shows counts grouped, and says them whole in the point name, live region and summary', async () => {
    const el = await mount(
      {},
      {
        x: 'number',
        unit: 'count',
        decimals: 0,
        series: [{ label: 'SYNTHETIC', x: [0, 1, 2], values: [219_539, 220_104, 221_004] }],
      },
    );
    expect(q(el, '[part="summary"]')?.textContent).toMatch(/219\s539/);
    const heard = q(el, '#summary')?.textContent ?? '';
    expect(heard).toContain('219539');
    const hit = q(el, 'rect.hit') as SVGRectElement;
    hit.focus();
    await el.updateComplete;
    const said = [
      hit.getAttribute('aria-label') ?? '',
      q(el, '[aria-live="polite"]')?.textContent ?? '',
      heard,
    ];
    expect(said[0]).toContain('221004');
    for (const t of said) expect(t, t).not.toMatch(/\d\s\d{3}\b/);
  });

  it('starts at the period the page names', async () => {
    const el = await mount(
      { indicator: 'unemployed-share', area: 'TA39', compare: 'none', period: '2020-04' },
      dataset(),
      'en',
    );
    const hit = q(el, 'rect.hit') as SVGRectElement;
    hit.focus();
    await el.updateComplete;
    expect(hit.getAttribute('aria-label')).toMatch(/^Tampere region, April 2020: /);
  });

  it('announces a suppressed point by its status, never a number', async () => {
    const el = await mount({}, realWithTestStatuses());
    const hit = q(el, 'rect.hit') as SVGRectElement;
    hit.focus();
    for (let i = 0; i < 7; i++)
      hit.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await el.updateComplete;
    expect(hit.getAttribute('aria-label')).toMatch(
      /^Tampereen seutu, kesäkuu 2024: salattu\. Tavoite 9,8 prosenttia$/,
    );
  });
});

describe('<mittari-trend> text size', () => {
  it("sizes tick labels from the user's font size and makes room for them", async () => {
    const normal = await mount({ indicator: 'unemployed-share', area: 'TA39' }, dataset());
    const tick = () => q(normal, 'g.grid text.tick') as SVGTextElement;
    expect(getComputedStyle(tick()).fontSize).toBe('12px');
    const left = Number(q(normal, 'g.axis line')?.getAttribute('x1'));
    // The user's browser font size doubled (rem follows it).
    document.documentElement.style.fontSize = '32px';
    try {
      normal.requestUpdate();
      await settle(normal);
      expect(getComputedStyle(tick()).fontSize).toBe('24px');
      expect(Number(q(normal, 'g.axis line')?.getAttribute('x1'))).toBeGreaterThan(left);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});

describe('<mittari-trend> languages and states', () => {
  it('speaks Finnish, Swedish and English with the number format of each', async () => {
    for (const [lang, word, decimal] of [
      ['fi', 'Kehitys', ','],
      ['sv', 'perioder', ','],
      ['en', 'periods', '.'],
    ] as const) {
      const el = await mount(
        { indicator: 'unemployed-share', area: 'TA39', compare: 'none' },
        dataset(),
        lang,
      );
      expect(ticks(el, 'grid').some((t) => t.includes(decimal) || /^\d+$/.test(t))).toBe(true);
      expect(q(el, '#keys')?.textContent).toBe(msg('trend.keys', lang));
      void word;
      expect(q(el, '[part="summary"]')?.textContent).toContain(
        lang === 'fi' ? 'tammikuu 2019' : lang === 'sv' ? 'januari 2019' : 'January 2019',
      );
    }
  });

  it('shows an error with no input and the empty state for an unknown indicator', async () => {
    const none = await mount({}, undefined);
    expect(q(none, '[part~="error"]')).not.toBeNull();
    const empty = await mount({ indicator: 'no-such' }, dataset());
    expect(q(empty, '[part~="empty"]')).not.toBeNull();
  });

  it('has every string in fi, sv and en once the element is loaded', () => {
    for (const key of Object.keys(TREND_MESSAGES.fi) as (keyof typeof TREND_MESSAGES.fi)[])
      for (const l of ['fi', 'sv', 'en'] as const) {
        expect(msg(key, l), `${l} ${key}`).not.toBe(key);
        expect(msg(key, l).length).toBeGreaterThan(0);
      }
  });
});
