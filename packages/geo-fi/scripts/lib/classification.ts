import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import { MERGERS } from './mergers.js';

/** A level whose areas are unions of municipalities, with its column stem in the key. */
export interface GroupingSpec {
  readonly level: GroupingLevel;
  readonly column: string;
  readonly prefix: string;
  readonly width: number;
  /** Raw codes in the key that are not areas of this level. */
  readonly notAreas: readonly string[];
}

export type GroupingLevel =
  'region' | 'sub-region' | 'wellbeing-county' | 'employment-area' | 'ely-centre' | 'elinvoimakeskus';

export const GROUPINGS: readonly GroupingSpec[] = [
  { level: 'region', column: 'maakunta', prefix: 'MK', width: 2, notAreas: [] },
  { level: 'sub-region', column: 'seutukunta', prefix: 'SK', width: 3, notAreas: [] },
  { level: 'wellbeing-county', column: 'hyvinvointialue', prefix: 'HVA', width: 2, notAreas: [] },
  // Code 46 in the key is Åland, which runs its own employment services: not an employment area.
  { level: 'employment-area', column: 'tyollisyysalue', prefix: 'TA', width: 2, notAreas: ['46'] },
  { level: 'ely-centre', column: 'ely', prefix: 'ELY', width: 2, notAreas: [] },
  { level: 'elinvoimakeskus', column: 'evk', prefix: 'EVK', width: 2, notAreas: [] },
];

export type Label = readonly [fi: string, sv: string, en: string];

export interface Area {
  readonly code: string;
  readonly label: Label;
  readonly first: number;
  readonly last: number;
}

export interface Inferred {
  readonly municipality: string;
  readonly level: GroupingLevel;
  readonly years: readonly number[];
  readonly area: string;
  readonly why: string;
}

export interface Classification {
  readonly years: readonly number[];
  readonly municipalities: ReadonlyMap<string, Area>;
  readonly areas: ReadonlyMap<GroupingLevel, ReadonlyMap<string, Area>>;
  readonly levelYears: ReadonlyMap<GroupingLevel, readonly [number, number]>;
  /** level → municipality → year → area code */
  readonly membership: ReadonlyMap<GroupingLevel, ReadonlyMap<string, ReadonlyMap<number, string>>>;
  /** old municipality code → [successor code, year the merger took effect] */
  readonly mergers: ReadonlyMap<string, readonly [string, number]>;
  readonly inferred: readonly Inferred[];
}

const clean = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const canonical = (prefix: string, width: number, raw: string): string =>
  prefix + raw.trim().padStart(width, '0');
const ku = (raw: string): string => canonical('KU', 3, raw);

/** Reads the classification key and checks it against the facts the issue states. */
export function readClassification(dataDir: string): Classification {
  const rows = csvParse(
    readFileSync(resolve(dataDir, 'classifications/geofi_municipality_key_2013_2026.csv'), 'utf8'),
  );
  const years = [...new Set(rows.map((r) => Number(r.year)))].sort((a, b) => a - b);
  const byYear = new Map<number, (typeof rows)[number][]>();
  for (const r of rows) {
    const y = Number(r.year);
    const list = byYear.get(y) ?? [];
    list.push(r);
    byYear.set(y, list);
  }

  // Labels: the latest year's names win (earlier years differ only in spelling and suffixes).
  const municipalities = new Map<string, Area>();
  const areas = new Map<GroupingLevel, Map<string, Area>>(GROUPINGS.map((g) => [g.level, new Map()]));
  const membership = new Map<GroupingLevel, Map<string, Map<number, string>>>(
    GROUPINGS.map((g) => [g.level, new Map()]),
  );
  const levelYears = new Map<GroupingLevel, [number, number]>();

  const note = (map: Map<string, Area>, code: string, label: Label, year: number): void => {
    const prev = map.get(code);
    map.set(code, {
      code,
      label: prev && prev.last > year ? prev.label : label,
      first: Math.min(prev?.first ?? year, year),
      last: Math.max(prev?.last ?? year, year),
    });
  };

  for (const year of years) {
    for (const r of byYear.get(year) ?? []) {
      const m = ku(r.kunta ?? '');
      note(
        municipalities,
        m,
        [clean(r.municipality_name_fi), clean(r.municipality_name_sv), clean(r.municipality_name_en)],
        year,
      );
      for (const g of GROUPINGS) {
        const raw = clean(r[`${g.column}_code`]);
        if (!raw || g.notAreas.includes(raw)) continue;
        const code = canonical(g.prefix, g.width, raw);
        const label: Label = [
          clean(r[`${g.column}_name_fi`]),
          clean(r[`${g.column}_name_sv`]),
          clean(r[`${g.column}_name_en`]),
        ];
        note(areas.get(g.level)!, code, label, year);
        const perMunicipality = membership.get(g.level)!;
        const series = perMunicipality.get(m) ?? new Map<number, string>();
        series.set(year, code);
        perMunicipality.set(m, series);
        const span = levelYears.get(g.level);
        levelYears.set(g.level, [Math.min(span?.[0] ?? year, year), Math.max(span?.[1] ?? year, year)]);
      }
    }
  }

  const mergers = new Map<string, readonly [string, number]>();
  for (const row of MERGERS) {
    const code = ku(row.code);
    const into = ku(row.into);
    const gone = municipalities.get(code);
    const successor = municipalities.get(into);
    if (!gone || gone.last !== row.year - 1 || gone.label[0] !== row.name) {
      throw new Error(`merger table: ${code} ${row.name} does not vanish in ${row.year} in the key`);
    }
    if (
      !successor ||
      successor.first > row.year - 1 ||
      successor.last < row.year ||
      successor.label[0] !== row.intoName
    ) {
      throw new Error(
        `merger table: successor ${into} ${row.intoName} does not span ${row.year - 1}–${row.year}`,
      );
    }
    mergers.set(code, [into, row.year]);
  }
  for (const [code, area] of municipalities) {
    if (area.last < years[years.length - 1]! && !mergers.has(code)) {
      throw new Error(
        `municipality ${code} ${area.label[0]} vanishes after ${area.last} but has no merger row`,
      );
    }
  }

  // Gaps: a municipality that existed while a level existed but has no area for it. The key maps
  // wellbeing counties (set up later) back onto 2018–2020 and leaves out municipalities that had
  // merged away by then; such a municipality belongs where its successor does.
  const inferred: Inferred[] = [];
  for (const g of GROUPINGS) {
    const span = levelYears.get(g.level)!;
    const perMunicipality = membership.get(g.level)!;
    for (const [m, area] of municipalities) {
      const missing: number[] = [];
      for (let y = Math.max(span[0], area.first); y <= Math.min(span[1], area.last); y++) {
        if (!perMunicipality.get(m)?.has(y)) missing.push(y);
      }
      if (!missing.length) continue;
      const isAland = (byYear.get(missing[0]!) ?? []).some(
        (r) => ku(r.kunta ?? '') === m && clean(r.maakunta_code) === '21',
      );
      if (g.level === 'employment-area' && isAland) continue;
      let successor = m;
      while (mergers.has(successor)) successor = mergers.get(successor)![0];
      const succSeries = perMunicipality.get(successor);
      const firstKnown = succSeries ? [...succSeries.entries()].sort((a, b) => a[0] - b[0])[0] : undefined;
      if (successor === m || !firstKnown) throw new Error(`no ${g.level} for ${m} in ${missing.join(', ')}`);
      const series = perMunicipality.get(m) ?? new Map<number, string>();
      for (const y of missing) series.set(y, succSeries!.get(y) ?? firstKnown[1]);
      perMunicipality.set(m, series);
      inferred.push({
        municipality: m,
        level: g.level,
        years: missing,
        area: series.get(missing[0]!)!,
        why: `the key leaves ${m} out; given the area of its successor ${successor}`,
      });
    }
  }

  checkCounts(years, municipalities, areas);
  return { years, municipalities, areas, levelYears, membership, mergers, inferred };
}

const EXPECTED_MUNICIPALITIES: Record<number, number> = {
  2013: 320,
  2014: 320,
  2015: 317,
  2016: 313,
  2017: 311,
  2018: 311,
  2019: 311,
  2020: 310,
  2021: 309,
  2022: 309,
  2023: 309,
  2024: 309,
  2025: 308,
  2026: 308,
};

function checkCounts(
  years: readonly number[],
  municipalities: ReadonlyMap<string, Area>,
  areas: ReadonlyMap<GroupingLevel, ReadonlyMap<string, Area>>,
): void {
  for (const y of years) {
    const n = [...municipalities.values()].filter((a) => a.first <= y && y <= a.last).length;
    if (EXPECTED_MUNICIPALITIES[y] !== n)
      throw new Error(`${n} municipalities in ${y}, expected ${EXPECTED_MUNICIPALITIES[y]}`);
  }
  const ta = [...areas.get('employment-area')!.values()].filter((a) => a.first <= 2025 && a.last >= 2025);
  if (ta.length !== 45) throw new Error(`${ta.length} employment areas in 2025, expected 45`);
}
