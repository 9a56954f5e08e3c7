import { cell, numberCell, readCsv, sharedPath } from './shared-data.js';

/** A month as `YYYY-MM`. */
export type Month = string;

/** `91` / `"091"` → `"KU091"` (decision 0001). */
export function municipalityCode(raw: string | number): string {
  const digits = String(raw).trim().replace(/^KU/i, '');
  if (!/^\d{1,3}$/.test(digits)) throw new Error(`invalid municipality code: ${JSON.stringify(raw)}`);
  return `KU${digits.padStart(3, '0')}`;
}

/** `6` → `"MK06"`. */
export function regionCode(raw: string | number): string {
  return `MK${String(raw).trim().padStart(2, '0')}`;
}

function month(raw: string): Month {
  const m = /^(\d{4})(?:-|M)(\d{2})$/.exec(raw.trim());
  if (!m) throw new Error(`invalid month: ${JSON.stringify(raw)}`);
  return `${m[1]}-${m[2]}`;
}

/** One value of table 12r5: a municipality's unemployed jobseekers as % of its labour force. */
export interface ShareRow {
  readonly municipality: string;
  readonly period: Month;
  /** `null` where the source has `NA` (small Åland municipalities in most months). */
  readonly value: number | null;
}

/** Table 12r5, 308 municipalities on the 2025 division × 2007-01 … 2025-01. */
export function readShare12r5(): ShareRow[] {
  return readCsv(
    sharedPath('statistics', 'tyonv_12r5_unemployment_share_by_municipality_2007_2025M01.csv'),
  ).map((r) => ({
    municipality: municipalityCode(cell(r, 'kunta')),
    period: month(cell(r, 'month')),
    value: numberCell(r, 'unemployed_share_of_labour_force_pct'),
  }));
}

/** One month of table 1001: counts on the end-of-month count day. */
export interface Counts1001 {
  readonly period: Month;
  /** `null` where the source suppressed a small cell. */
  readonly unemployed: number | null;
  readonly labourForce: number | null;
  readonly openVacancies: number | null;
}

/** A row of table 1001 for a named area (a 2020 municipality name or a region name). */
export interface NamedCounts1001 extends Counts1001 {
  readonly name: string;
}

function counts1001(r: Readonly<Record<string, string>>): Counts1001 {
  return {
    period: month(cell(r, 'time')),
    unemployed: numberCell(r, 'Tyottomat'),
    labourForce: numberCell(r, 'Tyovoima'),
    openVacancies: numberCell(r, 'Avoimet_tyopaikat'),
  };
}

/** Table 1001 by municipality (2020 names, 310 municipalities), 2006-01 … 2020-10. */
export function readMunicipal1001(): NamedCounts1001[] {
  return readCsv(sharedPath('statistics', 'tyonv_kunta_1001_2006_2020.csv')).map((r) => ({
    ...counts1001(r),
    name: cell(r, 'kunta').trim(),
  }));
}

/** Table 1001 by region (region names, 2020 regional division), 2006-01 … 2020-10. */
export function readRegional1001(): NamedCounts1001[] {
  return readCsv(sharedPath('statistics', 'tyonv_maakunta_1001_2006_2020.csv')).map((r) => ({
    ...counts1001(r),
    name: cell(r, 'maakunta').trim(),
  }));
}

/** Table 1001 for the whole country, 2006-01 … 2020-10. */
export function readCountry1001(): Counts1001[] {
  return readCsv(sharedPath('statistics', 'tyonv_kokomaa_1001_2006_2020.csv')).map(counts1001);
}

/** One month of table 2310: vacancy flows. */
export interface Flows2310 {
  readonly period: Month;
  readonly openDuringPeriod: number | null;
  readonly newVacancies: number | null;
  readonly filled: number | null;
  /** Mean days that the vacancies filled during the month had been open. */
  readonly meanDaysOpen: number | null;
}

/** A row of table 2310 for a named region. */
export interface NamedFlows2310 extends Flows2310 {
  readonly name: string;
}

function flows2310(r: Readonly<Record<string, string>>): Flows2310 {
  return {
    period: month(cell(r, 'time')),
    openDuringPeriod: numberCell(r, 'Avoimet_tyopaikat_kauden_aikana'),
    newVacancies: numberCell(r, 'Uudet_avoimet_tyopaikat_kauden_aikana'),
    filled: numberCell(r, 'Tayttyneet_tyopaikat_kauden_aikana'),
    meanDaysOpen: numberCell(r, 'Tayttyneiden_tyopaikkojen_avoinnaolon_km_kesto_paivaa'),
  };
}

/** Table 2310 by region, 2006-01 … 2020-08. */
export function readRegional2310(): NamedFlows2310[] {
  return readCsv(sharedPath('statistics', 'tyonv_maakunta_2310_2006_2020.csv')).map((r) => ({
    ...flows2310(r),
    name: cell(r, 'maakunta').trim(),
  }));
}

/** Table 2310 for the whole country, 2006-01 … 2020-08. */
export function readCountry2310(): Flows2310[] {
  return readCsv(sharedPath('statistics', 'tyonv_kokomaa_2310_2006_2020.csv')).map(flows2310);
}

/** Population on 31 December (THL Sotkanet), on the 2021–2024 division (309 municipalities). */
export interface PopulationRow {
  readonly municipality: string;
  readonly year: number;
  readonly population: number | null;
}

/** Sotkanet population by municipality, 2000–2022. */
export function readPopulation(): PopulationRow[] {
  return readCsv(sharedPath('statistics', 'population_by_municipality_2000_2022_sotkanet.csv')).map((r) => ({
    municipality: municipalityCode(cell(r, 'municipality_code')),
    year: Number(cell(r, 'year')),
    population: numberCell(r, 'population'),
  }));
}

/** A row of the indicator catalogue (fi/sv/en names, unit, direction as free text). */
export interface CatalogueRow {
  readonly id: string;
  readonly theme: string;
  readonly name: { readonly fi: string; readonly sv: string; readonly en: string };
  readonly unit: string;
  readonly direction: string;
  readonly table: string;
}

/** The shared indicator catalogue, keyed by its snake_case id. */
export function readCatalogue(): Map<string, CatalogueRow> {
  const out = new Map<string, CatalogueRow>();
  for (const r of readCsv(sharedPath('statistics', 'indicator_catalogue.csv'))) {
    out.set(cell(r, 'id'), {
      id: cell(r, 'id'),
      theme: cell(r, 'theme'),
      name: { fi: cell(r, 'name_fi').trim(), sv: cell(r, 'name_sv').trim(), en: cell(r, 'name_en').trim() },
      unit: cell(r, 'unit'),
      direction: cell(r, 'direction'),
      table: cell(r, 'statfin_table_or_var'),
    });
  }
  return out;
}
