// Hostile data through every source adapter the CMS bundle reads (Mittari dataset by URL, by the
// `data` property, JSON-stat 2.0 and CSV through <mittari-source>) into every registered data
// element, checked in every sink: shadow-DOM text, aria-labels, tooltip, data table, CSV and SVG
// export. No script may run (a global counter and `alert` are trapped), no on* attribute or
// javascript:/data: URL may appear, hostile text shows as the same inert text or the element shows
// a clear error, the page stays usable, and Object.prototype is never touched. The page is served
// WITHOUT a CSP on purpose: a policy would hide an injection rather than prove there is none.
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDataset } from '../../packages/core/src/index.js';
import { launchOptions } from '../../scripts/chromium.mjs';
import { parseDsvRows } from '../../packages/client/src/sources/dsv-rows.js';
import {
  assertBundleBuilt,
  DATA_TAGS,
  loadElements,
  registeredTags,
  startBundleServer,
} from './support/browser.js';
import { CODE_PAYLOADS, PERIOD_PAYLOADS, TEXT_PAYLOADS, VALUE_PAYLOADS } from './payloads.js';

const TAGS = DATA_TAGS.filter((t) => registeredTags().includes(t));
const FORMATS = ['mittari', 'data', 'json-stat', 'csv'] as const;
const SINKS = ['text', 'aria', 'tooltip', 'table', 'csv', 'svg'] as const;
const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'];

/** A `mittari/1` document with `p` in every label, name, note and link. */
function mittariDoc(p: string, values: readonly unknown[] = [10.1, 10.4, 9.8, 9.5, 9.9, 10.2]): unknown {
  return {
    format: 'mittari/1',
    meta: {
      title: { fi: p },
      sources: [{ name: p, url: 'javascript:window.__pwned++' }],
      licence: p,
      notes: [{ fi: p }],
    },
    indicators: [
      {
        id: 'hostile',
        label: { fi: p, sv: p, en: p },
        unit: 'percent',
        decimals: 1,
        direction: 'lower-is-better',
        frequency: 'month',
        category: 'effectiveness',
        synthetic: true,
        source: { name: p, url: 'javascript:window.__pwned++' },
      },
    ],
    areas: [
      { code: 'KU091', level: 'municipality', label: { fi: p, sv: p, en: p } },
      { code: 'KU049', level: 'municipality', label: { fi: `${p}²`, sv: p, en: p } },
    ],
    observations: MONTHS.flatMap((period, i) => [
      { indicator: 'hostile', area: 'KU091', period, value: values[i] ?? null, note: p },
      { indicator: 'hostile', area: 'KU049', period, value: 8 + i / 10 },
    ]),
    targets: [
      {
        indicator: 'hostile',
        area: 'KU091',
        period: '2024-01',
        to: '2024-12',
        value: 9,
        setBy: { fi: p },
        example: true,
      },
    ],
    annotations: [{ kind: 'break', period: '2024-03', indicators: ['hostile'], label: { fi: p } }],
  };
}

/** A JSON-stat 2.0 dataset with `p` as the label of the dataset, dimensions and categories. */
function jsonStatDoc(p: string): unknown {
  return {
    version: '2.0',
    class: 'dataset',
    label: p,
    source: p,
    id: ['Alue', 'Kuukausi', 'Tiedot'],
    size: [2, MONTHS.length, 1],
    role: { geo: ['Alue'], time: ['Kuukausi'], metric: ['Tiedot'] },
    dimension: {
      Alue: { label: p, category: { index: ['KU091', 'KU049'], label: { KU091: p, KU049: `${p}²` } } },
      Kuukausi: { label: p, category: { index: MONTHS.map((m) => m.replace('-', 'M')) } },
      Tiedot: {
        label: p,
        category: { index: ['osuus'], label: { osuus: p }, unit: { osuus: { decimals: 1, label: '%' } } },
      },
    },
    value: [10.1, 10.4, 9.8, 9.5, 9.9, 10.2, 8.0, 8.1, 8.2, 8.3, 8.4, 8.5],
  };
}

/** Tidy CSV with `p` as the indicator name column. */
function csvDoc(p: string): string {
  const q = `"${p.replaceAll('"', '""')}"`;
  return [
    'indikaattori;alue;kuukausi;arvo',
    ...MONTHS.map((m, i) => `${q};KU091;${m.replace('-', 'M')};${10 + i / 10}`.replace('.', ',')),
  ].join('\n');
}

/** The label each `/p/KEY/…` URL serves: the payloads by index, plus named plain ones. */
const SERVED = new Map<string, string>([
  ...TEXT_PAYLOADS.map((p, i) => [String(i), p] as const),
  ['plain', 'Tavallinen nimi'],
  ['after', 'Vielä toimii'],
]);

let server: Server;
let base: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  assertBundleBuilt();
  ({ server, base } = await startBundleServer('hostile', (req, res, url) => {
    const m = /^\/p\/(\w+)\/(m\.json|js\.json|c\.csv)$/.exec(url.pathname);
    if (m) {
      const p = SERVED.get(m[1] ?? '') ?? '';
      const body =
        m[2] === 'm.json'
          ? JSON.stringify(mittariDoc(p))
          : m[2] === 'js.json'
            ? JSON.stringify(jsonStatDoc(p))
            : csvDoc(p);
      res.writeHead(200, {
        'content-type': m[2] === 'c.csv' ? 'text/csv; charset=utf-8' : 'application/json',
      });
      res.end(body);
      return true;
    }
    return false;
  }));
  browser = await chromium.launch(launchOptions());
  page = await browser.newPage({ viewport: { width: 900, height: 700 } });
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w['__pwned'] = 0;
    w['alert'] =
      w['confirm'] =
      w['prompt'] =
        () => {
          (w['__pwned'] as number)++;
        };
    w['__protoKeys'] = Object.getOwnPropertyNames(Object.prototype).sort().join();
  });
  await page.goto(`${base}/`);
  await loadElements(page);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

interface SinkReport {
  tag: string;
  format: string;
  state: string;
  text: string;
  aria: string;
  tooltip: string;
  table: string;
  csv: string;
  svg: string;
  dangers: string[];
}

/**
 * Mounts every element against every format for one payload, lets them settle, reads every sink
 * and scans it for live markup, then removes them.
 */
async function probe(
  index: number | string,
  data: unknown,
  extra: { periodOrCode?: boolean; formats?: readonly string[] } = {},
): Promise<SinkReport[]> {
  return page
    .evaluate(
      async ({ index, data, tags, formats, extra, csvIndicator }) => {
        const stage = document.getElementById('stage') as HTMLElement;
        const made: HTMLElement[] = [];
        for (const format of formats) {
          if (format !== 'data') {
            const source = document.createElement('mittari-source');
            source.id = `src-${format}`;
            const descriptor: Record<string, unknown> =
              format === 'mittari'
                ? { format: 'mittari', url: `/p/${index}/m.json` }
                : format === 'json-stat'
                  ? { format: 'json-stat', url: `/p/${index}/js.json` }
                  : {
                      format: 'csv',
                      url: `/p/${index}/c.csv`,
                      columns: { indicator: 'indikaattori', area: 'alue', period: 'kuukausi', value: 'arvo' },
                    };
            const script = document.createElement('script');
            script.type = 'application/json';
            script.textContent = JSON.stringify(descriptor);
            source.append(script);
            stage.append(source);
            made.push(source);
          }
          for (const tag of tags) {
            if (format === 'data' && data === undefined) continue;
            // The CSV adapter derives the indicator id from the name, which the map and the ranking
            // need spelled out (they do not default to the first indicator): text sinks are the same.
            if (format === 'csv' && (tag === 'mittari-map' || tag === 'mittari-ranking')) continue;
            const el = document.createElement(tag) as HTMLElement & { data?: unknown };
            el.dataset['format'] = format;
            if (format === 'data') el.data = data;
            else el.setAttribute('source', `src-${format}`);
            if (extra.periodOrCode) el.setAttribute('area', 'KU091');
            // The map and the ranking compare areas of one level; the payload data has municipalities.
            if (tag === 'mittari-map' || tag === 'mittari-ranking') {
              el.setAttribute('level', 'municipality');
              // They do not default to the first indicator (reported): name it as each adapter builds it.
              el.setAttribute(
                'indicator',
                format === 'json-stat' ? 'osuus' : format === 'csv' ? csvIndicator : 'hostile',
              );
            }
            stage.append(el);
            made.push(el);
          }
        }
        const charts = made.filter((e) => e.localName !== 'mittari-source');
        const settled = (el: HTMLElement) => {
          const r = el.shadowRoot;
          return !!r && r.querySelector('[part~="loading"]') === null && r.childElementCount > 0;
        };
        const deadline = performance.now() + 8000;
        while (!charts.every(settled) && performance.now() < deadline)
          await new Promise((r) => setTimeout(r, 30));
        await new Promise((r) => requestAnimationFrame(() => r(null)));

        const deep = (root: ParentNode): Element[] => {
          const out: Element[] = [];
          for (const e of root.querySelectorAll('*')) {
            out.push(e);
            if (e.shadowRoot) out.push(...deep(e.shadowRoot));
          }
          return out;
        };
        const BAD_TAGS = new Set([
          'script',
          'iframe',
          'object',
          'embed',
          'foreignobject',
          'img',
          'style',
          'frame',
          'base',
          'meta',
          'link',
          'math',
          'template',
        ]);
        const scan = (els: Element[], where: string): string[] =>
          els.flatMap((e) => {
            const found: string[] = [];
            if (BAD_TAGS.has(e.localName.toLowerCase())) found.push(`${where}: <${e.localName}>`);
            for (const a of e.attributes) {
              if (/^on/i.test(a.name)) found.push(`${where}: ${e.localName}[${a.name}]`);
              if (
                /^(href|src|xlink:href|action|formaction|data|srcdoc)$/i.test(a.name) &&
                /^\s*(javascript|data|vbscript):/i.test(a.value)
              )
                found.push(`${where}: ${e.localName}[${a.name}=${a.value.slice(0, 40)}]`);
            }
            return found;
          });
        return charts.map((el) => {
          const root = el.shadowRoot as ShadowRoot;
          const c = el as HTMLElement & {
            toCsv?: () => string | undefined;
            toSvg?: () => string | undefined;
          };
          const err = root.querySelector('[part~="error"], [part~="empty"]');
          const state = err
            ? `${err.matches('[part~="error"]') ? 'error' : 'empty'}: ${err.textContent?.trim().slice(0, 80)}`
            : 'ready';
          const mark = root.querySelector<HTMLElement>('[data-mark][tabindex], [tabindex="0"]');
          mark?.focus();
          mark?.dispatchEvent(
            new PointerEvent('pointerenter', { bubbles: true, composed: true, clientX: 20, clientY: 20 }),
          );
          const dom = deep(root);
          const svgText = c.toSvg?.() ?? '';
          const svgDoc = svgText ? new DOMParser().parseFromString(svgText, 'image/svg+xml') : undefined;
          const report = {
            tag: el.localName,
            format: el.dataset['format'] ?? '',
            state,
            text: root.textContent ?? '',
            aria:
              dom
                .flatMap((e) =>
                  ['aria-label', 'title', 'aria-description'].map((n) => e.getAttribute(n) ?? ''),
                )
                .join('\n') +
              dom
                .filter((e) => e.localName === 'title' || e.localName === 'desc')
                .map((e) => e.textContent)
                .join('\n'),
            tooltip: root.querySelector('[part~="tooltip"]')?.textContent ?? '',
            table: root.querySelector('[part~="table"]')?.textContent ?? '',
            csv: c.toCsv?.() ?? '',
            svg: svgText,
            dangers: [
              ...scan(dom, 'dom'),
              ...(svgDoc ? scan([...svgDoc.querySelectorAll('*')], 'svg') : []),
              ...(svgDoc?.querySelector('parsererror') ? ['svg: not well-formed'] : []),
            ],
          };
          mark?.blur();
          return report;
        });
      },
      {
        index,
        data,
        tags: TAGS,
        formats: [...(extra.formats ?? FORMATS)],
        extra: { periodOrCode: extra.periodOrCode === true },
        csvIndicator: (SERVED.get(String(index)) ?? '').trim(),
      },
    )
    .finally(() => page.evaluate(() => document.getElementById('stage')?.replaceChildren()));
}

/** Text cells of a `;`/`,` CSV that a spreadsheet would run as a formula. */
const formulaCells = (csv: string): string[] =>
  parseDsvRows(csv.replace(/^\ufeff/, ''), csv.includes(';') ? ';' : ',')
    .flat()
    .filter((cell) => /^[=+@\t\r]/.test(cell) || /^-[^\d\s]/.test(cell) || /^-\d+\+/.test(cell));

const counted = { checks: 0, mounts: 0, elements: new Set<string>() };

describe('hostile text through every adapter, element and sink', () => {
  it('baseline: a plain label renders in every format and element', async () => {
    const reports = await probe('plain', mittariDoc('Tavallinen nimi'));
    expect(reports.length).toBe(
      TAGS.length * FORMATS.length -
        TAGS.filter((t) => t === 'mittari-map' || t === 'mittari-ranking').length,
    );
    expect(reports.filter((r) => r.state !== 'ready').map((r) => `${r.tag}/${r.format}: ${r.state}`)).toEqual(
      [],
    );
  });

  TEXT_PAYLOADS.forEach((p, index) => {
    const name = JSON.stringify(p.length > 60 ? `${p.slice(0, 60)}…(${p.length})` : p);
    it(`payload ${index}: ${name}`, async () => {
      const doc = mittariDoc(p);
      const valid = parseDataset(doc).success;
      const reports = await probe(index, doc);
      const pwned = await page.evaluate(() => (window as unknown as { __pwned: number }).__pwned);
      expect(pwned, 'a payload ran script').toBe(0);
      for (const r of reports) {
        counted.elements.add(r.tag);
        counted.checks += SINKS.length;
        counted.mounts++;
        const where = `${r.tag}/${r.format}`;
        expect(r.dangers, where).toEqual([]);
        expect(formulaCells(r.csv), `${where} CSV formula`).toEqual([]);
        if (r.state !== 'ready') {
          // A refusal must be the element's translated error box, not a blank.
          expect(r.state, where).toMatch(/^(error|empty): \S/);
          continue;
        }
        // Inert text: the label as given, character for character, in the text or the aria text
        // (whitespace-only labels have nothing to find; CSV is decoded as UTF-8, so lone surrogates differ).
        if (
          p.trim().length >= 2 &&
          r.format !== 'csv' &&
          !p.includes('\uD800') &&
          (r.format !== 'data' || valid)
        ) {
          const shown = `${r.text}\n${r.aria}`;
          // Table adapters trim labels (String#trim also drops U+FEFF), which is no injection.
          expect(
            shown.includes(r.format === 'json-stat' ? p.trim() : p),
            `${where}: label not shown verbatim`,
          ).toBe(true);
        }
      }
      if (valid)
        expect(
          reports
            .filter((r) => r.format === 'data' && r.state !== 'ready')
            .map((r) => `${r.tag}: ${r.state}`),
        ).toEqual([]);
    });
  });

  it('left the page usable and unchanged', async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned: number }).__pwned)).toBe(0);
    expect(await page.title()).toBe('hostile');
    expect(page.url()).toBe(`${base}/`);
    const reports = await probe('after', mittariDoc('Vielä toimii'));
    expect(
      reports
        .filter((r) => r.format === 'data')
        .every((r) => r.state === 'ready' && r.text.includes('Vielä toimii')),
    ).toBe(true);
    // N = payloads × sinks × elements, as checked above.
    console.info(
      `hostile text: ${TEXT_PAYLOADS.length} payloads × ${SINKS.length} sinks × ${counted.elements.size} elements (${counted.mounts} element mounts over ${FORMATS.length} adapters) = ${counted.checks} sink checks`,
    );
    expect(counted.elements.size).toBe(TAGS.length);
    expect(counted.checks).toBe(counted.mounts * SINKS.length);
  });
});

describe('hostile numbers, periods and codes', () => {
  it('never shows NaN, Infinity or a broken number', async () => {
    for (const v of VALUE_PAYLOADS) {
      const reports = await probe(
        -1,
        {
          ...(mittariDoc('Luvut') as object),
          observations: (mittariDoc('Luvut', [v, v, 10, v, 10, v]) as { observations: unknown }).observations,
        },
        { formats: ['data'] },
      );
      for (const r of reports.filter((x) => x.format === 'data')) {
        // The CSV's machine-readable value column may write 1e+308; people's text may not.
        const shown = `${r.text}\n${r.aria}\n${r.csv.replace(/\d(\.\d+)?e[+-]\d+/g, '#')}`;
        const bad = /.{0,40}(NaN|Infinity|∞|e\+\d{2,}).{0,20}/.exec(shown)?.[0];
        expect(bad, `${r.tag} with ${v}`).toBeUndefined();
        expect(r.state, `${r.tag} with ${v}`).toMatch(/^(ready|error: \S|empty: \S)/);
      }
    }
  });

  it('rejects impossible periods and codes with a clear error, never a chart of them', async () => {
    const cases = [
      ...PERIOD_PAYLOADS.map((p) => ({
        what: `period ${JSON.stringify(p)}`,
        doc: {
          ...(mittariDoc('Jaksot') as Record<string, unknown>),
          observations: [{ indicator: 'hostile', area: 'KU091', period: p, value: 1 }],
        },
      })),
      ...CODE_PAYLOADS.filter((c) => c !== 'KU091').map((c) => ({
        what: `code ${JSON.stringify(c.slice(0, 20))}`,
        doc: {
          ...(mittariDoc('Koodit') as Record<string, unknown>),
          areas: [{ code: c, level: 'municipality', label: { fi: 'x' } }],
          observations: [{ indicator: 'hostile', area: c, period: '2024-01', value: 1 }],
        },
      })),
      {
        what: 'duplicate area codes',
        doc: {
          ...(mittariDoc('Kaksi') as Record<string, unknown>),
          areas: [
            { code: 'KU091', level: 'municipality', label: { fi: 'A' } },
            { code: 'KU091', level: 'municipality', label: { fi: 'B' } },
          ],
        },
      },
      {
        what: 'duplicate observations',
        doc: {
          ...(mittariDoc('Kaksi') as Record<string, unknown>),
          observations: [
            { indicator: 'hostile', area: 'KU091', period: '2024-01', value: 1 },
            { indicator: 'hostile', area: 'KU091', period: '2024-01', value: 2 },
          ],
        },
      },
    ];
    const outcomes: string[] = [];
    for (const c of cases) {
      const valid = parseDataset(c.doc).success;
      const reports = await probe(-1, c.doc, { formats: ['data'] });
      for (const r of reports) {
        expect(r.dangers).toEqual([]);
        if (!valid) expect(r.state, `${r.tag} ${c.what}`).toMatch(/^(error|empty): \S/);
        else outcomes.push(`${c.what} accepted by core → ${r.tag} ${r.state.slice(0, 5)}`);
        expect(r.text).not.toMatch(/NaN|Invalid Date|undefined/);
      }
    }
    // Whatever core accepted must be a real period and code, so the elements may draw it.
    expect(outcomes.filter((o) => !/→ \S+ (ready|error|empty)/.test(o))).toEqual([]);
  });
});

describe('prototype pollution', () => {
  it('leaves Object.prototype alone for __proto__ and constructor keys in data and descriptors', async () => {
    const polluted = JSON.parse(
      JSON.stringify(mittariDoc('Proto'))
        .replace(
          '"format":"mittari/1"',
          '"format":"mittari/1","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}}',
        )
        .replace(
          '"label":{"fi":"Proto","sv":"Proto","en":"Proto"}',
          '"label":{"fi":"Proto","__proto__":{"polluted":3},"constructor":{"prototype":{"polluted":4}}}',
        ),
    ) as unknown;
    expect(Object.getOwnPropertyNames(polluted as object)).toContain('__proto__');
    expect(typeof parseDataset(polluted).success).toBe('boolean');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    await page.evaluate((doc) => {
      const stage = document.getElementById('stage') as HTMLElement;
      const source = document.createElement('mittari-source');
      source.id = 'proto';
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent =
        '{"format":"json-stat","url":"/p/0/js.json","__proto__":{"polluted":5},"dimensions":{"__proto__":{"polluted":6}},"indicator":{"constructor":{"prototype":{"polluted":7}}}}';
      source.append(script);
      stage.append(source);
      for (const tag of ['mittari-kpi', 'mittari-table']) {
        const a = document.createElement(tag) as HTMLElement & { data?: unknown };
        a.data = JSON.parse(doc) as unknown;
        const b = document.createElement(tag);
        b.setAttribute('source', 'proto');
        stage.append(a, b);
      }
    }, JSON.stringify(polluted));
    await page.waitForTimeout(500);
    const after = await page.evaluate(() => ({
      keys: Object.getOwnPropertyNames(Object.prototype).sort().join(),
      before: (window as unknown as { __protoKeys: string }).__protoKeys,
      polluted: ({} as Record<string, unknown>)['polluted'],
      fnPolluted:
        function () {} instanceof Function &&
        (Function.prototype as unknown as Record<string, unknown>)['polluted'],
    }));
    await page.evaluate(() => document.getElementById('stage')?.replaceChildren());
    expect(after.keys).toBe(after.before);
    expect(after.polluted).toBeUndefined();
    expect(after.fnPolluted).toBeUndefined();
  });
});
