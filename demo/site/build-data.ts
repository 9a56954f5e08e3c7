/**
 * Writes `demo/site/generated/dashboard.json`: the demo data files the dashboard page shows,
 * merged into one `mittari/1` document (decision 0350). Run from the repository root:
 *
 *     pnpm exec tsx demo/site/build-data.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDataset, type DatasetDocument } from '../../packages/core/src/index.js';
import { mergeDatasets } from './merge-datasets.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The level files the dashboard shows: the reference first (its metadata lists every source). */
export const DASHBOARD_FILES = [
  'country.json',
  'region.json',
  'employment-area.json',
  'municipality.json',
] as const;

/** Where the merged document is written. */
export const DASHBOARD_OUT = join(here, 'generated', 'dashboard.json');

/** The dashboard's document, merged from the committed demo data and validated with core. */
export function dashboardDocument(): DatasetDocument {
  const docs = DASHBOARD_FILES.map(
    (f) => JSON.parse(readFileSync(join(here, '..', 'data', f), 'utf8')) as DatasetDocument,
  );
  const doc = mergeDatasets(docs, {
    fi: 'Työmarkkinat: Manner-Suomi, maakunnat, työllisyysalueet ja kunnat (julkiset tilastot)',
    sv: 'Arbetsmarknaden: Fastlandsfinland, landskap, sysselsättningsområden och kommuner (offentlig statistik)',
    en: 'Labour market: mainland Finland, regions, employment areas and municipalities (public statistics)',
  });
  const parsed = parseDataset(doc);
  if (!parsed.success) throw new Error(`merged dashboard data is invalid: ${parsed.error.message}`);
  return doc;
}

/** Writes the merged document; returns its size in bytes. */
export function writeDashboardData(path: string = DASHBOARD_OUT): number {
  const text = `${JSON.stringify(dashboardDocument())}\n`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const bytes = writeDashboardData();
  console.log(`${DASHBOARD_OUT}: ${(bytes / 1024).toFixed(0)} kB`);
}
