import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';

/**
 * Where the project's shared open data lives: `../shared/data` beside the repository root,
 * as on every developer machine and in CI. `MITTARI_SHARED_DATA` overrides it.
 *
 * @example
 * ```ts
 * readCsv(join(sharedDataDir(), 'statistics', 'indicator_catalogue.csv'));
 * ```
 */
export function sharedDataDir(): string {
  const fromEnv = process.env['MITTARI_SHARED_DATA'];
  if (fromEnv !== undefined && fromEnv !== '') return resolve(fromEnv);
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return resolve(repoRoot, '..', 'shared', 'data');
}

/** A path inside the shared data folder, e.g. `sharedPath('statistics', 'x.csv')`. */
export function sharedPath(...parts: string[]): string {
  return join(sharedDataDir(), ...parts);
}

/** One CSV record: column name → raw text (empty string for an empty cell). */
export type CsvRow = Readonly<Record<string, string>>;

/**
 * Reads a UTF-8 CSV file (RFC 4180 quoting) into records keyed by the header row.
 *
 * @example
 * ```ts
 * const rows = readCsv(sharedPath('statistics', 'tyonv_kokomaa_1001_2006_2020.csv'));
 * rows[0]?.['Tyottomat']; // "278486"
 * ```
 */
export function readCsv(path: string): CsvRow[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return csvParse(text).map((row) => {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(row)) out[k] = v ?? '';
    return out;
  });
}

/** A required cell of a record; a missing column is a bug in the reader, so it throws. */
export function cell(row: CsvRow, column: string): string {
  const v = row[column];
  if (v === undefined) throw new Error(`missing CSV column: ${JSON.stringify(column)}`);
  return v;
}

/**
 * A numeric cell: `null` for an empty cell or `NA` (how the sources mark a missing or
 * suppressed value); throws on anything else that is not a number.
 */
export function numberCell(row: CsvRow, column: string): number | null {
  const raw = cell(row, column).trim();
  if (raw === '' || raw === 'NA' || raw === '..' || raw === '.' || raw === '-') return null;
  const n = Number(raw);
  if (!Number.isFinite(n))
    throw new Error(`not a number in column ${JSON.stringify(column)}: ${JSON.stringify(raw)}`);
  return n;
}
