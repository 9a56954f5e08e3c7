/**
 * Test-only helpers that read the committed files and recompute figures straight from the
 * shared CSV files, with none of the build's own readers, so that the tests check the build
 * rather than repeat it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import { parseDataset, type Dataset } from '../../packages/core/src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env['MITTARI_SHARED_DATA'] ?? join(here, '..', '..', '..', 'shared', 'data');

/** The text of a committed output file. */
export function committedText(file: string): string {
  return readFileSync(join(here, file), 'utf8');
}

const loaded = new Map<string, Dataset>();
/** A committed output file loaded with core's `parseDataset`; throws with core's message if it fails. */
export function loadCommitted(file: string): Dataset {
  const cached = loaded.get(file);
  if (cached) return cached;
  const r = parseDataset(JSON.parse(committedText(file)) as unknown);
  if (!r.success) throw new Error(`${file}: ${r.error.message}`);
  loaded.set(file, r.data);
  return r.data;
}

const csvCache = new Map<string, Record<string, string | undefined>[]>();
function csv(...parts: string[]): Record<string, string | undefined>[] {
  const path = join(shared, ...parts);
  let rows = csvCache.get(path);
  if (!rows) csvCache.set(path, (rows = csvParse(readFileSync(path, 'utf8'))));
  return rows;
}

const ku = (raw: string): string => `KU${raw.trim().padStart(3, '0')}`;

/** 12r5 straight from the CSV: `KU… → month → share` (`null` for NA). */
export function share12r5(): Map<string, Map<string, number | null>> {
  const out = new Map<string, Map<string, number | null>>();
  for (const r of csv('statistics', 'tyonv_12r5_unemployment_share_by_municipality_2007_2025M01.csv')) {
    const code = ku(r['kunta'] ?? '');
    const v = r['unemployed_share_of_labour_force_pct'] ?? 'NA';
    const s = out.get(code) ?? new Map<string, number | null>();
    s.set(r['month'] ?? '', v === 'NA' ? null : Number(v));
    out.set(code, s);
  }
  return out;
}

/**
 * The stated weight rule, recomputed: each 2025 municipality's labour force from table 1001
 * in the month (2020 names → 2020 codes → the 2025 municipality), and for months after the
 * last one of table 1001 the last one's.
 */
export function labourForce2025(): (code: string, month: string) => number {
  const nameToCode = new Map<string, string>();
  for (const r of csv('classifications', 'geofi_municipality_key_2013_2026.csv')) {
    if (r['year'] === '2020') nameToCode.set(r['municipality_name_fi'] ?? '', ku(r['kunta'] ?? ''));
  }
  nameToCode.set('Maarianhamina - Mariehamn', 'KU478');
  // The only mergers between the 2020 and the 2025 division (Statistics Finland).
  const merged: Record<string, string> = { KU099: 'KU214', KU588: 'KU507' };
  const lf = new Map<string, number>();
  let last = '';
  for (const r of csv('statistics', 'tyonv_kunta_1001_2006_2020.csv')) {
    const code2020 = nameToCode.get(r['kunta'] ?? '');
    if (code2020 === undefined) throw new Error(`unmapped: ${r['kunta']}`);
    const code = merged[code2020] ?? code2020;
    const month = r['time'] ?? '';
    if (month > last) last = month;
    const key = `${code} ${month}`;
    lf.set(key, (lf.get(key) ?? 0) + Number(r['Tyovoima']));
  }
  return (code, month) => {
    const w = lf.get(`${code} ${month > last ? last : month}`);
    if (w === undefined) throw new Error(`no labour force for ${code} ${month}`);
    return w;
  };
}

/** The 2025 (or 2026) members of an area, from the compact municipality table of the classifications. */
export function members(area: string, year: 2025 | 2026): string[] {
  const column: Record<string, string> = {
    TA: 'tyollisyysalue_code',
    HVA: 'hyvinvointialue_code',
    EVK: 'evk_code',
    MK: 'maakunta_code',
  };
  const out: string[] = [];
  const rows = csv('classifications', 'geofi_municipality_key_2013_2026.csv').filter(
    (r) => r['year'] === String(year),
  );
  for (const r of rows) {
    if (area === 'SSS') out.push(ku(r['kunta'] ?? ''));
    else if (area === 'MA1') {
      if (r['maakunta_code'] !== '21') out.push(ku(r['kunta'] ?? ''));
    } else {
      const prefix = /^[A-Z]+/.exec(area)?.[0] ?? '';
      const col = column[prefix];
      if (col !== undefined && Number(r[col]) === Number(area.slice(prefix.length)))
        out.push(ku(r['kunta'] ?? ''));
    }
  }
  return out.sort();
}

/** The Åland municipalities (region 21) of 2025. */
export function alandMunicipalities(): string[] {
  return members('MK21', 2025);
}

/** Region totals of table 1001 straight from the CSV: `region name → month → [unemployed, labour force]`. */
export function regional1001(): Map<string, Map<string, [number, number]>> {
  const out = new Map<string, Map<string, [number, number]>>();
  for (const r of csv('statistics', 'tyonv_maakunta_1001_2006_2020.csv')) {
    const s = out.get(r['maakunta'] ?? '') ?? new Map<string, [number, number]>();
    s.set(r['time'] ?? '', [Number(r['Tyottomat']), Number(r['Tyovoima'])]);
    out.set(r['maakunta'] ?? '', s);
  }
  return out;
}

/** Region codes of 2020 and 2025 per municipality, to find regions whose members did not change. */
export function regionsByYear(year: number): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of csv('classifications', 'geofi_municipality_key_2013_2026.csv')) {
    if (r['year'] !== String(year)) continue;
    const region = `MK${(r['maakunta_code'] ?? '').padStart(2, '0')}`;
    out.set(region, [...(out.get(region) ?? []), ku(r['kunta'] ?? '')].sort());
  }
  return out;
}

/** Region names as tables 1001 and 2310 write them → region code. */
export function regionCodesByName(): Map<string, string> {
  return new Map(
    csv('classifications', 'regions_maakunnat_2026.csv').map((r) => [
      r['maakunta_name_fi'] ?? '',
      `MK${(r['maakunta_code'] ?? '').padStart(2, '0')}`,
    ]),
  );
}
