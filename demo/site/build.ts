/**
 * Builds what the demo pages load besides the CMS bundle, into `demo/site/generated/`:
 * `dashboard.json` (decision 0350), the npm page's bundle `js/npm.js`, and beside it the
 * boundary assets the map fetches. Run from the repository root (about 3 s):
 *
 *     pnpm exec tsx demo/site/build.ts
 *
 * esbuild leaves `new URL('../assets/….topo.json', import.meta.url)` in `@mittari/geo-fi` as it
 * is, so the assets must sit at `../assets/` from the bundle: `generated/assets/` for
 * `generated/js/npm.js`. Rollup (the CMS bundle), Vite and webpack copy them by themselves.
 */
import { cpSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeDashboardData } from './build-data.js';

const here = dirname(fileURLToPath(import.meta.url));
const generated = join(here, 'generated');

/** Writes the merged data, bundles `npm.ts` and copies the boundary assets; returns the files' sizes. */
export async function buildDemo(): Promise<{ dashboardBytes: number }> {
  const dashboardBytes = writeDashboardData(join(generated, 'dashboard.json'));
  await build({
    entryPoints: [join(here, 'npm.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(generated, 'js', 'npm.js'),
    logLevel: 'warning',
  });
  cpSync(join(here, '..', '..', 'packages', 'geo-fi', 'assets'), join(generated, 'assets'), {
    recursive: true,
    filter: (src) => src.endsWith('.topo.json') || statSync(src).isDirectory(),
  });
  return { dashboardBytes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { dashboardBytes } = await buildDemo();
  console.log(
    `demo/site/generated: dashboard.json ${(dashboardBytes / 1024).toFixed(0)} kB, js/npm.js, assets/`,
  );
}
