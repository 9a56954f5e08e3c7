// Benchmark: the work a map and a dataset loader do with @mittari/geo-fi — read + validate a
// boundary asset, turn it into SVG paths, build membership tables, check codes.
// Run: node tests/bench/geo-fi.bench.mjs [--smoke]   (needs `pnpm run build` first)
import { readFile } from 'node:fs/promises';
import {
  checkAreaCode,
  CLASSIFICATION_YEARS,
  GROUPING_LEVELS,
  loadBoundaries,
  membership,
  successorOf,
  toSvgPaths,
} from '../../packages/geo-fi/dist/index.js';

const smoke = process.argv.includes('--smoke');
const runs = smoke ? 1 : 25;
const load = async (url) => JSON.parse(await readFile(url, 'utf8'));

async function time(name, fn) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  console.log(
    `${name.padEnd(66)} median ${median.toFixed(2).padStart(8)} ms  (${runs} run${runs > 1 ? 's' : ''})`,
  );
}

for (const level of ['region', 'employment-area', 'municipality']) {
  await time(`loadBoundaries ${level} (readFile + JSON.parse + checks)`, () =>
    loadBoundaries({ level, load }),
  );
  const b = await loadBoundaries({ level, load });
  await time(`toSvgPaths ${level} (${b.areas.length} areas)`, () => toSvgPaths(b));
}
await time('membership: every level × every year (cached after the first run)', () => {
  for (const level of GROUPING_LEVELS) for (const year of CLASSIFICATION_YEARS) membership(level, year);
});
const codes = Array.from({ length: 10_000 }, (_, i) => String(5 + ((i * 37) % 990)));
await time('checkAreaCode × 10 000 (bare municipality numbers, 2025)', () => {
  for (const c of codes) checkAreaCode(c, 2025, 'municipality');
});
await time('successorOf × 10 000', () => {
  for (const c of codes) successorOf(c);
});
