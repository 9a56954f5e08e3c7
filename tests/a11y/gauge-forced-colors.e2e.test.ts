// Forced colours switched on AFTER the gauge has rendered (Windows High Contrast turned on
// while the page is open): the gauge must repaint in system colours. Real Chromium through
// playwright-core; the gauge is bundled with esbuild and served from memory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { launchOptions } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const out = await build({
    entryPoints: [`${root}packages/elements/src/gauge/gauge.ts`],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
    tsconfig: `${root}packages/elements/tsconfig.json`,
  });
  const js = out.outputFiles[0]?.text ?? '';
  browser = await chromium.launch(launchOptions());
  page = await browser.newPage();
  await page.route('http://a11y.invalid/**', (route) =>
    route.request().url().endsWith('.js')
      ? route.fulfill({ contentType: 'text/javascript', body: js })
      : route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><html lang="fi"><body><div id="host" style="width:360px"></div><script type="module" src="/gauge.js"></script></body></html>',
        }),
  );
  await page.goto('http://a11y.invalid/');
  await page.waitForFunction(() => customElements.get('mittari-gauge') !== undefined);
  await page.evaluate(async () => {
    const el = document.createElement('mittari-gauge') as HTMLElement & {
      data: unknown;
      updateComplete: Promise<boolean>;
    };
    // Synthetic numbers: only the colours matter here.
    el.data = {
      indicator: {
        id: 'synthetic',
        label: { fi: 'Synteettinen' },
        unit: 'percent',
        decimals: 1,
        direction: 'lower-is-better',
        frequency: 'month',
        category: 'effectiveness',
        synthetic: true,
      },
      period: '2025-01',
      actual: 10,
      target: { value: 8, tolerance: { kind: 'absolute', value: 1 } },
    };
    document.getElementById('host')?.append(el);
    await el.updateComplete;
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const barFill = () =>
  page.evaluate(() => {
    const el = document.querySelector('mittari-gauge');
    const bar = el?.shadowRoot?.querySelector('[part~="bar"]');
    return bar ? getComputedStyle(bar).fill : 'none';
  });

describe('<mittari-gauge> under forced colours', () => {
  it('repaints in system colours when forced colours are switched on after load, and back', async () => {
    await page.emulateMedia({ forcedColors: 'none' });
    expect(await barFill()).toBe('rgb(31, 78, 121)');
    await page.emulateMedia({ forcedColors: 'active' });
    const forced = await barFill();
    expect(forced).not.toBe('rgb(31, 78, 121)');
    const canvasText = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const c = getComputedStyle(probe).color;
      probe.remove();
      return c;
    });
    expect(forced).toBe(canvasText);
    await page.emulateMedia({ forcedColors: 'none' });
    expect(await barFill()).toBe('rgb(31, 78, 121)');
  });
});
