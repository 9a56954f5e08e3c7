// Benchmark: parse + validate a 1M-cell JSON-stat 2.0 response with @mittari/client's adapter
// (JSON-stat rules, mapping to indicator/area/period, core's parseDataset), next to
// jsonstat-toolkit reading the same text, in the same run. Synthetic data (values from a
// deterministic formula), generated here in memory.
// Run: node tests/bench/client-jsonstat.bench.mjs [--smoke]   (or `pnpm run bench client`)
// The client is bundled from its TypeScript source with esbuild first, so the figures are for
// the code in the tree, not a stale build.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import JSONstat from 'jsonstat-toolkit';

const tmp = mkdtempSync(join(tmpdir(), 'mittari-client-bench-'));
const outfile = join(tmp, 'client.mjs');
await build({
  entryPoints: [fileURLToPath(new URL('../../packages/client/src/index.ts', import.meta.url))],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2022',
  outfile,
  logLevel: 'error',
});
const { readJsonStat, toDataset } = await import(pathToFileURL(outfile).href);
rmSync(tmp, { recursive: true, force: true });

const smoke = process.argv.includes('--smoke');
// areas × months × measures
const shape = smoke ? [20, 12, 5] : [200, 100, 50];

function document([nAreas, nMonths, nMeasures]) {
  const areas = Array.from({ length: nAreas }, (_, i) => `KU${String(5 + i * 4).padStart(3, '0')}`);
  const months = Array.from(
    { length: nMonths },
    (_, i) => `${2000 + Math.floor(i / 12)}M${String((i % 12) + 1).padStart(2, '0')}`,
  );
  const measures = Array.from({ length: nMeasures }, (_, i) => `synthetic_${i}`);
  const n = nAreas * nMonths * nMeasures;
  const value = new Array(n);
  const status = {};
  for (let i = 0; i < n; i++) {
    if (i % 97 === 0) {
      value[i] = null;
      status[i] = i % 2 ? '3' : '1';
    } else value[i] = Math.round(((i * 7919) % 10_000) / 10) / 10;
  }
  return {
    version: '2.0',
    class: 'dataset',
    label: 'bench -- Synthetic benchmark table (made-up values)',
    source: 'synthetic',
    id: ['Alue', 'Kuukausi', 'Tiedot'],
    size: [nAreas, nMonths, nMeasures],
    role: { geo: ['Alue'], time: ['Kuukausi'], metric: ['Tiedot'] },
    dimension: {
      Alue: {
        label: 'Alue',
        category: { index: areas, label: Object.fromEntries(areas.map((a) => [a, `Kunta ${a}`])) },
      },
      Kuukausi: { label: 'Kuukausi', category: { index: months } },
      Tiedot: {
        label: 'Tiedot',
        category: {
          index: measures,
          label: Object.fromEntries(measures.map((m) => [m, `Synthetic ${m}, %`])),
          unit: Object.fromEntries(measures.map((m) => [m, { label: 'prosenttia', decimals: 1 }])),
        },
      },
    },
    value,
    status,
    extension: {
      missingValueDescriptions: { 1: 'Tieto on puuttuva', 3: 'Tieto on salassapitosäännön alainen' },
    },
  };
}

const doc = document(shape);
const cells = doc.value.length;
const text = JSON.stringify(doc);
const runs = smoke ? 1 : 3;

function time(f) {
  const times = [];
  let out;
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const t0 = performance.now();
    out = f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], out };
}

const ours = time(() => toDataset(readJsonStat(JSON.parse(text)).document));
const toolkit = time(() => JSONstat(JSON.parse(text)));
const toolkitValues = time(() => {
  const ds = JSONstat(JSON.parse(text)).Dataset(0);
  let nulls = 0;
  for (let i = 0; i < ds.n; i++) if (ds.Data(i, false) === null) nulls++;
  return nulls;
});

const mb = (text.length / 1e6).toFixed(1);
console.log(
  `JSON-stat ${cells.toLocaleString('en')} cells, ${mb} MB, median of ${runs} (${smoke ? 'smoke' : 'full'}); every time includes JSON.parse`,
);
console.log(
  `  @mittari/client readJsonStat + parseDataset : ${ours.ms.toFixed(0).padStart(6)} ms  (${ours.out.observations.size.toLocaleString('en')} observations indexed)`,
);
console.log(
  `  jsonstat-toolkit JSONstat()                 : ${toolkit.ms.toFixed(0).padStart(6)} ms  (reads, no validation)`,
);
console.log(
  `  jsonstat-toolkit JSONstat() + Data(i) each  : ${toolkitValues.ms.toFixed(0).padStart(6)} ms  (${toolkitValues.out} nulls)`,
);
if (ours.out.observations.size !== cells) {
  console.error(`expected ${cells} observations, got ${ours.out.observations.size}`);
  process.exit(1);
}
