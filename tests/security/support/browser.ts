// Shared helpers for the security and a11y end-to-end suites: the demo served under a header set,
// one Chromium per file, and probes that read the elements' shadow roots.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The strict policy the security guide promises Mittari runs under. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** The CMS bundle the tests serve (override with `MITTARI_DEMO_CDN`, as tests/e2e/demo does). */
export const CDN = process.env['MITTARI_DEMO_CDN'] ?? join(ROOT, 'packages/elements/dist/cdn');

/** Throws with the command to run when the CMS bundle has not been built. */
export function assertBundleBuilt(): void {
  if (!existsSync(join(CDN, 'mittari.js')))
    throw new Error(`the CMS bundle is missing (${CDN}/mittari.js): run \`pnpm run build\` first`);
}

/**
 * The tags the CMS bundle registers, read from its entry (`define.ts` imports one registration
 * module per element directory), so a newly registered element is tested without editing here.
 */
export function registeredTags(): string[] {
  const define = readFileSync(join(ROOT, 'packages/elements/src/define.ts'), 'utf8');
  return [...define.matchAll(/^import '\.\/([a-z-]+)\/[a-z-]+\.js';/gm)].map((m) => `mittari-${m[1]}`);
}

/**
 * Registers every element of the CMS bundle on a page served with it at `/mittari/`. The bundle
 * loads an element when its tag appears (decision 0161); suites that create elements from script
 * ask for all of them first, through the bundle's own `load()`.
 */
export async function loadElements(page: Page): Promise<void> {
  // A string, not a function: vitest would rewrite a function's `import()` for Node.
  await page.evaluate("import('/mittari/mittari.js').then((bundle) => bundle.load())");
}

/** Elements that draw data (`<mittari-source>` and `<mittari-lang-switch>` draw none). */
export const DATA_TAGS = [
  'mittari-kpi',
  'mittari-gauge',
  'mittari-map',
  'mittari-ranking',
  'mittari-trend',
  'mittari-table',
];

/**
 * Installs, before any page script, collectors for CSP violations (every one, with its sample),
 * and returns arrays that fill with console errors and page errors.
 */
export async function collectProblems(
  page: Page,
): Promise<{ console: string[]; page: string[]; http: string[] }> {
  const problems = { console: [] as string[], page: [] as string[], http: [] as string[] };
  page.on('response', (r) => {
    if (r.status() >= 400) problems.http.push(`${r.status()} ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.console.push(m.text());
  });
  page.on('pageerror', (e) => problems.page.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        w.__violations.push(
          `${e.violatedDirective} ${e.blockedURI} ${e.sample} @${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        ),
      true,
    );
  });
  return problems;
}

/** The CSP violations the page has reported so far. */
export function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
}

/**
 * Waits until every registered data element on the page has drawn, failed or shown its empty
 * state; returns each one's state (`ready`, `loading`, `error: …`, `empty: …`).
 */
export async function settle(
  page: Page,
  tags: readonly string[],
  timeout = 30_000,
): Promise<{ tag: string; state: string }[]> {
  const states = () =>
    page.evaluate((t) => {
      return t.flatMap((tag) =>
        [...document.querySelectorAll(tag)].map((el) => {
          const root = el.shadowRoot;
          if (!root) return { tag, state: 'undefined' };
          const box = root.querySelector('[part~="error"], [part~="empty"]');
          if (box)
            return {
              tag,
              state: `${box.matches('[part~="error"]') ? 'error' : 'empty'}: ${box.textContent?.trim() ?? ''}`,
            };
          const drawn =
            root.querySelector('[part~="chart"], [part~="value"], [part~="table"]') !== null &&
            root.querySelector('[part~="loading"]') === null;
          return { tag, state: drawn ? 'ready' : 'loading' };
        }),
      );
    }, tags as string[]);
  const deadline = Date.now() + timeout;
  let last = await states();
  while (last.some((s) => s.state === 'loading' || s.state === 'undefined') && Date.now() < deadline) {
    await page.waitForTimeout(100);
    last = await states();
  }
  return last;
}

/** Answers a suite's own routes; returns whether it did. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean;

/**
 * A page on 127.0.0.1 that loads only the CMS bundle and has an empty `<main id="stage">` to mount
 * elements into. `handle` answers the suite's own routes (data, faults) before the bundle's.
 */
export async function startBundleServer(
  title: string,
  handle: RouteHandler = () => false,
  stageStyle = '',
): Promise<{ server: Server; base: string }> {
  const style = stageStyle ? ` style="${stageStyle}"` : '';
  const html = `<!doctype html><html lang="fi"><head><title>${title}</title><script type="module" src="/mittari/mittari.js"></script></head><body><main id="stage"${style}></main></body></html>`;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (handle(req, res, url)) return;
    if (url.pathname.startsWith('/mittari/')) {
      const file = normalize(join(CDN, url.pathname.slice('/mittari/'.length)));
      if (file.startsWith(CDN) && existsSync(file)) {
        res.writeHead(200, {
          'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/json',
        });
        res.end(readFileSync(file));
        return;
      }
    }
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return { server, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}
