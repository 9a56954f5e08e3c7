// The demo dashboard against WCAG 2.1 A/AA in the conditions users actually meet it in: each UI
// language, light and dark colour schemes, forced colours (Windows High Contrast), a 320 px
// phone and 200 % browser zoom; a keyboard-only Tab run that must reach every interactive control
// with a visible focus indicator of at least 3:1; and screen-reader text that never splits a
// number with a thousands separator. One Chromium and one page for the whole file.
// Real Chromium through playwright-core; `pnpm run build` first.
import { createRequire } from 'node:module';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { launchOptions } from '../../scripts/chromium.mjs';
import { writeDashboardData } from '../../demo/site/build-data.js';
import { DATA_TAGS, assertBundleBuilt, collectProblems, settle } from '../security/support/browser.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** A number split into groups by a space, a no-break space or a narrow no-break space. */
const SPLIT_NUMBER = /\d[\s\u00a0\u202f]\d{3}\b/;

let server: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;
let page: Page;
let cdp: CDPSession;
let problems: Awaited<ReturnType<typeof collectProblems>>;

beforeAll(async () => {
  assertBundleBuilt();
  writeDashboardData();
  server = await startDemoServer({});
  browser = await chromium.launch(launchOptions());
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI' });
  cdp = await page.context().newCDPSession(page);
  problems = await collectProblems(page);
  await page.goto(server.url);
  const states = await settle(page, DATA_TAGS);
  expect(states.filter((s) => s.state !== 'ready')).toEqual([]);
  await page.addScriptTag({ path: AXE });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The page's axe violations for the WCAG 2.1 A/AA tags, as `rule: targets` strings. */
function axeViolations(): Promise<string[]> {
  return page.evaluate(async (tags) => {
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
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 5)
          .map((n) => JSON.stringify(n.target))
          .join(' ')}`,
    );
  }, WCAG_TAGS);
}

/**
 * What makes the page scroll sideways at `width`: elements reaching past it that no scrolling
 * ancestor clips (a data table scrolling inside its own box is allowed by WCAG 1.4.10), as
 * `host>tag.class` strings. Empty when the page does not scroll sideways.
 */
function overflowing(width: number): Promise<string[]> {
  return page.evaluate((w) => {
    if (document.documentElement.scrollWidth <= w) return [];
    const out = new Set<string>();
    const parentOf = (n: Element): Element | null =>
      n.parentElement ?? (n.getRootNode() as ShadowRoot).host ?? null;
    const clipped = (el: Element): boolean => {
      for (let n = parentOf(el); n && n !== document.documentElement; n = parentOf(n)) {
        const s = getComputedStyle(n);
        if (s.overflowX !== 'visible' && n.getBoundingClientRect().right <= w + 0.5) return true;
        if (n instanceof HTMLDetailsElement && !n.open) return true;
      }
      return false;
    };
    const walk = (root: Document | ShadowRoot, host: string): void => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot, el.tagName.toLowerCase());
        if (el.getBoundingClientRect().right <= w + 0.5 || el.children.length > 0 || clipped(el)) continue;
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
        out.add(`${host ? `${host}>` : ''}${el.tagName.toLowerCase()}${cls}`);
      }
    };
    walk(document, '');
    return [...out];
  }, width);
}

/** Waits until every Mittari element has finished the render a language or size change caused. */
async function rendered(): Promise<void> {
  await page.evaluate(async () => {
    const els = [...document.querySelectorAll('*')].filter((e) => e.tagName.startsWith('MITTARI-'));
    await Promise.all(
      els.map((e) => (e as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete),
    );
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/** Clicks a language in the page's language switch and waits for the page to follow. */
async function switchLanguage(lang: 'fi' | 'sv' | 'en'): Promise<void> {
  const clicked = await page.evaluate((l) => {
    const button = document
      .querySelector('mittari-lang-switch')
      ?.shadowRoot?.querySelector<HTMLButtonElement>(`button[lang="${l}"]`);
    button?.click();
    return button !== null && button !== undefined;
  }, lang);
  expect(clicked).toBe(true);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
  await rendered();
}

describe('axe-core, WCAG 2.1 A and AA, on the demo dashboard', () => {
  it('has no violation in Finnish, light', async () => {
    expect(await axeViolations()).toEqual([]);
  });

  it('has no violation in Finnish, dark', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await rendered();
    expect(await axeViolations()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('has no violation with forced colours active', async () => {
    await page.emulateMedia({ forcedColors: 'active' });
    await rendered();
    expect(await axeViolations()).toEqual([]);
    await page.emulateMedia({ forcedColors: 'none' });
  });

  it('has no violation in Swedish and in English after the language switch', async () => {
    await switchLanguage('sv');
    expect(await page.evaluate(() => document.body.innerText)).toContain('Sysselsättningsläget');
    expect(await axeViolations()).toEqual([]);
    await switchLanguage('en');
    expect(await page.evaluate(() => document.body.innerText)).toContain('Employment dashboard');
    expect(await axeViolations()).toEqual([]);
    await switchLanguage('fi');
  });

  it('has no violation at 320 px wide and does not scroll sideways (reflow, WCAG 1.4.10)', async () => {
    await page.setViewportSize({ width: 320, height: 720 });
    await rendered();
    expect(await axeViolations()).toEqual([]);
    expect(await overflowing(320)).toEqual([]);
  });

  it('has no violation at 200 % zoom of a 1280 px window', async () => {
    // Browser zoom at 200 % halves the CSS viewport and doubles the device pixel ratio, so media
    // queries, viewport units and layout all see 640 CSS px. CDP's device-metrics override does
    // exactly that on the page already loaded; CSS `zoom` would not (media queries and `vw`
    // still see 1280 px), so it would test a layout no user gets.
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: 640,
      height: 450,
      deviceScaleFactor: 2,
      mobile: false,
    });
    await rendered();
    expect(await page.evaluate(() => [window.innerWidth, window.devicePixelRatio])).toEqual([640, 2]);
    expect(await axeViolations()).toEqual([]);
    expect(await overflowing(640)).toEqual([]);
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await page.setViewportSize({ width: 1280, height: 900 });
    await rendered();
  });
});

/** One keyboard stop: where focus is, and the focus indicator's colour against what lies behind. */
interface Stop {
  key: string;
  indicator: 'outline' | 'box-shadow' | 'svg-ring' | 'none';
  contrast: number;
}

/**
 * Every control the keyboard should reach, across shadow roots, as stable keys: focusable by
 * nature or by `tabindex >= 0`, enabled and rendered. Roving-tabindex widgets (map, ranking,
 * trend) expose one stop each, which this counts as one.
 */
function tabbableKeys(): Promise<string[]> {
  return page.evaluate(() => {
    const keyOf = (el: Element): string => {
      const parts: string[] = [];
      // A chart's one keyboard stop (roving tabindex) moves between marks as focus arrives.
      let node: Element | null = el instanceof SVGElement ? (el.closest('svg') ?? el) : el;
      while (node) {
        const parent: Element | null = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
        const siblings = node.parentNode ? [...node.parentNode.children] : [];
        parts.unshift(`${node.tagName.toLowerCase()}[${siblings.indexOf(node)}]`);
        node = parent;
      }
      return parts.join('/');
    };
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot): void => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot);
        const tabindex = el.getAttribute('tabindex');
        const natural =
          el.matches('a[href], button, input:not([type="hidden"]), select, textarea') ||
          (el.matches('summary') && el.parentElement?.matches('details') === true);
        const focusable = tabindex !== null ? Number(tabindex) >= 0 : natural;
        if (!focusable || el.matches(':disabled')) continue;
        if (el.closest('[inert]') || el.getClientRects().length === 0) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden') continue;
        out.push(keyOf(el));
      }
    };
    walk(document);
    (window as unknown as { __keyOf: typeof keyOf }).__keyOf = keyOf;
    return out;
  });
}

/** The focused element (through shadow roots) and its focus indicator. */
function currentStop(): Promise<Stop | null> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const keyOf = (window as unknown as { __keyOf: (e: Element) => string }).__keyOf;

    const rgba = (c: string): [number, number, number, number] | null => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      if (!m) return null;
      return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
    };
    const luminance = ([r, g, b]: number[]): number => {
      const lin = (v: number): number => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
    };
    const ratio = (a: number[], b: number[]): number => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    /** The first opaque background at or above `from`, crossing shadow boundaries. */
    const behind = (from: Element | null): number[] => {
      let node: Element | null = from;
      while (node) {
        const c = rgba(getComputedStyle(node).backgroundColor);
        if (c && c[3] > 0.5) return c.slice(0, 3);
        node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
      }
      return window.matchMedia('(prefers-color-scheme: dark)').matches ? [18, 18, 18] : [255, 255, 255];
    };

    const key = keyOf(el);
    const style = getComputedStyle(el);
    const outline = rgba(style.outlineColor);
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 && outline && outline[3] > 0) {
      // An offset outline is drawn over what is behind the element, not over the element itself.
      const ground = parseFloat(style.outlineOffset) > 0 ? behind(el.parentElement ?? el) : behind(el);
      let contrast = ratio(outline.slice(0, 3), ground);
      // A control that is off-screen until focused (a skip link) is its own indicator: its box
      // appearing, measured as its background against what it appears over.
      const own = rgba(style.backgroundColor);
      if (contrast < 3 && own && own[3] > 0.5 && el instanceof HTMLElement) {
        const shown = el.getBoundingClientRect();
        el.blur();
        const hidden = el.getBoundingClientRect();
        el.focus();
        if (hidden.bottom <= 0 || hidden.right <= 0 || hidden.top >= window.innerHeight + window.scrollY)
          contrast = Math.max(
            contrast,
            shown.bottom > 0 ? ratio(own.slice(0, 3), behind(el.parentElement)) : 0,
          );
      }
      return { key, indicator: 'outline', contrast };
    }
    const shadow = rgba(style.boxShadow);
    if (style.boxShadow !== 'none' && shadow && shadow[3] > 0)
      return {
        key,
        indicator: 'box-shadow',
        contrast: ratio(shadow.slice(0, 3), behind(el.parentElement ?? el)),
      };

    // SVG marks draw their ring as a stroked shape (inside the mark or beside it in the chart).
    const root = el.getRootNode() as ShadowRoot | Document;
    const candidates = [
      ...el.querySelectorAll('[class*="focus"]'),
      ...root.querySelectorAll('[class*="focus"]'),
    ];
    // The strongest visible ring counts (the map draws a halo in the background colour under it).
    let best = 0;
    for (const ring of candidates) {
      const s = getComputedStyle(ring);
      const stroke = rgba(s.stroke);
      if (!stroke || stroke[3] === 0 || s.display === 'none' || s.visibility === 'hidden') continue;
      if (parseFloat(s.opacity) === 0 || parseFloat(s.strokeOpacity) === 0 || parseFloat(s.strokeWidth) < 1)
        continue;
      if (ring.getClientRects().length === 0 || ring.getBoundingClientRect().width === 0) continue;
      best = Math.max(best, ratio(stroke.slice(0, 3), behind(el.parentElement)));
    }
    return best > 0
      ? { key, indicator: 'svg-ring', contrast: best }
      : { key, indicator: 'none', contrast: 0 };
  });
}

/** Tabs from the top of the page to the end, returning each stop. */
async function tabRun(): Promise<Stop[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const stops: Stop[] = [];
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    const stop = await currentStop();
    if (!stop || stops.some((s) => s.key === stop.key)) break;
    stops.push(stop);
  }
  return stops;
}

describe('keyboard only', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`reaches every control with a visible 3:1 focus indicator (${scheme})`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      await rendered();
      const expected = await tabbableKeys();
      const stops = await tabRun();
      // The dashboard has a skip link, three languages, 5 KPI tiles, a gauge, a map, a ranking
      // and two trends, each with a table toggle and downloads: dozens of stops, not a handful.
      expect(stops.length).toBeGreaterThanOrEqual(40);
      expect(stops.length).toBeLessThanOrEqual(120);
      expect(stops.map((s) => s.key).sort()).toEqual([...expected].sort());
      expect(stops.filter((s) => s.indicator === 'none').map((s) => s.key)).toEqual([]);
      const weak = stops.filter((s) => s.contrast < 3).map((s) => `${s.key} ${s.contrast.toFixed(2)}`);
      expect(weak).toEqual([]);
    });
  }
});

describe('screen-reader text', () => {
  /** Every accessible name and description, and every visually hidden text, across shadow roots. */
  const spokenTexts = (): Promise<{ host: string; text: string }[]> =>
    page.evaluate(() => {
      const found: { host: string; text: string }[] = [];
      const walk = (root: Document | ShadowRoot, host: string): void => {
        const texts = { push: (text: string) => found.push({ host, text }) };
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) walk(el.shadowRoot, el.tagName.toLowerCase());
          for (const a of ['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription']) {
            const v = el.getAttribute(a);
            if (v) texts.push(v);
          }
          for (const a of ['aria-labelledby', 'aria-describedby']) {
            for (const id of (el.getAttribute(a) ?? '').split(/\s+/).filter(Boolean)) {
              const ref = (el.getRootNode() as Document | ShadowRoot).getElementById(id);
              if (ref?.textContent) texts.push(ref.textContent);
            }
          }
          if (el.matches('svg title, svg desc')) texts.push(el.textContent ?? '');
          const s = getComputedStyle(el);
          const hidden =
            el.classList.contains('visually-hidden') ||
            (s.position === 'absolute' && parseFloat(s.width) <= 1 && parseFloat(s.height) <= 1);
          if (hidden && el.textContent) texts.push(el.textContent);
        }
      };
      walk(document, '');
      return found.map((t) => ({ ...t, text: t.text.replace(/\s+/g, ' ').trim() })).filter((t) => t.text);
    });

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`never splits a number with a thousands separator (${lang})`, async () => {
      await switchLanguage(lang);
      const texts = await spokenTexts();
      expect(texts.length).toBeGreaterThan(50);
      // Sanity: the probe does see numbers (real values, in the page's language).
      expect(texts.some((t) => t.host.startsWith('mittari-') && /\d/.test(t.text))).toBe(true);
      const split = texts.filter((t) => SPLIT_NUMBER.test(t.text));
      expect(split.map((t) => `${t.host}: ${t.text}`)).toEqual([]);
    });
  }

  it('logged no page error along the way', () => {
    expect(problems.page).toEqual([]);
  });
});
