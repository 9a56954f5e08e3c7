// Runs every benchmark (`tests/bench/*.bench.mjs`) one after another and lets each print its
// figures. `--smoke` passes through: one quick iteration each, so CI keeps them working.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n== ${file}`);
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', `${dir}${file}`, ...args.filter((a) => a.startsWith('--'))],
    {
      stdio: 'inherit',
    },
  );
  if (run.status !== 0) failed++;
}
console.log(`\n${benches.length - failed} benchmark(s) ran, ${failed} failed`);
process.exit(failed ? 1 : 0);
