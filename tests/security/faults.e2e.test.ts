// Network faults: the data elements of the CMS bundle against a local server that breaks each
// request the way real statistics APIs and proxies do (5xx, 429 with and without Retry-After,
// malformed and truncated JSON, empty and fully suppressed data, a slow body, a request that
// never answers). Each element must show a defined error state with a retry button, or its empty
// state; the retry must recover once the server does; no request may be repeated before the
// server's Retry-After; removing an element must abort its request; and nothing may end as an
// unhandled rejection. Real Chromium through playwright-core; `pnpm run build` first.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchOptions } from '../../scripts/chromium.mjs';
import {
  assertBundleBuilt,
  collectProblems,
  DATA_TAGS,
  loadElements,
  registeredTags,
  startBundleServer,
} from './support/browser.js';

const TAGS = DATA_TAGS.filter((t) => registeredTags().includes(t));
const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'];

/** A synthetic `mittari/1` dataset; `value(i)` gives each month's value (null: suppressed). */
function dataset(value: (i: number) => number | null = (i) => 10 + i / 10, count = MONTHS.length): unknown {
  return {
    format: 'mittari/1',
    meta: { title: { fi: 'Synteettinen (testi)' }, sources: [{ name: 'Synteettinen testiaineisto' }] },
    indicators: [
      {
        id: 'synthetic',
        label: { fi: 'Synteettinen osuus', sv: 'Syntetisk andel', en: 'Synthetic share' },
        unit: 'percent',
        decimals: 1,
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
    observations: MONTHS.slice(0, count).flatMap((period, i) => {
      const v = value(i);
      return ['MK01', 'MK06'].map((area) =>
        v === null
          ? { indicator: 'synthetic', area, period, value: null, status: 'suppressed' }
          : { indicator: 'synthetic', area, period, value: area === 'MK01' ? v : v - 1 },
      );
    }),
  };
}

/** What the server answers on one path: a fault, or (`ok`) the dataset. */
type Answer =
  | 'ok'
  | '500'
  | '503'
  | '429-seconds'
  | '429-date'
  | '429-none'
  | 'malformed'
  | 'truncated'
  | 'empty'
  | 'suppressed'
  | 'slow'
  | 'hang';

/** Per path: the answers still queued (then `fallback` forever), and when each request came. */
const plans = new Map<string, { queue: Answer[]; fallback: Answer; times: number[]; aborted: number }>();
const RETRY_AFTER_S = 1;
/** The HTTP date each `429-date` answer named, per path. */
const retryDates = new Map<string, number>();

function plan(path: string, queue: Answer[], fallback: Answer = 'ok') {
  const p = { queue, fallback, times: [] as number[], aborted: 0 };
  plans.set(path, p);
  return p;
}

function answer(req: IncomingMessage, res: ServerResponse, path: string): void {
  const p = plans.get(path);
  if (!p) {
    res.writeHead(404).end();
    return;
  }
  p.times.push(Date.now());
  const kind = p.queue.shift() ?? p.fallback;
  const json = { 'content-type': 'application/json', 'cache-control': 'no-store' };
  switch (kind) {
    case 'ok':
      res.writeHead(200, json).end(JSON.stringify(dataset()));
      return;
    case '500':
    case '503':
      res.writeHead(Number(kind), { 'content-type': 'text/plain' }).end('synthetic fault');
      return;
    case '429-seconds':
      res.writeHead(429, { 'retry-after': String(RETRY_AFTER_S) }).end();
      return;
    case '429-date': {
      // HTTP dates have whole seconds: name one at least RETRY_AFTER_S ahead.
      const at = Math.ceil((Date.now() + RETRY_AFTER_S * 1000) / 1000) * 1000;
      retryDates.set(path, at);
      res.writeHead(429, { 'retry-after': new Date(at).toUTCString() }).end();
      return;
    }
    case '429-none':
      res.writeHead(429).end();
      return;
    case 'malformed':
      res.writeHead(200, json).end('{"format": "mittari/1", "indicators": [,]}');
      return;
    case 'truncated':
      res.writeHead(200, json).end(JSON.stringify(dataset()).slice(0, 200));
      return;
    case 'empty':
      res.writeHead(200, json).end(JSON.stringify(dataset(undefined, 0)));
      return;
    case 'suppressed':
      res.writeHead(200, json).end(JSON.stringify(dataset(() => null)));
      return;
    case 'slow': {
      // A slow link: the body in eight pieces over about 1.6 s.
      const body = JSON.stringify(dataset());
      const step = Math.ceil(body.length / 8);
      res.writeHead(200, json);
      let i = 0;
      const tick = setInterval(() => {
        res.write(body.slice(i * step, (i + 1) * step));
        if (++i === 8) {
          clearInterval(tick);
          res.end();
        }
      }, 200);
      req.on('close', () => clearInterval(tick));
      return;
    }
    case 'hang':
      req.on('close', () => {
        if (!res.writableEnded) p.aborted++;
      });
      return;
  }
}

let server: Server;
let base: string;
let browser: Browser;
let page: Page;
let problems: Awaited<ReturnType<typeof collectProblems>>;

beforeAll(async () => {
  assertBundleBuilt();
  ({ server, base } = await startBundleServer(
    'faults',
    (req, res, url) => {
      if (url.pathname.startsWith('/f/')) {
        void answer(req, res, url.pathname);
        return true;
      }
      return false;
    },
    'width:640px',
  ));
  browser = await chromium.launch(launchOptions());
  page = await browser.newPage({ viewport: { width: 900, height: 700 } });
  problems = await collectProblems(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __rejections: string[] };
    w.__rejections = [];
    window.addEventListener('unhandledrejection', (e) => w.__rejections.push(String(e.reason)));
  });
  await page.goto(`${base}/`);
  await loadElements(page);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((done) => server?.close(done));
});

/** Mounts every data element on `src` and returns nothing; they load in the background. */
function mount(path: string, tags: readonly string[] = TAGS): Promise<void> {
  return page.evaluate(
    ({ path, tags }) => {
      const stage = document.getElementById('stage') as HTMLElement;
      stage.replaceChildren();
      for (const tag of tags) {
        const el = document.createElement(tag);
        el.setAttribute('src', path);
        if (tag === 'mittari-map' || tag === 'mittari-ranking') {
          el.setAttribute('level', 'region');
          el.setAttribute('indicator', 'synthetic');
        } else el.setAttribute('area', 'MK01');
        stage.append(el);
      }
    },
    { path, tags },
  );
}

/** Each mounted element's state: `ready`, `loading`, `empty`, or `error` (+ `retry` if it offers one). */
function states(): Promise<string[]> {
  return page.evaluate(() =>
    [...(document.getElementById('stage')?.children ?? [])].map((el) => {
      const r = el.shadowRoot;
      if (!r || r.childElementCount === 0) return `${el.localName}: loading`;
      if (r.querySelector('[part~="loading"]')) return `${el.localName}: loading`;
      if (r.querySelector('[part~="empty"]')) return `${el.localName}: empty`;
      const error = r.querySelector('[part~="error"]');
      if (error)
        return `${el.localName}: error${error.querySelector('button[part~="retry"]') ? '+retry' : ''}`;
      return `${el.localName}: ready`;
    }),
  );
}

/** Polls until no element is loading (the client's retries take a few seconds), then returns the states. */
async function settled(timeout = 20_000): Promise<string[]> {
  const deadline = Date.now() + timeout;
  let s = await states();
  while (s.some((x) => x.endsWith('loading')) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    s = await states();
  }
  return s;
}

const all = (state: string, tags: readonly string[] = TAGS) => tags.map((t) => `${t}: ${state}`);

/** Clicks every element's retry button. */
const clickRetry = (): Promise<number> =>
  page.evaluate(() => {
    const buttons = [...(document.getElementById('stage')?.children ?? [])]
      .map((el) => el.shadowRoot?.querySelector<HTMLButtonElement>('button[part~="retry"]'))
      .filter((b): b is HTMLButtonElement => !!b);
    for (const b of buttons) b.click();
    return buttons.length;
  });

describe('a server that fails, then recovers', () => {
  for (const status of ['500', '503'] as const) {
    it(`${status} on every attempt: an error with a retry button; the retry recovers`, async () => {
      const p = plan(`/f/${status}.json`, [], status);
      await mount(`/f/${status}.json`);
      expect(await settled()).toEqual(all('error+retry'));
      // The client retried (with backoff), but did not hammer the server.
      expect(p.times.length).toBeGreaterThanOrEqual(2);
      expect(p.times.length).toBeLessThanOrEqual(6);
      p.fallback = 'ok';
      expect(await clickRetry()).toBe(TAGS.length);
      expect(await settled()).toEqual(all('ready'));
    });
  }

  for (const kind of ['429-seconds', '429-date'] as const) {
    it(`${kind === '429-seconds' ? '429, Retry-After in seconds' : '429, Retry-After as an HTTP date'}: no request before it`, async () => {
      const path = `/f/${kind}.json`;
      const p = plan(path, [kind]);
      await mount(path);
      expect(await settled()).toEqual(all('ready'));
      expect(p.times.length).toBe(2);
      const [first = 0, second = 0] = p.times;
      const earliest = kind === '429-seconds' ? first + RETRY_AFTER_S * 1000 : (retryDates.get(path) ?? 0);
      // 10 ms of slack for the two clocks (Node's and Chromium's) reading the same system time.
      expect(second).toBeGreaterThanOrEqual(earliest - 10);
    });
  }

  it('429 without Retry-After: backs off and recovers', async () => {
    const p = plan('/f/429-none.json', ['429-none']);
    await mount('/f/429-none.json');
    expect(await settled()).toEqual(all('ready'));
    expect(p.times.length).toBe(2);
  });
});

describe('answers that are not a usable dataset', () => {
  for (const kind of ['malformed', 'truncated'] as const) {
    it(`${kind} JSON: an error with a retry button; the retry recovers`, async () => {
      const p = plan(`/f/${kind}.json`, [], kind);
      await mount(`/f/${kind}.json`);
      expect(await settled()).toEqual(all('error+retry'));
      p.fallback = 'ok';
      expect(await clickRetry()).toBe(TAGS.length);
      expect(await settled()).toEqual(all('ready'));
    });
  }

  it('a dataset with no observations: the empty state, not a blank or a zero', async () => {
    plan('/f/empty.json', [], 'empty');
    await mount('/f/empty.json');
    expect(await settled()).toEqual(all('empty'));
  });

  it('every value suppressed: no number drawn, the empty state or the suppressed marks', async () => {
    plan('/f/suppressed.json', [], 'suppressed');
    await mount('/f/suppressed.json');
    const s = await settled();
    expect(s.filter((x) => x.endsWith('loading'))).toEqual([]);
    // Whatever each element shows, none invents a value: no digits with a decimal comma.
    const shown = await page.evaluate(() =>
      [...(document.getElementById('stage')?.children ?? [])].map((el) => ({
        tag: el.localName,
        text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
      })),
    );
    expect(shown.filter((x) => /\d+,\d\s?%/.test(x.text)).map((x) => x.tag)).toEqual([]);
  });
});

describe('slow and abandoned requests', () => {
  it('a slow connection: loading, then the chart', async () => {
    plan('/f/slow.json', [], 'slow');
    await mount('/f/slow.json');
    expect((await states()).every((x) => x.endsWith('loading'))).toBe(true);
    expect(await settled()).toEqual(all('ready'));
  });

  it('removing an element aborts its request', async () => {
    const p = plan('/f/hang.json', [], 'hang');
    await mount('/f/hang.json', ['mittari-kpi']);
    await expect.poll(() => p.times.length).toBe(1);
    await page.evaluate(() => document.getElementById('stage')?.replaceChildren());
    await expect.poll(() => p.aborted, { timeout: 5000 }).toBe(1);
  });

  it('a server that never answers: the translated timeout error with a retry; the retry recovers', async () => {
    // The timeout is set where a page author sets it, in the `<mittari-source>` descriptor (the
    // default 15 s × 4 attempts would take a minute); each attempt is cut off and retried.
    const path = '/f/timeout.json';
    const p = plan(path, [], 'hang');
    await page.evaluate((url) => {
      const stage = document.getElementById('stage') as HTMLElement;
      const source = document.createElement('mittari-source');
      source.id = 'timeout-source';
      const json = document.createElement('script');
      json.type = 'application/json';
      json.textContent = JSON.stringify({ format: 'mittari', url, timeout: 300 });
      source.append(json);
      const gauge = document.createElement('mittari-gauge');
      const kpi = document.createElement('mittari-kpi');
      kpi.lang = 'en';
      for (const el of [gauge, kpi]) {
        el.setAttribute('source', 'timeout-source');
        el.setAttribute('area', 'MK01');
      }
      stage.replaceChildren(source, gauge, kpi);
    }, path);
    const errors = () =>
      page.evaluate(() =>
        ['mittari-gauge', 'mittari-kpi'].map((tag) => {
          const error = document.querySelector(tag)?.shadowRoot?.querySelector('[part~="error"]');
          return error
            ? `${error.textContent?.replace(/\s+/g, ' ').trim()}${error.querySelector('button[part~="retry"]') ? ' +retry' : ''}`
            : 'no error';
        }),
      );
    await expect.poll(errors, { timeout: 15_000, interval: 200 }).not.toContain('no error');
    const [fi = '', en = ''] = await errors();
    // Each element in its own language, with a retry button.
    expect(fi).toContain('Tietojen haku kesti liian kauan.');
    expect(fi).toMatch(/\+retry$/);
    expect(en).toContain('Loading the data took too long.');
    expect(en).toMatch(/\+retry$/);
    // The elements share one client: one request per attempt, each given up by the client (the
    // server saw it close unanswered), and retried as a network fault is (1 + 3 attempts).
    expect(p.times.length).toBe(4);
    await expect.poll(() => p.aborted).toBe(4);

    p.fallback = 'ok';
    expect(await clickRetry()).toBe(2);
    await expect
      .poll(() =>
        page.evaluate(() =>
          ['mittari-gauge', 'mittari-kpi'].map(
            (tag) =>
              document.querySelector(tag)?.shadowRoot?.querySelector('[part~="chart"], [part~="value"]') !==
              null,
          ),
        ),
      )
      .toEqual([true, true]);
  });

  it('logged no unhandled rejection and no page error', async () => {
    expect(await page.evaluate(() => (window as unknown as { __rejections: string[] }).__rejections)).toEqual(
      [],
    );
    expect(problems.page).toEqual([]);
  });
});
