// A dashboard of 100 elements against PxWeb: the client's local stand-in for StatFin
// (packages/client/test/pxweb-fake.ts, real 12r5 values for five municipalities) whose /config
// allows 30 calls per 10 s. The page must keep to that limit in every 10 s window, make each
// distinct query once however many elements need it, and split a query the server refuses as too
// many cells (403 from PxWeb API 2, 413 from Statistics Finland's newer PxApi) rather than fail.
// The page, the bundle and the API share one origin, as the stand-in sends no CORS headers.
// Real Chromium through playwright-core; `pnpm run build` first.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchOptions } from '../../scripts/chromium.mjs';
import { startServer, type TestServer } from '../../packages/client/test/http-server.js';
import {
  AREAS,
  DRIFT_CODES,
  MEASURE,
  fakePxWeb,
  type FakePxWebOptions,
} from '../../packages/client/test/pxweb-fake.js';
import { CDN, assertBundleBuilt } from './support/browser.js';

const ELEMENTS = 100;
const MAX_CALLS = 30;
const WINDOW_MS = 10_000;
/**
 * The client times its calls when it starts them; the server when they arrive. Over HTTP/1.1 the
 * browser sends at most six at a time per host, so a burst of 30 arrives spread over a few hundred
 * ms and the next burst, started on time, can land closer than 10 s to the burst's tail.
 */
const ARRIVAL_JITTER_MS = 1_000;

/** The PxWeb API 2 descriptor of one `<mittari-source>`: one area, the last `months` months. */
function descriptor(base: string, area: string, months: number): unknown {
  return {
    format: 'pxweb',
    api: 'v2',
    baseUrl: `${base}/api/v2`,
    table: '12r5',
    lang: 'fi',
    selection: { Alue: [area], Kuukausi: { top: months }, Tiedot: [MEASURE] },
    indicator: { id: 'unemployed-share', direction: 'lower-is-better', category: 'effectiveness' },
  };
}

/** Every file of the CMS bundle, routed on `server` under /mittari/, and `page` at `/`. */
function servePage(server: TestServer, html: string): void {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
    );
  for (const file of walk(CDN)) {
    const body = readFileSync(file, 'utf8');
    const type = file.endsWith('.js') ? 'text/javascript' : 'application/json';
    server.route(`/mittari/${relative(CDN, file)}`, (_req, res) => {
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    });
  }
  server.route('/', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
}

/** A page of `sources` and `kpis` (`[sourceId, area]`), on a fresh stand-in with `options`. */
async function dashboard(
  options: FakePxWebOptions,
  build: (base: string) => { sources: [string, unknown][]; kpis: [string, string][] },
): Promise<TestServer> {
  const server = await startServer();
  fakePxWeb(server, options);
  const { sources, kpis } = build(server.url);
  const esc = (s: string) => s.replaceAll('<', '\\u003c');
  servePage(
    server,
    `<!doctype html><html lang="fi"><head><title>pxweb</title><script type="module" src="/mittari/mittari.js"></script></head><body><main>${sources
      .map(
        ([id, d]) =>
          `<mittari-source id="${id}"><script type="application/json">${esc(JSON.stringify(d))}</script></mittari-source>`,
      )
      .join('')}${kpis
      .map(
        ([id, area]) =>
          `<mittari-kpi no-export source="${id}" indicator="unemployed-share" area="${area}"></mittari-kpi>`,
      )
      .join('')}</main></body></html>`,
  );
  return server;
}

/** Every KPI's state once none is loading. */
async function kpiStates(page: Page, timeout = 60_000): Promise<string[]> {
  const read = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('mittari-kpi')].map((el) => {
        const r = el.shadowRoot;
        if (!r || r.childElementCount === 0 || r.querySelector('[part~="loading"]')) return 'loading';
        const state = r.querySelector('[part~="error"], [part~="empty"]');
        return state ? `${state.getAttribute('part')}: ${state.textContent?.trim()}` : 'ready';
      }),
    );
  const deadline = Date.now() + timeout;
  let s = await read();
  while (s.includes('loading') && Date.now() < deadline) {
    await page.waitForTimeout(200);
    s = await read();
  }
  return s;
}

let browser: Browser;
const servers: TestServer[] = [];

beforeAll(async () => {
  assertBundleBuilt();
  browser = await chromium.launch(launchOptions());
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

describe('PxWeb call limits at dashboard scale', () => {
  it(`${ELEMENTS} elements: at most ${MAX_CALLS} calls per ${WINDOW_MS / 1000} s, each query once`, async () => {
    // 40 distinct queries (5 areas × the last 1–8 months) behind 50 sources (10 repeat a
    // descriptor), read by 100 KPIs: more calls than one window allows.
    const server = await dashboard({ maxCalls: MAX_CALLS, timeWindow: WINDOW_MS / 1000 }, (base) => {
      const distinct = AREAS.flatMap((area) =>
        Array.from({ length: 8 }, (_, m) => [area, descriptor(base, area, m + 1)] as const),
      );
      const sources = [...distinct, ...distinct.slice(0, 10)].map(
        ([area, d], i) => [`px-${i}`, d, area] as const,
      );
      return {
        sources: sources.map(([id, d]) => [id, d]),
        kpis: Array.from({ length: ELEMENTS }, (_, i) => {
          const s = sources[i % sources.length];
          return [s?.[0] ?? '', s?.[2] ?? ''];
        }),
      };
    });
    servers.push(server);
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    const states = await kpiStates(page);
    expect(states.length).toBe(ELEMENTS);
    expect(states.filter((s) => s !== 'ready')).toEqual([]);

    const calls = server.requests.filter((r) => r.path.startsWith('/api/'));
    const data = calls.filter((r) => r.path.endsWith('/data'));
    // Each distinct query exactly once.
    const queries = data.map((r) => r.query.toString());
    expect(new Set(queries).size).toBe(40);
    expect(queries.length).toBe(40);
    // No 10 s window holds more than 30 calls: call i and call i+30 are at least 10 s apart, less
    // ARRIVAL_JITTER_MS (decision 0753).
    const crowded = (list: readonly number[]): number[] => {
      const t = [...list].sort((a, b) => a - b);
      return t.filter(
        (at, i) => i + MAX_CALLS < t.length && (t[i + MAX_CALLS] ?? 0) - at < WINDOW_MS - ARRIVAL_JITTER_MS,
      );
    };
    expect(data.length).toBeGreaterThan(MAX_CALLS);
    // Every call to the server counts, the one /config read included (decision 0753).
    const reads = calls.filter((r) => !r.path.endsWith('/data'));
    expect(reads.map((r) => r.path)).toEqual(['/api/v2/config']);
    expect(crowded(calls.map((r) => r.at))).toEqual([]);
    await page.close();
  });

  for (const status of [403, 413] as const) {
    it(`splits a query the server refuses as too many cells (${status})`, async () => {
      // /config allows 1 000 cells, the server really 20: the client learns from the refusal.
      const server = await dashboard(
        { configMaxCells: 1000, serverMaxCells: 20, tooManyStatus: status },
        (base) => ({
          sources: [
            [
              'px-all',
              {
                ...(descriptor(base, AREAS[0] ?? '', 12) as object),
                selection: { Alue: '*', Kuukausi: { top: 12 }, Tiedot: [MEASURE] },
              },
            ],
          ],
          kpis: AREAS.map((a) => ['px-all', a]),
        }),
      );
      servers.push(server);
      const page = await browser.newPage();
      await page.goto(`${server.url}/`);
      expect(await kpiStates(page)).toEqual(AREAS.map(() => 'ready'));
      const data = server.requests.filter((r) => r.path.endsWith('/data'));
      // One refused whole query, then parts the server accepts.
      expect(data.length).toBeGreaterThan(2);
      await page.close();
    });
  }
});

describe('schema drift: StatFin renames its table ids and variable codes', () => {
  it('fails clearly on the old id and old codes, and draws once the descriptor names the new ones', async () => {
    const area = AREAS[0] ?? '';
    const server = await dashboard({ drift: true }, (base) => {
      const old = descriptor(base, area, 6) as Record<string, unknown>;
      return {
        sources: [
          // Written before June 2026: the long table id.
          ['px-old-id', { ...old, table: 'statfin_tyonv_pxt_12r5' }],
          // The new id, but the variable codes of before.
          ['px-old-codes', old],
          // Both renamed, the dimensions named in the descriptor.
          [
            'px-new',
            {
              ...old,
              selection: {
                [DRIFT_CODES.Alue]: [area],
                [DRIFT_CODES.Kuukausi]: { top: 6 },
                [DRIFT_CODES.Tiedot]: [MEASURE],
              },
              dimensions: {
                area: DRIFT_CODES.Alue,
                period: DRIFT_CODES.Kuukausi,
                indicator: DRIFT_CODES.Tiedot,
              },
            },
          ],
        ],
        kpis: [
          ['px-old-id', area],
          ['px-old-codes', area],
          ['px-new', area],
        ],
      };
    });
    servers.push(server);
    const page = await browser.newPage();
    const rejections: string[] = [];
    page.on('pageerror', (e) => rejections.push(String(e)));
    await page.addInitScript(() =>
      window.addEventListener('unhandledrejection', (e) => console.error(`unhandled: ${String(e.reason)}`)),
    );
    page.on('console', (m) => {
      if (m.text().startsWith('unhandled:')) rejections.push(m.text());
    });
    await page.goto(`${server.url}/`);
    const [oldId, oldCodes, renamed] = await kpiStates(page);
    // A table that is gone is "not found"; a query the server refuses is its HTTP error: both
    // translated, both with a retry, neither a number.
    expect(oldId).toMatch(/^state error: .*(Pyydettyä tietoa ei löytynyt|404)/);
    expect(oldCodes).toMatch(/^state error: .*virheellä 400\./);
    expect(renamed).toBe('ready');
    const shown = await page.evaluate(
      () =>
        document.querySelectorAll('mittari-kpi')[2]?.shadowRoot?.querySelector('[part~="value"]')
          ?.textContent,
    );
    expect(shown).toMatch(/^\d+,\d\s%$/);
    const retries = await page.evaluate(() =>
      [...document.querySelectorAll('mittari-kpi')].map(
        (el) => !!el.shadowRoot?.querySelector('button[part~="retry"]'),
      ),
    );
    expect(retries).toEqual([true, true, false]);
    // 404 and 400 are not retried: one call each.
    const data = server.requests.filter((r) => r.path.endsWith('/data') || r.path.endsWith('/metadata'));
    expect(data.filter((r) => r.path.includes('statfin_tyonv_pxt_12r5'))).toHaveLength(1);
    expect(rejections).toEqual([]);
    await page.close();
  });
});
