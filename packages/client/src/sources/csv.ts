import type { DatasetDocument } from '@mittari/core';
import type { CsvColumns } from '../descriptor.js';
import { MittariError } from '../errors.js';
import { parseDsvRows } from './dsv-rows.js';
import { STATUS, TableBuilder, cellStatus, type TableOptions } from './table.js';

/** How to read a tidy CSV file: the descriptor's options. */
export interface CsvReadOptions extends TableOptions {
  readonly columns: CsvColumns;
  readonly delimiter?: ',' | ';' | '\t' | '|' | undefined;
  readonly decimal?: '.' | ',' | undefined;
  readonly url?: string | undefined;
}

const STATUS_WORDS: Readonly<Record<string, number>> = {
  final: STATUS.final,
  provisional: STATUS.provisional,
  estimate: STATUS.estimate,
  suppressed: STATUS.suppressed,
  missing: STATUS.missing,
};

/** A number as written in the file, or `null` for an empty cell or a status symbol (`..`, `-`). */
function readNumber(raw: string, decimal: '.' | ','): number | null | undefined {
  let s = raw.trim().replace(/[\u00a0\u202f ]/g, '');
  if (s === '' || /^[.\-–:]+$/.test(s)) return null;
  if (decimal === ',') s = s.replace(/\./g, '').replace(',', '.');
  s = s.replace(/^\u2212/, '-');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return undefined;
  return Number(s);
}

/**
 * Reads tidy CSV (one observation per row) with a column mapping into a Mittari dataset
 * document. Finnish files work as written: `;` separators and decimal commas (`10,4`).
 * The rows are split by our own RFC 4180 row splitter (`parseDsvRows`), which builds no `new Function` and so runs under a
 * strict Content-Security-Policy.
 *
 * @example
 * ```ts
 * const doc = readCsv('kunta;kuukausi;osuus\n091;2025M01;10,4\n', {
 *   columns: { area: 'kunta', period: 'kuukausi', value: 'osuus' }, areaLevel: 'municipality',
 *   decimal: ',', indicator: { id: 'unemployed-share', unit: 'percent' },
 * });
 * ```
 */
export function readCsv(input: string, opts: CsvReadOptions): DatasetDocument {
  const body = input.replace(/^\ufeff/, '');
  const firstLine = body.slice(0, body.indexOf('\n') >>> 0);
  const delimiter = opts.delimiter ?? (firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ',');
  const decimal = opts.decimal ?? (delimiter === ';' ? ',' : '.');
  const rows = parseDsvRows(body, delimiter);
  const header = rows[0]?.map((h) => h.trim());
  const where = opts.url === undefined ? {} : { url: opts.url };
  if (!header || header.length === 0) throw new MittariError('parse', 'CSV file is empty', where);
  const col = (name: string | undefined): number | undefined => {
    if (name === undefined) return undefined;
    const i = header.indexOf(name);
    if (i < 0)
      throw new MittariError(
        'schema',
        `no column ${JSON.stringify(name)} in CSV header ${JSON.stringify(header.slice(0, 10))}`,
        { ...where, issues: [`columns.${name}`] },
      );
    return i;
  };
  const c = opts.columns;
  const [ci, ca, cp, cv, cs] = [col(c.indicator), col(c.area), col(c.period), col(c.value), col(c.status)];
  const b = new TableBuilder(opts);
  const lone =
    ci === undefined ? b.addIndicator(opts.indicator?.id ?? 'value', { label: c.value }) : undefined;
  const area0 = ca === undefined ? b.defaultArea() : undefined;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (row.length === 1 && row[0]?.trim() === '') continue;
    const ind =
      ci === undefined ? lone : b.addIndicator((row[ci] ?? '').trim(), { label: (row[ci] ?? '').trim() });
    const area =
      ca === undefined ? area0 : b.addArea((row[ca] ?? '').trim(), undefined, `row.${r}.${c.area}`);
    const period = b.addPeriod(row[cp ?? 0] ?? '', `row.${r}.${c.period}`);
    const value = readNumber(row[cv ?? 0] ?? '', decimal);
    if (value === undefined)
      b.issues.push({
        path: `row.${r}.${c.value}`,
        message: `invalid number: ${JSON.stringify((row[cv ?? 0] ?? '').slice(0, 40))}`,
      });
    if (ind === undefined || area === undefined || period === undefined || value === undefined) {
      if (b.issues.length >= 100) break;
      continue;
    }
    const symbol = cs === undefined ? (value === null ? row[cv ?? 0]?.trim() : undefined) : row[cs]?.trim();
    const word = symbol !== undefined ? STATUS_WORDS[symbol.toLowerCase()] : undefined;
    let status = word ?? cellStatus(value, symbol);
    if (status < STATUS.suppressed && value === null) status = STATUS.missing;
    if (period.provisional && status === STATUS.final) status = STATUS.provisional;
    b.push(ind, area, period.index, value, status);
  }
  b.assertClean(opts.url);
  const source: { name: string; url?: string; licence?: string } = { name: opts.url ?? 'CSV' };
  if (opts.url !== undefined) source.url = opts.url;
  if (opts.licence !== undefined) source.licence = opts.licence;
  const meta: DatasetDocument['meta'] = {
    title: { fi: opts.url?.split('/').pop() ?? 'CSV' },
    sources: [source],
  };
  if (opts.licence !== undefined) meta.licence = opts.licence;
  return b.document(meta);
}
