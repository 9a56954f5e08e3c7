// The element half of the suppression guarantee (issue 10 item 4; the core half is
// suppressed.node.test.ts): a dataset whose suppressed cells hold the sentinel 987654.321 in the
// wire data is fed to every data element, by the `data` property and by URL, in Finnish, Swedish
// and English. No shadow-DOM text, accessible name, tooltip, data table, CSV export or SVG export
// may contain the sentinel in any of its written forms ("987654.321", "987 654,3", "987,654.3",
// "987 654"…). A published control value must show, so the probe is known to read each sink.
// Synthetic numbers throughout. Real Chromium through playwright-core; `pnpm run build` first.
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchOptions } from '../../scripts/chromium.mjs';
import {
  assertBundleBuilt,
  DATA_TAGS,
  loadElements,
  registeredTags,
  startBundleServer,
} from './support/browser.js';

const TAGS = DATA_TAGS.filter((t) => registeredTags().includes(t));
const SENTINEL = 987654.321;
/** The sentinel's digits however a locale groups and rounds them. */
// The sentinel as a number of its own, not digits inside another number (a ratio 0.36987654…).
const SENTINEL_TEXT = /(?<![\d.,])987[\s\u00a0\u202f,.']?654/;
/** A published value (MK06, the last month) every element showing MK06 must be able to print. */
const CONTROL = 4321;
const CONTROL_TEXT = /4[\s\u00a0\u202f,.']?321/;
const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'];
/** Which cells are suppressed: MK01's latest month (so the headline value is hidden) and two of MK06's. */
const SUPPRESSED = new Set(['MK01 2024-06', 'MK01 2024-03', 'MK06 2024-02', 'MK06 2024-05']);

/** Synthetic counts of persons; the sentinel stands behind every suppressed cell. */
function dataset(): unknown {
  return {
    format: 'mittari/1',
    meta: { title: { fi: 'Synteettinen (testi)' }, sources: [{ name: 'Synteettinen testiaineisto' }] },
    indicators: [
      {
        id: 'synthetic-count',
        label: { fi: 'Synteettinen lukumäärä', sv: 'Syntetiskt antal', en: 'Synthetic count' },
        unit: 'persons',
        decimals: 0,
        direction: 'lower-is-better',
        frequency: 'month',
        category: 'effectiveness',
        synthetic: true,
      },
    ],
    areas: [
      { code: 'MK01', level: 'region', label: { fi: 'Uusimaa', sv: 'Nyland', en: 'Uusimaa' } },
      { code: 'MK06', level: 'region', label: { fi: 'Pirkanmaa', sv: 'Birkaland', en: 'Pirkanmaa' } },
    ],
    observations: MONTHS.flatMap((period, i) =>
      ['MK01', 'MK06'].map((area) =>
        SUPPRESSED.has(`${area} ${period}`)
          ? { indicator: 'synthetic-count', area, period, value: SENTINEL, status: 'suppressed' }
          : {
              indicator: 'synthetic-count',
              area,
              period,
              value:
                area === 'MK06' && i === MONTHS.length - 1
                  ? CONTROL
                  : 3000 + i * 25 + (area === 'MK01' ? 500 : 0),
            },
      ),
    ),
    targets: [
      {
        indicator: 'synthetic-count',
        area: 'MK01',
        period: '2024-01',
        to: '2024-12',
        value: 3200,
        example: true,
      },
      {
        indicator: 'synthetic-count',
        area: 'MK06',
        period: '2024-01',
        to: '2024-12',
        value: 3200,
        example: true,
      },
    ],
  };
}

let server: Server;
let base: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  assertBundleBuilt();
  const body = JSON.stringify(dataset());
  ({ server, base } = await startBundleServer(
    'suppressed',
    (req, res, url) => {
      if (url.pathname === '/suppressed.json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(body);
        return true;
      }
      return false;
    },
    'width:640px',
  ));
  browser = await chromium.launch(launchOptions());
  page = await browser.newPage({ viewport: { width: 900, height: 700 } });
  await page.goto(`${base}/`);
  await loadElements(page);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

interface Sinks {
  tag: string;
  area: string;
  state: string;
  sinks: Record<'text' | 'aria' | 'tooltip' | 'table' | 'csv' | 'svg', string>;
}

/** Mounts every element for `area` (by `data` or `src`) in `lang`, and reads every sink. */
function probe(input: 'data' | 'src', area: string, lang: string): Promise<Sinks[]> {
  return page.evaluate(
    async ({ input, area, lang, tags, data }) => {
      const stage = document.getElementById('stage') as HTMLElement;
      stage.replaceChildren();
      stage.lang = lang;
      const els = tags.map((tag) => {
        const el = document.createElement(tag) as HTMLElement & { data?: unknown };
        if (input === 'data') el.data = data;
        else el.setAttribute('src', '/suppressed.json');
        if (tag === 'mittari-map' || tag === 'mittari-ranking') {
          el.setAttribute('level', 'region');
          el.setAttribute('indicator', 'synthetic-count');
          el.setAttribute('highlight', area);
        } else el.setAttribute('area', area);
        stage.append(el);
        return el;
      });
      const settled = (el: HTMLElement) => {
        const r = el.shadowRoot;
        return !!r && r.childElementCount > 0 && r.querySelector('[part~="loading"]') === null;
      };
      const deadline = performance.now() + 10_000;
      while (!els.every(settled) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 30));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const deep = (root: ParentNode): Element[] =>
        [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? deep(e.shadowRoot) : [])]);
      const out = [];
      for (const el of els) {
        const root = el.shadowRoot as ShadowRoot;
        const c = el as HTMLElement & { toCsv?: () => string | undefined; toSvg?: () => string | undefined };
        const state = root.querySelector('[part~="error"], [part~="empty"]');
        // Every mark's tooltip, not just the first: a suppressed point may be any of them.
        const tooltips: string[] = [];
        for (const mark of root.querySelectorAll<HTMLElement | SVGElement>('[data-mark], [tabindex]')) {
          mark.focus();
          mark.dispatchEvent(
            new PointerEvent('pointerenter', { bubbles: true, composed: true, clientX: 20, clientY: 20 }),
          );
          mark.dispatchEvent(
            new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: 20, clientY: 20 }),
          );
          tooltips.push(root.querySelector('[part~="tooltip"]')?.textContent ?? '');
          mark.blur();
        }
        const dom = deep(root);
        out.push({
          tag: el.localName,
          area,
          state: state ? (state.getAttribute('part') ?? '') : 'ready',
          sinks: {
            text: root.textContent ?? '',
            aria: dom
              .flatMap((e) =>
                ['aria-label', 'aria-description', 'aria-valuetext', 'title'].map(
                  (n) => e.getAttribute(n) ?? '',
                ),
              )
              .concat(
                dom
                  .filter((e) => e.localName === 'title' || e.localName === 'desc')
                  .map((e) => e.textContent ?? ''),
              )
              .join('\n'),
            tooltip: tooltips.join('\n'),
            table: root.querySelector('[part~="table"]')?.textContent ?? '',
            csv: c.toCsv?.() ?? '',
            svg: c.toSvg?.() ?? '',
          },
        });
      }
      stage.replaceChildren();
      return out;
    },
    { input, area, lang, tags: TAGS, data: dataset() },
  );
}

describe('a suppressed value never reaches an element sink', () => {
  for (const input of ['data', 'src'] as const) {
    for (const lang of ['fi', 'sv', 'en']) {
      it(`${input === 'data' ? 'data property' : 'URL'}, ${lang}: no sink holds the sentinel`, async () => {
        const reports = [...(await probe(input, 'MK01', lang)), ...(await probe(input, 'MK06', lang))];
        expect(reports.length).toBe(TAGS.length * 2);
        // The data are valid: nothing may hide behind an error box.
        expect(reports.filter((r) => r.state.includes('error')).map((r) => `${r.tag}/${r.area}`)).toEqual([]);
        const leaks = reports.flatMap((r) =>
          Object.entries(r.sinks)
            .filter(([, text]) => SENTINEL_TEXT.test(text))
            .map(
              ([sink, text]) =>
                `${r.tag}/${r.area}/${sink}: …${text.slice(Math.max(0, text.search(SENTINEL_TEXT) - 30), text.search(SENTINEL_TEXT) + 20)}…`,
            ),
        );
        expect(leaks).toEqual([]);
        // The probe reads real sinks: MK06's published last value shows in each element's
        // CSV export or data table.
        const mk06 = reports.filter((r) => r.area === 'MK06' && r.state === 'ready');
        expect(mk06.length).toBeGreaterThanOrEqual(4);
        expect(
          mk06
            .filter((r) => !CONTROL_TEXT.test(`${r.sinks.csv}\n${r.sinks.table}\n${r.sinks.text}`))
            .map((r) => r.tag),
        ).toEqual([]);
      });
    }
  }
});
