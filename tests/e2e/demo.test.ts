// The demo intranet dashboard (issue 9), driven in Debian's Chromium: the CMS bundle renders
// real values from the demo data on a page with no script of its own, follows the language
// switch, the map's level switch and area picks, passes axe, and stays on 127.0.0.1.
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchOptions } from '../../scripts/chromium.mjs';
import { DEMO_MOUNTS, startDemoServer } from '../../scripts/demo-server.mjs';
import { labourForce2025, loadCommitted, members, share12r5 } from '../../demo/data/test-support.js';
import { writeDashboardData } from '../../demo/site/build-data.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
// `MITTARI_DEMO_CDN` serves another build of the CMS bundle (e.g. one being developed) as `/mittari/`.
const CDN = process.env['MITTARI_DEMO_CDN'] ?? DEMO_MOUNTS['/mittari/'];
const BUNDLE = join(CDN, 'mittari.js');
const SCREENSHOT = join(root, 'tests/output/dashboard-1280.png');

/** Elements that draw data (the source and the lang switch draw none). */
const CHARTS = ['mittari-kpi', 'mittari-gauge', 'mittari-map', 'mittari-ranking', 'mittari-trend'] as const;

/**
 * TA39's January 2025 unemployed share recomputed by the documented rule: the mean of its
 * municipalities' 12r5 shares weighted by their table-1001 labour force of 2020-10 (the last
 * month of table 1001, carried forward).
 */
function recomputeTa39(): number {
  const share = share12r5();
  const weight = labourForce2025();
  let acc = 0;
  let total = 0;
  for (const m of members('TA39', 2025)) {
    const v = share.get(m)?.get('2025-01');
    if (v === null || v === undefined) continue;
    const w = weight(m, '2025-01');
    acc += v * w;
    total += w;
  }
  return acc / total;
}

/** A value as the elements print a percentage with one decimal in `locale`, spaces normalised. */
function percentText(value: number, locale: 'fi-FI' | 'sv-FI' | 'en-GB'): string {
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)} %`;
}

const squash = (s: string | null | undefined): string => (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** Each chart element's state: `ready`, `loading`, or `error: …` / `empty` with its message. */
function elementStates(
  page: Page,
): Promise<{ tag: string; indicator: string; area: string; state: string }[]> {
  return page.evaluate(
    (tags) => {
      return tags.flatMap((tag) =>
        [...document.querySelectorAll(tag)].map((el) => {
          const root = el.shadowRoot;
          const box = root?.querySelector('[part~="state"]');
          const kind = !root
            ? 'undefined'
            : box
              ? (box.getAttribute('part') ?? 'state').replace('state', '').trim()
              : 'none';
          const drawn = root?.querySelector('[part~="chart"], [part~="value"]') !== null && root !== null;
          const state =
            kind === 'error' || kind === 'empty'
              ? `${kind}: ${box?.textContent?.trim() ?? ''}`
              : drawn
                ? 'ready'
                : 'loading';
          return {
            tag,
            indicator: el.getAttribute('indicator') ?? '',
            area: el.getAttribute('area') ?? '',
            state,
          };
        }),
      );
    },
    CHARTS as unknown as string[],
  );
}

/** Waits until every chart element has drawn (or failed, or time ran out); returns the states. */
async function settle(page: Page): Promise<Awaited<ReturnType<typeof elementStates>>> {
  // A timeout is not thrown: the states returned name the element that never drew.
  await page
    .waitForFunction(
      (tags) =>
        tags.every((tag) =>
          [...document.querySelectorAll(tag)].every((el) => {
            const root = el.shadowRoot;
            if (!root) return false;
            if (root.querySelector('[part~="error"], [part~="empty"]')) return true;
            return (
              root.querySelector('[part~="chart"], [part~="value"]') !== null &&
              root.querySelector('[part~="loading"]') === null
            );
          }),
        ),
      CHARTS as unknown as string[],
      { timeout: 30_000 },
    )
    .catch(() => undefined);
  return elementStates(page);
}

/** The text of a part inside an element's shadow root. */
function partText(page: Page, selector: string, part: string): Promise<string> {
  return page.evaluate(
    ([sel, p]) => document.querySelector(sel)?.shadowRoot?.querySelector(`[part~="${p}"]`)?.textContent ?? '',
    [selector, part] as const,
  );
}

let server: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const consoleErrors: string[] = [];
const failedResponses: string[] = [];

beforeAll(async () => {
  if (!existsSync(BUNDLE))
    throw new Error(`the CMS bundle is missing (${BUNDLE}): run \`pnpm run build\` first`);
  writeDashboardData(); // the page's merged data file, always fresh from demo/data (decision 0350)
  DEMO_MOUNTS['/mittari/'] = CDN;
  server = await startDemoServer({ port: 0 });
  browser = await chromium.launch(launchOptions());
  page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
  });
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) failedResponses.push(`${r.status()} ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the demo dashboard', () => {
  it('renders real values in every element, none in an error or empty state', async () => {
    const states = await settle(page);
    expect(states.length).toBeGreaterThanOrEqual(10);
    expect(states.filter((s) => s.state !== 'ready')).toEqual([]);
  });

  it("shows TA39's January 2025 unemployed share as recomputed from the municipal series and the documented weights", async () => {
    const expected = recomputeTa39();
    expect(expected).toBeCloseTo(11.97, 2);
    const text = percentText(Math.round(expected * 10) / 10, 'fi-FI');
    expect(squash(await partText(page, 'mittari-gauge', 'value'))).toBe(squash(text));
    expect(squash(await partText(page, 'mittari-kpi[indicator="unemployed-share"]', 'value'))).toBe(
      squash(text),
    );
    const now = await page.evaluate(() =>
      document
        .querySelector('mittari-gauge')
        ?.shadowRoot?.querySelector('[role="meter"]')
        ?.getAttribute('aria-valuenow'),
    );
    expect(Math.abs(Number(now) - expected)).toBeLessThanOrEqual(0.05);
    // Labelled as an example target, not a target someone set.
    expect(await partText(page, 'mittari-gauge', 'base')).toMatch(/esimerkkitavoite/i);
  });

  it('switches the language of the page and of every element: fi → sv → en', async () => {
    const ta39 = loadCommitted('employment-area.json');
    const label = ta39.indicators.get('unemployed-share')?.label;
    const expectations = [
      { lang: 'fi', h1: /Työllisyyden tilannekuva/, indicator: label?.fi, target: /esimerkkitavoite/i },
      { lang: 'sv', h1: /Sysselsättningsläget/, indicator: label?.sv, target: /exempelmål/i },
      { lang: 'en', h1: /Employment dashboard/, indicator: label?.en, target: /example target/i },
    ] as const;
    for (const e of expectations) {
      await page.locator(`mittari-lang-switch button[lang="${e.lang}"]`).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(e.lang);
      await expect.poll(() => partText(page, 'mittari-gauge', 'title')).toBe(e.indicator);
      expect(await page.locator('h1').innerText()).toMatch(e.h1);
      expect(await partText(page, 'mittari-gauge', 'base')).toMatch(e.target);
      expect(await partText(page, 'mittari-kpi[indicator="unemployed-share"]', 'title')).toBe(e.indicator);
      expect(await partText(page, 'mittari-trend', 'title')).toContain(e.indicator ?? '∅');
    }
    await page.locator('mittari-lang-switch button[lang="fi"]').click();
    await expect.poll(() => partText(page, 'mittari-gauge', 'title')).toBe(label?.fi);
  });

  it("switches the map's level to municipalities and regions, drawing each with values", async () => {
    const map = page.locator('mittari-map');
    const areaCount = () =>
      page.evaluate(
        () => document.querySelector('mittari-map')?.shadowRoot?.querySelectorAll('path.area').length ?? 0,
      );
    const filled = () =>
      page.evaluate(
        () =>
          [
            ...(document.querySelector('mittari-map')?.shadowRoot?.querySelectorAll('path.area') ?? []),
          ].filter((p) => !(p.getAttribute('fill') ?? '').startsWith('url(')).length,
      );
    await expect.poll(areaCount).toBe(45);
    for (const [level, count] of [
      ['municipality', 308],
      ['region', 19],
      ['employment-area', 45],
    ] as const) {
      await map.locator('select[part~="level-switch"]').selectOption(level);
      await expect.poll(() => map.getAttribute('level')).toBe(level);
      await expect.poll(areaCount, { timeout: 30_000 }).toBe(count);
      // Most areas have a value (a few Åland municipalities are missing, hatched).
      expect(await filled()).toBeGreaterThan(count * 0.9);
    }
  });

  it('re-targets the gauge, KPI tiles and trend when an area is clicked on the map or ranking or picked with Enter', async () => {
    const data = loadCommitted('employment-area.json');
    const pick = async (code: string, how: 'click' | 'enter' | 'ranking') => {
      const path = page.locator(`mittari-map path.area[data-code="${code}"]`);
      if (how === 'ranking') await page.locator(`mittari-ranking g.row[data-code="${code}"]`).click();
      else if (how === 'click') await path.click();
      else {
        await path.focus();
        await page.keyboard.press('Enter');
      }
      const value = data.observations.get('unemployed-share', code, '2025-01')?.value;
      const name = data.areas.get(code)?.label.fi ?? code;
      for (const sel of [
        'mittari-gauge',
        'mittari-kpi[indicator="unemployed-share"]',
        'mittari-trend',
        'mittari-ranking',
        'mittari-map',
      ]) {
        await expect.poll(() => page.locator(sel).first().getAttribute('area')).toBe(code);
      }
      await expect
        .poll(async () => squash(await partText(page, 'mittari-gauge', 'value')))
        .toBe(squash(percentText(value ?? NaN, 'fi-FI')));
      expect(await partText(page, 'mittari-gauge', 'base')).toContain(name);
      expect(squash(await partText(page, 'mittari-kpi[indicator="unemployed-share"]', 'value'))).toBe(
        squash(percentText(value ?? NaN, 'fi-FI')),
      );
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              document.querySelector('mittari-trend')?.shadowRoot?.querySelector('[part~="legend"]')
                ?.textContent ?? '',
          ),
        )
        .toContain(name);
    };
    await pick('TA08', 'click'); // Helsinki
    await pick('TA41', 'enter'); // Turku
    await pick('TA13', 'ranking'); // Keski-Savo, picked in the ranking
    // At the municipal level a municipality becomes the linked elements' area (decision 0350).
    const map = page.locator('mittari-map');
    await map.locator('select[part~="level-switch"]').selectOption('municipality');
    await page.locator('mittari-map path.area[data-code="KU837"]').click(); // Tampere
    const tampere = loadCommitted('municipality.json').observations.get(
      'unemployed-share',
      'KU837',
      '2025-01',
    )?.value;
    await expect.poll(() => page.locator('mittari-gauge').getAttribute('area')).toBe('KU837');
    await expect
      .poll(async () => squash(await partText(page, 'mittari-gauge', 'value')))
      .toBe(squash(percentText(tampere ?? NaN, 'fi-FI')));
    expect(await partText(page, 'mittari-trend', 'legend')).toContain('Tampere');
    await map.locator('select[part~="level-switch"]').selectOption('employment-area');
    await pick('TA39', 'click'); // back home
    const states = await settle(page);
    expect(states.filter((s) => s.state !== 'ready')).toEqual([]);
  });

  it('has no axe-core violations (WCAG 2.1 A/AA rules)', async () => {
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: unknown,
              opts: unknown,
            ) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      });
      return result.violations.map((v) => ({
        id: v.id,
        targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
      }));
    });
    expect(violations).toEqual([]);
  });

  it('writes a 1280 px wide full-page screenshot', async () => {
    await settle(page);
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    const png = await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(png.readUInt32BE(16)).toBe(1280); // PNG IHDR width
  });

  it('makes no request outside 127.0.0.1 and logs no console errors', () => {
    const origin = new URL(server.url).origin;
    const outside = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'));
    expect(requests.length).toBeGreaterThan(3);
    expect(outside).toEqual([]);
    expect(failedResponses).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe('the demo dashboard under a strict Content-Security-Policy', () => {
  const CSP =
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'";

  it('draws every element with no policy violation, from the page or from the elements', async () => {
    const strict = await startDemoServer({ port: 0, headers: { 'content-security-policy': CSP } });
    const csp = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await csp.addInitScript(() => {
        const seen: { directive: string; inside: string | null }[] = [];
        (window as unknown as { cspViolations: typeof seen }).cspViolations = seen;
        document.addEventListener(
          'securitypolicyviolation',
          (e) => {
            const node = e.composedPath()[0];
            const root = node instanceof Node ? node.getRootNode() : null;
            seen.push({
              directive: e.violatedDirective,
              inside: root instanceof ShadowRoot ? root.host.localName : null,
            });
          },
          true,
        );
      });
      await csp.goto(strict.url);
      const states = await settle(csp);
      expect(states.filter((s) => s.state !== 'ready')).toEqual([]);
      const violations = await csp.evaluate(
        () =>
          (window as unknown as { cspViolations: { directive: string; inside: string | null }[] })
            .cspViolations,
      );
      // `inside` names the element whose shadow root broke the policy (null: the page itself).
      expect(violations).toEqual([]);
    } finally {
      await csp.close();
      await strict.close();
    }
  });
});
