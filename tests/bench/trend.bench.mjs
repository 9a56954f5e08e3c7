// Benchmark: <mittari-trend> with 5 series × 20 000 points (SYNTHETIC daily data over 55 years,
// from the fixtures' syntheticDaily) in Chromium — first render, update (new data) and the JS
// heap retained by the element — next to a plain d3 render of the full series (d3-scale +
// d3-shape `line()`, every point) in the same page run. Medians of ≥ 20 runs (2 with --smoke).
// Run: node tests/bench/trend.bench.mjs [--smoke]
// The element is bundled from its TypeScript source with esbuild first (workspace packages read
// from source), so the figures are for the code in the tree, not a stale build.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { launchOptions } from '../../scripts/chromium.mjs';

const smoke = process.argv.includes('--smoke');
const runs = smoke ? 2 : 21;
const root = fileURLToPath(new URL('../../', import.meta.url));
const WIDTH = 800;

const tmp = mkdtempSync(join(tmpdir(), 'mittari-trend-bench-'));
const entry = join(tmp, 'entry.ts');
writeFileSync(
  entry,
  `import '${root}packages/elements/src/trend/trend.ts';
import { syntheticDaily } from '${root}packages/elements/src/trend/trend.fixtures.ts';
import { line } from 'd3-shape';
import { scaleLinear, scaleUtc } from 'd3-scale';
(window as unknown as { bench: unknown }).bench = { syntheticDaily, line, scaleLinear, scaleUtc };
`,
);
const outfile = join(tmp, 'bundle.js');
await build({
  entryPoints: [entry],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  outfile,
  logLevel: 'error',
  tsconfig: join(root, 'packages/elements/tsconfig.json'),
  nodePaths: [join(root, 'node_modules'), join(root, 'packages/elements/node_modules')],
  plugins: [
    {
      name: 'workspace-sources',
      setup(b) {
        b.onResolve({ filter: /^@mittari\/[a-z-]+$/ }, (args) => ({
          path: join(root, 'packages', args.path.slice('@mittari/'.length), 'src/index.ts'),
        }));
      },
    },
  ],
});
const bundle = readFileSync(outfile, 'utf8');
rmSync(tmp, { recursive: true, force: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await chromium.launch(launchOptions(['--js-flags=--expose-gc']));
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1 });
  await page.setContent(
    `<!doctype html><html lang="fi"><body><div id="host" style="width:${WIDTH}px"></div></body></html>`,
  );
  await page.addScriptTag({ content: bundle, type: 'module' });
  await page.waitForFunction(() => customElements.get('mittari-trend') !== undefined && window.bench);
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };

  // The caller's data exists before any measurement: it is not the element's heap.
  await page.evaluate(() => {
    const { syntheticDaily } = window.bench;
    window.data = [syntheticDaily(20_000, 5), syntheticDaily(20_000, 5)];
    // The update gives the same x with every value raised by 3 %.
    for (const s of window.data[1].series) {
      const v = s.values;
      for (let i = 0; i < v.length; i++) v[i] *= 1.03;
    }
    window.settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  });

  const ours = { first: [], update: [], heap: [], growth: [] };
  const d3 = { first: [], update: [], heap: [], growth: [] };
  for (let i = 0; i < runs; i++) {
    const before = await heap();
    const t = await page.evaluate(async () => {
      const host = document.getElementById('host');
      const el = document.createElement('mittari-trend');
      el.setAttribute('no-export', '');
      let t0 = performance.now();
      el.data = window.data[0];
      host.append(el);
      await el.updateComplete;
      el.shadowRoot.querySelector('svg').getBoundingClientRect();
      const first = performance.now() - t0;
      // Let the container width arrive (a second layout at the real width), then update.
      await window.settle();
      await el.updateComplete;
      t0 = performance.now();
      el.data = window.data[1];
      await el.updateComplete;
      el.shadowRoot.querySelector('svg').getBoundingClientRect();
      const update = performance.now() - t0;
      window.current = el;
      return { first, update };
    });
    const withElement = await heap();
    ours.first.push(t.first);
    ours.update.push(t.update);
    await page.evaluate(() => {
      window.current.remove();
      window.current = undefined;
    });
    // What the element retains is what removing it frees (the caller's data stays alive). A
    // removed element is collectable only after its pending tasks ran: wait, then collect.
    await new Promise((r) => setTimeout(r, 600));
    const after = await heap();
    ours.heap.push(withElement - after);
    ours.growth.push(after - before);

    const before2 = await heap();
    const b = await page.evaluate(() => {
      const { line, scaleLinear, scaleUtc } = window.bench;
      const host = document.getElementById('host');
      const draw = (svg, data) => {
        const s0 = data.series[0];
        const x = scaleUtc()
          .domain([s0.x[0], s0.x[s0.x.length - 1]])
          .range([40, 790]);
        let lo = Infinity;
        let hi = -Infinity;
        for (const s of data.series)
          for (let i = 0; i < s.values.length; i++) {
            const v = s.values[i];
            if (v < lo) lo = v;
            if (v > hi) hi = v;
          }
        const y = scaleLinear().domain([lo, hi]).nice().range([300, 10]);
        const paths = svg.querySelectorAll('path');
        data.series.forEach((s, k) => {
          const l = line()
            .x((_, i) => x(s.x[i]))
            .y((v) => y(v));
          paths[k].setAttribute('d', l(s.values));
        });
      };
      let t0 = performance.now();
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.setAttribute('width', '800');
      svg.setAttribute('height', '320');
      for (let k = 0; k < 5; k++) {
        const p = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        p.setAttribute('fill', 'none');
        p.setAttribute('stroke', ['#1f5fa8', '#b3400d', '#00704f', '#8b3d9e', '#7a5a00'][k]);
        svg.append(p);
      }
      draw(svg, window.data[0]);
      host.append(svg);
      svg.getBoundingClientRect();
      const first = performance.now() - t0;
      t0 = performance.now();
      draw(svg, window.data[1]);
      svg.getBoundingClientRect();
      const update = performance.now() - t0;
      window.current = svg;
      return { first, update };
    });
    const withSvg = await heap();
    d3.first.push(b.first);
    d3.update.push(b.update);
    await page.evaluate(() => {
      window.current.remove();
      window.current = undefined;
    });
    await new Promise((r) => setTimeout(r, 600));
    const after2 = await heap();
    d3.heap.push(withSvg - after2);
    d3.growth.push(after2 - before2);
  }

  const ms = (xs) => `${median(xs).toFixed(1)} ms`;
  const kib = (xs) => `${(median(xs) / 1024).toFixed(1)} KiB`;
  console.log(`<mittari-trend> 5 × 20 000 points, ${WIDTH} px wide, median of ${runs} runs (SYNTHETIC data)`);
  const range = (xs) => `${kib([Math.min(...xs)])}…${kib([Math.max(...xs)])}`;
  console.log(
    `                       first render   update      retained JS heap (range)      heap growth per run`,
  );
  console.log(
    `  mittari-trend        ${ms(ours.first).padEnd(14)} ${ms(ours.update).padEnd(11)} ${`${kib(ours.heap)} (${range(ours.heap)})`.padEnd(29)} ${kib(ours.growth)}`,
  );
  console.log(
    `  d3 (full series)     ${ms(d3.first).padEnd(14)} ${ms(d3.update).padEnd(11)} ${`${kib(d3.heap)} (${range(d3.heap)})`.padEnd(29)} ${kib(d3.growth)}`,
  );
  console.log(
    "  retained = JS heap freed by removing the chart (forced GC before and after); the caller's arrays stay alive throughout.",
  );
  console.log('  Path data handed to the DOM is held by Blink, outside the JS heap, for both.');
  console.log(`  targets: first render ≤ 17 ms, retained heap ≤ 1024 KiB`);
} finally {
  await browser.close();
}
