// The demo dashboard served with the strict Content-Security-Policy and Trusted Types policy the
// security guide promises (tests/security/support/browser.ts STRICT_CSP): every element the CMS
// bundle registers renders, the interactions work, and the page reports no CSP violation, console
// error or page error. Then forced colours are switched on after load and the charts must repaint
// in system colours. Real Chromium through playwright-core; `pnpm run build` first.
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { launchOptions } from '../../scripts/chromium.mjs';
import { writeDashboardData } from '../../demo/site/build-data.js';
import {
  DATA_TAGS,
  STRICT_CSP,
  assertBundleBuilt,
  collectProblems,
  loadElements,
  registeredTags,
  settle,
  violations,
} from './support/browser.js';

const REGISTERED = registeredTags();
const DRAWN = DATA_TAGS.filter((t) => REGISTERED.includes(t));

let server: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;
let page: Page;
let problems: Awaited<ReturnType<typeof collectProblems>>;

beforeAll(async () => {
  assertBundleBuilt();
  writeDashboardData();
  server = await startDemoServer({ headers: { 'content-security-policy': STRICT_CSP } });
  browser = await chromium.launch(launchOptions());
  page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    locale: 'fi-FI',
    acceptDownloads: true,
  });
  problems = await collectProblems(page);
  const response = await page.goto(server.url);
  expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The text of an element's shadow root, whitespace squashed. */
const shadowText = (selector: string): Promise<string> =>
  page.evaluate(
    (s) => (document.querySelector(s)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    selector,
  );

describe('the demo under a strict CSP with Trusted Types', () => {
  it('enforces Trusted Types: a raw string into an HTML sink throws', async () => {
    const outcome = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'assigned';
      } catch (e) {
        return (e as Error).name;
      }
    });
    expect(outcome).toBe('TypeError');
    await expect.poll(() => problems.console.some((m) => m.includes('TrustedHTML'))).toBe(true);
    // That probe was refused by the policy and reported; start the count from here.
    await page.evaluate(() => ((window as unknown as { __violations: string[] }).__violations.length = 0));
    problems.console.length = 0;
  });

  it('renders every registered element with data, none in an error or empty state', async () => {
    expect(DRAWN.length).toBeGreaterThanOrEqual(3);
    const states = await settle(page, DRAWN);
    expect(states.length).toBeGreaterThanOrEqual(8);
    expect(states.filter((s) => s.state !== 'ready')).toEqual([]);
    // The page's own tags arrived by themselves; the rest load on request, under the same policy.
    const onPage = await page.evaluate(
      (tags) =>
        tags.filter((t) => document.querySelector(t)).map((t) => [t, customElements.get(t) !== undefined]),
      REGISTERED,
    );
    expect(onPage.length).toBeGreaterThanOrEqual(6);
    expect(onPage.filter(([, defined]) => !defined)).toEqual([]);
    await loadElements(page);
    const undefinedTags = await page.evaluate(
      (tags) => tags.filter((t) => !customElements.get(t)),
      REGISTERED,
    );
    expect(undefinedTags).toEqual([]);
    // Real numbers in the Finnish format, not placeholders.
    expect(await shadowText('mittari-gauge')).toMatch(/\d+,\d %/);
  });

  it('follows the language switch to Swedish and back', async () => {
    const click = (lang: string) =>
      page.evaluate((l) => {
        const button = document
          .querySelector('mittari-lang-switch')
          ?.shadowRoot?.querySelector<HTMLButtonElement>(`button[lang="${l}"]`);
        button?.click();
        return button !== null && button !== undefined;
      }, lang);
    expect(await click('sv')).toBe(true);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await expect.poll(() => shadowText('mittari-gauge')).toContain('Tammerforsregionen');
    expect(await click('fi')).toBe(true);
    await expect.poll(() => shadowText('mittari-gauge')).toContain('Tampereen seutu');
  });

  it('sorts a table added to the page by its column headers', async () => {
    await page.evaluate(() => {
      const t = document.createElement('mittari-table');
      t.id = 'csp-table';
      for (const [k, v] of [
        ['source', 'dashboard'],
        ['indicator', 'unemployed-share'],
        ['area', 'TA39'],
      ])
        t.setAttribute(k as string, v as string);
      document.querySelector('main')?.append(t);
    });
    const states = await settle(page, ['mittari-table']);
    expect(states).toEqual([{ tag: 'mittari-table', state: 'ready' }]);
    const sortBy = (column: number) =>
      page.evaluate((c) => {
        const root = document.getElementById('csp-table')?.shadowRoot;
        root?.querySelectorAll<HTMLElement>('thead th')[c]?.querySelector('button')?.click();
        return new Promise<{ sort: string | null; first: string }>((done) =>
          requestAnimationFrame(() =>
            done({
              sort: root?.querySelectorAll('thead th')[c]?.getAttribute('aria-sort') ?? null,
              first: root?.querySelector('tbody tr td, tbody tr th')?.textContent?.trim() ?? '',
            }),
          ),
        );
      }, column);
    const up = await sortBy(1);
    expect(up.sort).toBe('ascending');
    const down = await sortBy(1);
    expect(down.sort).toBe('descending');
    expect(down.first).not.toBe(up.first);
  });

  it('downloads CSV, SVG and PNG from a chart’s toolbar', async () => {
    const buttons = await page.evaluate(
      () =>
        document.querySelector('mittari-trend')?.shadowRoot?.querySelectorAll('button[part~="download"]')
          .length ?? 0,
    );
    expect(buttons).toBe(3);
    const files: { name: string; head: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.evaluate((n) => {
          const buttons = document
            .querySelector('mittari-trend')
            ?.shadowRoot?.querySelectorAll<HTMLButtonElement>('button[part~="download"]');
          buttons?.item(n).click();
        }, i),
      ]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(c as Buffer);
      files.push({
        name: download.suggestedFilename(),
        head: Buffer.concat(chunks).subarray(0, 200).toString('latin1'),
      });
    }
    expect(files.map((f) => f.name.split('.').pop())).toEqual(['csv', 'svg', 'png']);
    expect(files[0]?.head).toMatch(/;/);
    expect(files[1]?.head).toMatch(/<svg/);
    expect(files[2]?.head.startsWith('\x89PNG')).toBe(true);
  });

  it.skipIf(!REGISTERED.includes('mittari-map'))(
    'picks an area on the map by click and by keyboard',
    async () => {
      const pick = (how: 'click' | 'key') =>
        page.evaluate((h) => {
          const map = document.querySelector('mittari-map');
          const marks = [...(map?.shadowRoot?.querySelectorAll<SVGElement>('[data-mark][data-code]') ?? [])];
          const target = marks.find(
            (m) =>
              m.dataset['code'] !== 'TA39' &&
              m.dataset['code'] !== document.querySelector('mittari-gauge')?.getAttribute('area'),
          );
          if (!target) return undefined;
          if (h === 'click') target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          else {
            target.focus();
            target.dispatchEvent(
              new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
            );
          }
          return target.dataset['code'];
        }, how);
      const clicked = await pick('click');
      expect(clicked).toBeTruthy();
      await expect
        .poll(() => page.evaluate(() => document.querySelector('mittari-gauge')?.getAttribute('area')))
        .toBe(clicked);
      const keyed = await pick('key');
      await expect
        .poll(() => page.evaluate(() => document.querySelector('mittari-gauge')?.getAttribute('area')))
        .toBe(keyed);
    },
  );

  it('has reported no CSP violation, console error or page error through all of the above', async () => {
    expect(await violations(page)).toEqual([]);
    expect(problems.console).toEqual([]);
    expect(problems.page).toEqual([]);
    expect(problems.http).toEqual([]);
  });
});

/** Every colour a chart paints with: its marks' fills and strokes and its text colour. */
function paint(tags: readonly string[]): Promise<Record<string, string[]>> {
  return page.evaluate((t) => {
    const out: Record<string, string[]> = {};
    for (const tag of t) {
      const el = document.querySelector(tag);
      const root = el?.shadowRoot;
      if (!el || !root) continue;
      const colours = new Set<string>();
      for (const mark of root.querySelectorAll<SVGElement>(
        'svg [data-mark], svg rect, svg path, svg circle, svg line',
      )) {
        const cs = getComputedStyle(mark);
        if (cs.display === 'none' || cs.visibility === 'hidden') continue;
        // A choropleth's shades are the data itself: the map keeps them under forced colours
        // (outlined in CanvasText) rather than flatten every area to one system colour.
        const dataShade =
          tag === 'mittari-map' &&
          (mark.matches('[data-mark]') || mark.closest('[part~="legend"], .legend') !== null);
        if (cs.fill !== 'none' && !cs.fill.startsWith('url(') && !dataShade) colours.add(`fill ${cs.fill}`);
        if (cs.stroke !== 'none' && !cs.stroke.startsWith('url(')) colours.add(`stroke ${cs.stroke}`);
      }
      colours.add(`color ${getComputedStyle(el).color}`);
      out[tag] = [...colours].sort();
    }
    return out;
  }, tags as string[]);
}

describe('forced colours switched on after load', () => {
  it('repaints every chart in system colours', async () => {
    await page.emulateMedia({ forcedColors: 'none' });
    const before = await paint(DRAWN);
    await page.emulateMedia({ forcedColors: 'active' });
    const after = await paint(DRAWN);
    const system = await page.evaluate(() => {
      const names = [
        'Canvas',
        'CanvasText',
        'LinkText',
        'VisitedText',
        'ActiveText',
        'ButtonFace',
        'ButtonText',
        'ButtonBorder',
        'Field',
        'FieldText',
        'Highlight',
        'HighlightText',
        'SelectedItem',
        'SelectedItemText',
        'Mark',
        'MarkText',
        'GrayText',
        'AccentColor',
        'AccentColorText',
      ];
      const probe = document.createElement('div');
      document.body.append(probe);
      const values = names.map((n) => {
        probe.style.color = n;
        return getComputedStyle(probe).color;
      });
      probe.remove();
      return [...new Set(values), 'rgba(0, 0, 0, 0)'];
    });
    for (const tag of Object.keys(before)) {
      expect(after[tag], tag).not.toEqual(before[tag]);
      const foreign = (after[tag] ?? []).filter((c) => !system.includes(c.replace(/^\w+ /, '')));
      expect(foreign, `${tag} paints with non-system colours under forced colours`).toEqual([]);
    }
    await page.emulateMedia({ forcedColors: 'none' });
    expect(await paint(DRAWN)).toEqual(before);
  });
});

describe('what this CSP allows for styles (documented in docs/guides/security.md)', () => {
  it('blocks style attributes and <style> elements but not CSSOM or adopted style sheets', async () => {
    const result = await page.evaluate(async () => {
      const w = window as unknown as { __violations: string[] };
      const start = w.__violations.length;
      const box = () => document.body.appendChild(document.createElement('div'));
      const a = box();
      a.setAttribute('style', 'min-height: 11px');
      const b = box();
      b.style.minHeight = '12px';
      const c = box();
      (c as unknown as { style: string }).style = 'min-height: 13px';
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.csp-probe { min-height: 14px }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const d = box();
      d.className = 'csp-probe';
      const s = document.createElement('style');
      s.textContent = '.csp-probe-2 { min-height: 15px }';
      document.head.append(s);
      const e = box();
      e.className = 'csp-probe-2';
      await new Promise((r) => setTimeout(r, 0));
      const out = [a, b, c, d, e].map((x) => getComputedStyle(x).minHeight);
      for (const x of [a, b, c, d, e, s]) x.remove();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((x) => x !== sheet);
      return { heights: out, violations: w.__violations.slice(start).map((v) => v.split(' ')[0]) };
    });
    expect(result.heights).toEqual(['0px', '12px', '13px', '14px', '0px']);
    expect(result.violations).toEqual(['style-src-attr', 'style-src-elem']);
  });
});
