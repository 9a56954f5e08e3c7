// Benchmark: <mittari-gauge> (bullet, property mode) in Chromium — first render and update —
// next to a plain d3 render of the same bullet chart in the same page run, plus the gzip size of
// the gauge imported alone (its registration module bundled with Lit and the parts of core it
// uses; the client is loaded lazily only for `src`/`source`, so it is a separate chunk and not
// counted). Figures are real: Tampere region, unemployed jobseekers' share 2025-01 (StatFin
// 12r5 via the demo data) against the demo's example target.
// Run: node tests/bench/gauge.bench.mjs [--smoke]   (needs core built: `pnpm run build`)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { launchOptions } from '../../scripts/chromium.mjs';

const smoke = process.argv.includes('--smoke');
const runs = smoke ? 2 : 25;
const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'mittari-gauge-bench-'));
const BUDGET = 15 * 1024;

// The lazily imported modules (client + validator for `src`/`source`, PNG export) stay separate
// files, as any bundler would split them; "the gauge alone" is what loads up front.
const lazy = {
  name: 'lazy',
  setup(b) {
    b.onResolve({ filter: /load-remote\.js$|png\.js$/ }, (a) =>
      a.kind === 'dynamic-import' ? { path: a.path, external: true } : undefined,
    );
  },
};

async function bundle(entry, name) {
  const r = await build({
    entryPoints: { [name]: entry },
    bundle: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    target: 'es2022',
    outdir: out,
    metafile: true,
    legalComments: 'none',
    plugins: [lazy],
    tsconfig: join(root, 'packages/elements/tsconfig.json'),
    logLevel: 'error',
  });
  return r.metafile;
}

/** Minified bytes per origin (lit, core, zod, …), to show where the size goes. */
function breakdown(meta) {
  const out = Object.values(meta.outputs).find((o) => o.entryPoint);
  const groups = {};
  for (const [file, v] of Object.entries(out.inputs)) {
    if (v.bytesInOutput === 0) continue;
    const g = /zod/.test(file)
      ? 'zod'
      : /date-fns/.test(file)
        ? 'date-fns'
        : /lit|@lit/.test(file)
          ? 'lit'
          : /packages\/core/.test(file)
            ? 'core'
            : /packages\/elements/.test(file)
              ? 'elements'
              : file.replace(/.*node_modules\//, '').split('/')[0];
    groups[g] = (groups[g] ?? 0) + v.bytesInOutput;
  }
  return Object.entries(groups)
    .sort((x, y) => y[1] - x[1])
    .map(([k, v]) => `${k} ${(v / 1024).toFixed(1)} KB`)
    .join(', ');
}

try {
  const meta = await bundle(join(root, 'packages/elements/src/gauge/gauge.ts'), 'gauge');
  const code = readFileSync(join(out, 'gauge.js'), 'utf8');
  const gz = gzipSync(code, { level: 9 }).length;
  const entryOut = Object.values(meta.outputs).find((o) => o.entryPoint);
  const heavy = [
    ...new Set(
      Object.entries(entryOut.inputs)
        .filter(
          ([file, v]) => v.bytesInOutput > 0 && /node_modules\/.*(d3-scale|date-fns\/locale|zod)/.test(file),
        )
        .map(([file]) =>
          file
            .replace(/.*node_modules\//, '')
            .split('/')
            .slice(0, 2)
            .join('/'),
        ),
    ),
  ];
  await bundle(join(root, 'tests/bench/gauge/d3-bullet.mjs'), 'd3-bullet');

  const browser = await chromium.launch(launchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    // Serve the bundles from memory on a fake origin, so chunks load by their relative URLs.
    const html =
      '<!doctype html><html lang="fi"><body><div id="host" style="width:360px"></div><div id="base" style="width:360px"></div>' +
      '<script type="module">import { renderBullet } from "./d3-bullet.js"; window.renderBullet = renderBullet;</script>' +
      '<script type="module" src="./gauge.js"></script></body></html>';
    await page.route('http://bench.invalid/**', (route) => {
      const name = new URL(route.request().url()).pathname.slice(1);
      if (name === '' || name === 'index.html')
        return route.fulfill({ contentType: 'text/html', body: html });
      try {
        return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(out, name), 'utf8') });
      } catch {
        return route.fulfill({ status: 404, body: '' });
      }
    });
    await page.goto('http://bench.invalid/');
    await page.waitForFunction(
      () => customElements.get('mittari-gauge') !== undefined && typeof window.renderBullet === 'function',
    );
    const result = await page.evaluate(async (runs) => {
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const indicator = {
        id: 'unemployed-share',
        label: { fi: 'Työttömien työnhakijoiden osuus työvoimasta' },
        unit: 'percent',
        decimals: 1,
        direction: 'lower-is-better',
        frequency: 'month',
        category: 'effectiveness',
      };
      const data = (value) => ({
        indicator,
        area: { code: 'TA39', label: { fi: 'Tampereen seutu' } },
        period: '2025-01',
        actual: { value, status: 'estimate' },
        target: { value: 7.7, tolerance: { kind: 'absolute', value: 0.5 }, example: true },
        previous: { period: '2024-12', value: 12.2, status: 'estimate' },
      });
      const host = document.getElementById('host');
      const base = document.getElementById('base');
      const ours = { first: [], update: [] };
      const d3 = { first: [], update: [] };
      for (let i = 0; i < runs + 3; i++) {
        host.replaceChildren();
        base.replaceChildren();
        const el = document.createElement('mittari-gauge');
        el.data = data(12.0);
        let t = performance.now();
        host.append(el);
        await el.updateComplete;
        void host.offsetHeight;
        const first = performance.now() - t;
        t = performance.now();
        el.data = data(11.6);
        await el.updateComplete;
        void host.offsetHeight;
        const update = performance.now() - t;
        t = performance.now();
        const set = window.renderBullet(base, {
          label: 'Tampereen seutu',
          value: 12.0,
          target: 7.7,
          tolerance: 0.5,
          previous: 12.2,
        });
        void base.offsetHeight;
        const bFirst = performance.now() - t;
        t = performance.now();
        set(11.6);
        void base.offsetHeight;
        const bUpdate = performance.now() - t;
        if (i >= 3) {
          // the first three runs warm up the JIT and caches
          ours.first.push(first);
          ours.update.push(update);
          d3.first.push(bFirst);
          d3.update.push(bUpdate);
        }
      }
      return {
        ours: { first: median(ours.first), update: median(ours.update) },
        d3: { first: median(d3.first), update: median(d3.update) },
      };
    }, runs);
    const f = (n) => `${n.toFixed(2)} ms`;
    console.log(`gauge bench (${runs} runs, medians, Chromium ${browser.version()})`);
    console.log(
      `  first render  mittari-gauge ${f(result.ours.first)}   plain d3 ${f(result.d3.first)}   ratio ${(result.ours.first / result.d3.first).toFixed(2)}× (target ≤ 1.5×)`,
    );
    console.log(`  update        mittari-gauge ${f(result.ours.update)}   plain d3 ${f(result.d3.update)}`);
  } finally {
    await browser.close();
  }
  console.log(
    `  size: gauge alone ${(gz / 1024).toFixed(1)} KB gzip, ${(code.length / 1024).toFixed(1)} KB minified, Lit included (budget 15 KB gzip: ${gz <= BUDGET ? 'within' : 'OVER'})`,
  );
  console.log(`        minified by origin: ${breakdown(meta)}`);
  console.log(
    `        d3-scale / date-fns locales / zod in it: ${heavy.length === 0 ? 'none' : heavy.join(', ')}`,
  );
  // Figures, not a verdict: the budget is reported above; size guards live in `pnpm run size`.
} finally {
  rmSync(out, { recursive: true, force: true });
}
