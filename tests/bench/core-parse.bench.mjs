// Benchmark: parse + validate + index a column-wise mittari/1 document of 100k and 1M
// observations. Synthetic data (values from a deterministic formula), generated here.
// Run: node --expose-gc tests/bench/core-parse.bench.mjs [--smoke]  (or `pnpm run bench core`)
// Core is bundled from its TypeScript source with esbuild first, so the figures are for the
// code in the tree, not a stale build.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const tmp = mkdtempSync(join(tmpdir(), 'mittari-core-bench-'));
const outfile = join(tmp, 'core.mjs');
await build({
  entryPoints: [fileURLToPath(new URL('../../packages/core/src/index.ts', import.meta.url))],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'es2022',
  outfile,
  logLevel: 'error',
});
const { parseDataset } = await import(pathToFileURL(outfile).href);
rmSync(tmp, { recursive: true, force: true });

const smoke = process.argv.includes('--smoke');
const sizes = smoke ? [10_000] : [100_000, 1_000_000];

function document(n) {
  const areas = Array.from({ length: 400 }, (_, i) => `KU${String(5 + i * 2).padStart(3, '0')}`);
  const months = Math.ceil(n / (areas.length * 5));
  const periods = Array.from(
    { length: months },
    (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
  );
  const indicators = Array.from({ length: 5 }, (_, i) => `synthetic-${i}`);
  const cols = { indicators, areas, periods, indicator: [], area: [], period: [], value: [], status: [] };
  for (let r = 0; r < n; r++) {
    cols.indicator.push(r % 5);
    cols.area.push(Math.floor(r / 5) % areas.length);
    cols.period.push(Math.floor(r / (5 * areas.length)));
    cols.value.push(r % 97 === 0 ? null : Math.round(((r * 7919) % 10_000) / 10) / 10);
    cols.status.push(r % 97 === 0 ? 4 : r % 13 === 0 ? 1 : 0);
  }
  return {
    format: 'mittari/1',
    meta: { title: { fi: 'Synteettinen suorituskykytesti', en: 'Synthetic benchmark' }, synthetic: true },
    indicators: indicators.map((id) => ({
      id,
      label: { fi: id },
      unit: 'percent',
      decimals: 1,
      direction: 'lower-is-better',
      frequency: 'month',
      category: 'effectiveness',
      synthetic: true,
    })),
    areas: areas.map((code) => ({ code, level: 'municipality', label: { fi: code } })),
    observations: cols,
  };
}

const runs = smoke ? 1 : 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Heap plus typed-array memory, after a full collection. Backing stores of typed arrays are
// released off-thread after a collection, so let that settle before reading.
const settledMemory = async () => {
  globalThis.gc?.();
  await new Promise((resolve) => setTimeout(resolve, 250));
  globalThis.gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

const results = [];
for (const n of sizes) {
  const text = JSON.stringify(document(n));
  const samples = [];
  let kept = 0;
  let store;
  for (let run = 0; run < runs; run++) {
    const before = run === 0 ? await settledMemory() : 0;
    // The parsed JSON lives only inside this function, so what stays on the heap is the dataset.
    const timed = () => {
      const start = performance.now();
      const json = JSON.parse(text);
      const parsed = performance.now();
      return { r: parseDataset(json), start, parsed, end: performance.now() };
    };
    const { r, start, parsed, end } = timed();
    if (!r.success) throw new Error(r.error.message);
    // Memory is measured on the first run, before earlier stores' buffers can be freed in between.
    if (run === 0) {
      store = r.data.observations;
      kept = (await settledMemory()) - before;
    }
    samples.push({ json: parsed - start, validate: end - parsed, total: end - start });
  }
  const t3 = performance.now();
  let hits = 0;
  for (let i = 0; i < 1000; i++)
    hits += store.select({
      indicator: 'synthetic-1',
      areas: ['KU005', 'KU205'],
      from: '2000-01',
      to: '2000-12',
    }).length;
  const t4 = performance.now();
  results.push({
    observations: n,
    jsonMB: +(text.length / 1e6).toFixed(1),
    runs,
    'JSON.parse ms': Math.round(median(samples.map((x) => x.json))),
    'validate+index ms': Math.round(median(samples.map((x) => x.validate))),
    'total ms (median)': Math.round(median(samples.map((x) => x.total))),
    'total ms (best)': Math.round(Math.min(...samples.map((x) => x.total))),
    'select µs': Math.round(((t4 - t3) / 1000) * 1000),
    'rows per select': hits / 1000,
    'dataset MB (heap + typed arrays)': globalThis.gc ? +(kept / 1e6).toFixed(1) : 'run with --expose-gc',
  });
}
console.table(results);
