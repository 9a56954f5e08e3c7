/**
 * Size check of every boundary asset against its budget (gzip, per projection):
 * regions ≤ 15 KB, municipalities ≤ 60 KB, every other derived layer ≤ 40 KB.
 *
 *   pnpm exec tsx packages/geo-fi/scripts/sizes.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ASSETS_DIR } from './lib/paths.js';

export const KB = 1024;
export const BUDGETS = { region: 15 * KB, municipality: 60 * KB, derived: 40 * KB } as const;

export interface AssetSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzip: number;
  readonly budget: number;
}

/** Measures every `*.topo.json` in the assets folder (gzip level 9, as servers send it). */
export function measureSizes(dir: string = ASSETS_DIR): AssetSize[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.topo.json'))
    .sort()
    .map((file) => {
      const text = readFileSync(resolve(dir, file));
      const level = file.replace(/-\d{4}-(tm35|wgs84)\.topo\.json$/, '');
      const budget =
        level === 'region'
          ? BUDGETS.region
          : level === 'municipality'
            ? BUDGETS.municipality
            : BUDGETS.derived;
      return { file, bytes: text.length, gzip: gzipSync(text, { level: 9 }).length, budget };
    });
}

/** The size table as printed lines. */
export function formatSizes(sizes: readonly AssetSize[]): string[] {
  const kb = (n: number): string => `${(n / KB).toFixed(1)} KB`;
  return sizes.map(
    (s) =>
      `${s.gzip <= s.budget ? 'ok  ' : 'OVER'} ${s.file.padEnd(40)} ${kb(s.bytes).padStart(9)} raw ${kb(s.gzip).padStart(8)} gzip  (budget ${kb(s.budget)})`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = measureSizes();
  for (const line of formatSizes(sizes)) console.log(line);
  const over = sizes.filter((s) => s.gzip > s.budget);
  if (over.length) {
    console.error(`${over.length} asset(s) over budget`);
    process.exitCode = 1;
  }
}
