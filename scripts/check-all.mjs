// Every test and check, in the order a failure is cheapest to find. Run by the README's second
// command and by CI. Prints each step's time, then the test runners' totals last.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

const resultsFile = 'tests/output/vitest-results.json';
mkdirSync('tests/output', { recursive: true });

const steps = [
  ['lint', 'pnpm run lint'],
  ['build (tsc -b, rollup, custom-elements manifest)', 'pnpm run build'],
  ['type-check build scripts (geo-fi, demo data)', 'pnpm run typecheck:scripts'],
  ['publint + attw on every package', 'pnpm run check:publish'],
  ['size budgets', 'pnpm run size'],
  ['API reference (typedoc, no undocumented exports)', 'pnpm run docs'],
  ['Storybook static build', 'pnpm run build-storybook'],
  ['packaging test (npm pack → fresh project → import)', 'pnpm run test:package'],
  [
    'tests: node, browser (Chromium), stories with axe, end-to-end',
    `pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=${resultsFile}`,
  ],
  ['benchmarks (smoke run: they still work; figures come from `pnpm run bench`)', 'pnpm run bench:smoke'],
];

const timings = [];
let failed;
for (const [name, command] of steps) {
  console.log(`\n\u001b[1m== ${name}\u001b[0m\n$ ${command}`);
  const start = performance.now();
  const run = spawnSync(command, {
    stdio: 'inherit',
    shell: true,
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  timings.push(`${run.status === 0 ? 'ok  ' : 'FAIL'} ${seconds.padStart(6)} s  ${name}`);
  if (run.status !== 0) {
    failed = name;
    break;
  }
}

console.log('\n== summary');
for (const line of timings) console.log(line);
if (failed) console.error(`check failed at: ${failed}`);
else console.log('all checks passed');
if (existsSync(resultsFile) && !failed) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  console.log(`vitest: ${results.numTotalTestSuites} test files, ${results.numTotalTests} tests`);
  // The plain closing line CI reads: 'N passed, N failed, N skipped'.
  console.log(
    `${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped`,
  );
}
process.exit(failed ? 1 : 0);
