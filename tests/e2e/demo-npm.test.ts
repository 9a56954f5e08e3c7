// The demo's npm page: `demo/site/npm.ts` bundled by esbuild with `demo/site/build.ts` (the
// demo's build step), loaded in Debian's Chromium; every element it creates draws TA39 from the
// data the client fetched, with no error, no console error and no request off 127.0.0.1.
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchOptions } from '../../scripts/chromium.mjs';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { loadCommitted } from '../../demo/data/test-support.js';
import { buildDemo } from '../../demo/site/build.js';

const TAGS = ['mittari-kpi', 'mittari-gauge', 'mittari-map', 'mittari-ranking', 'mittari-trend'];

let server: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  await buildDemo();
  server = await startDemoServer({ port: 0 });
  browser = await chromium.launch(launchOptions());
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(`${server.url}npm.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the npm usage page', () => {
  it('defines and draws every element it creates, with TA39 January 2025 from the fetched data', async () => {
    // A timeout is not thrown: the states below name the element that never drew.
    await page
      .waitForFunction(
        (tags) =>
          tags.every((tag) =>
            document
              .querySelector(tag)
              ?.shadowRoot?.querySelector(
                '[part~="chart"], [part~="value"], [part~="error"], [part~="empty"]',
              ),
          ),
        TAGS,
        { timeout: 30_000 },
      )
      .catch(() => undefined);
    const failed = await page.evaluate(
      (tags) =>
        tags.flatMap((tag) => {
          const root = document.querySelector(tag)?.shadowRoot;
          if (!customElements.get(tag)) return [`${tag}: not defined`];
          const bad = root?.querySelector('[part~="error"], [part~="empty"]');
          if (bad) return [`${tag}: ${bad.textContent?.trim() ?? ''}`];
          return root?.querySelector('[part~="chart"], [part~="value"]') ? [] : [`${tag}: not drawn`];
        }),
      TAGS,
    );
    expect(failed).toEqual([]);
    const value = loadCommitted('employment-area.json').observations.get(
      'unemployed-share',
      'TA39',
      '2025-01',
    )?.value;
    const shown = await page.evaluate(
      () =>
        document.querySelector('mittari-gauge')?.shadowRoot?.querySelector('[part~="value"]')?.textContent ??
        '',
    );
    expect(shown.replace(/[\s\u00a0\u202f]/g, '')).toBe(
      `${new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1 }).format(value ?? NaN)}%`,
    );
  });

  it('loads the dataset once, stays on 127.0.0.1 and logs no console errors', () => {
    const origin = new URL(server.url).origin;
    expect(requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'))).toEqual([]);
    expect(requests.filter((u) => u.endsWith('/data/employment-area.json'))).toHaveLength(1);
    expect(consoleErrors).toEqual([]);
  });
});
