/**
 * Builds the embedded dataset of real Finnish labour-market data from ../shared/data and
 * writes one `mittari/1` file per area level into this folder, plus `index.json` listing
 * them. Run from the repository root:
 *
 *     pnpm exec tsx demo/data/build.ts
 *
 * The output is committed; rebuilding from the same inputs gives byte-identical files.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildDataset, FILES } from './dataset.js';

/** The files the demo's first view loads (decision 0300). */
export const FIRST_VIEW = [FILES['employment-area'], FILES.country] as const;
/** What the first view may load, gzip-compressed. */
export const FIRST_VIEW_BUDGET_GZIP = 1.5 * 1024 * 1024;

/** Serialises a document the way the committed files are written. */
export function serialise(doc: unknown): string {
  return `${JSON.stringify(doc)}\n`;
}

/** The gzip size of a text at the compression level a web server typically uses (6). */
export function gzipSize(text: string): number {
  return gzipSync(Buffer.from(text, 'utf8'), { level: 6 }).length;
}

function main(): void {
  const outDir = dirname(fileURLToPath(import.meta.url));
  const files = buildDataset();
  const index: {
    file: string;
    level: string;
    areas: number;
    indicators: string[];
    observations: number;
    bytes: number;
    gzipBytes: number;
  }[] = [];
  const rows: string[] = [];
  for (const [file, doc] of files) {
    const text = serialise(doc);
    writeFileSync(join(outDir, file), text);
    const gz = gzipSize(text);
    index.push({
      file,
      level: doc.areas[0]?.level ?? 'none',
      areas: doc.areas.length,
      indicators: doc.observations.indicators,
      observations: doc.observations.value.length,
      bytes: Buffer.byteLength(text),
      gzipBytes: gz,
    });
    rows.push(
      `${file.padEnd(24)} ${String(doc.observations.value.length).padStart(7)} obs ${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(6)} kB ${(gz / 1024).toFixed(1).padStart(7)} kB gzip`,
    );
  }
  writeFileSync(
    join(outDir, 'index.json'),
    serialise({ format: 'mittari/1-index', firstView: FIRST_VIEW, files: index }),
  );
  const firstView = index
    .filter((f) => (FIRST_VIEW as readonly string[]).includes(f.file))
    .reduce((s, f) => s + f.gzipBytes, 0);
  console.log(rows.join('\n'));
  console.log(
    `first view (${FIRST_VIEW.join(' + ')}): ${(firstView / 1024).toFixed(1)} kB gzip (budget ${FIRST_VIEW_BUDGET_GZIP / 1024} kB)`,
  );
  if (firstView > FIRST_VIEW_BUDGET_GZIP) {
    console.error('first view over budget');
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
