import {
  countryAreas,
  countryMembers,
  elinvoimakeskukset,
  employmentAreas,
  MAINLAND,
  membersByLevel,
  municipalitiesOf,
  regionCodeOfName,
  regions,
  successor2025,
  wellbeingCounties,
  WHOLE_COUNTRY,
  type AggregateLevel,
  type AreaInfo,
  type Label,
} from './classifications.js';
import { aggregatePeriod, type AggregateMethod } from './aggregation.js';
import { ratio, type Cell } from '../../packages/core/src/index.js';
import { labourForceRevisions, te24Break, type AnnotationDef } from './annotations.js';
import { ObservationTable, type Columns, type Status } from './columns.js';
import { exampleTargets, type ExampleTarget } from './example-targets.js';
import { IDS, indicatorDefs, type IndicatorDef } from './indicators.js';
import { labourForceWeights, toDivision2025, type MunicipalSeries } from './municipal-counts.js';
import {
  LICENCE,
  PULLED_12R5,
  SOURCE_BOUNDARIES,
  SOURCE_CLASSIFICATIONS,
  type SourceRef,
} from './provenance.js';
import {
  readCountry1001,
  readCountry2310,
  readMunicipal1001,
  readPopulation,
  readRegional1001,
  readRegional2310,
  readShare12r5,
  type Counts1001,
  type Flows2310,
} from './sources.js';

/** The level files of the embedded dataset, in the order the build writes them. */
export const FILES = {
  country: 'country.json',
  region: 'region.json',
  'employment-area': 'employment-area.json',
  'wellbeing-county': 'wellbeing-county.json',
  elinvoimakeskus: 'elinvoimakeskus.json',
  municipality: 'municipality.json',
} as const;
/** A level that has its own file. */
export type FileLevel = keyof typeof FILES;

/** The share of the labour-force weight an aggregate must cover (decision 0302). */
export const MIN_COVERAGE = 0.9;
/** The whole country is computed only from every municipality, Åland included (decision 0302). */
export const MIN_COVERAGE_WHOLE_COUNTRY = 1;
/** The membership year of each aggregate level: the division the 12r5 series is published on. */
export const MEMBERSHIP_YEAR: Readonly<Record<AggregateLevel | 'country', number>> = {
  country: 2025,
  region: 2025,
  'employment-area': 2025,
  'wellbeing-county': 2025,
  // Elinvoimakeskukset exist from 2026; their 2026 membership is applied back in time.
  elinvoimakeskus: 2026,
};
/** Years that get example targets (the first is 2007 + 3, the first year with a full base year). */
export const TARGET_YEARS = Array.from({ length: 2025 - 2010 + 1 }, (_, i) => 2010 + i);

/** One file of the embedded dataset: a whole `mittari/1` document. */
export interface DatasetFile {
  format: 'mittari/1';
  meta: {
    title: Label;
    description: Label;
    sources: SourceRef[];
    licence: string;
    updated: string;
    notes: Label[];
  };
  indicators: IndicatorDef[];
  areas: { code: string; level: string; label: Label }[];
  memberships: { level: string; year: number; members: Record<string, string[]> }[];
  observations: Columns;
  targets: ExampleTarget[];
  annotations: AnnotationDef[];
}

type Monthly = Map<string, number | null>;

/** Everything read from ../shared/data, moved onto the 2025 municipal division. */
interface Inputs {
  readonly share: MunicipalSeries;
  readonly sharePeriods: string[];
  readonly labourForce: MunicipalSeries;
  readonly unemployed: MunicipalSeries;
  readonly weight: (municipality: string, period: string) => number | undefined;
  readonly population: MunicipalSeries;
  readonly country1001: Counts1001[];
  readonly regional1001: Map<string, Counts1001[]>;
  readonly country2310: Flows2310[];
  readonly regional2310: Map<string, Flows2310[]>;
}

function readInputs(): Inputs {
  const share: MunicipalSeries = new Map();
  for (const r of readShare12r5()) {
    const s = share.get(r.municipality) ?? new Map<string, number | null>();
    s.set(r.period, r.value);
    share.set(r.municipality, s);
  }
  const sharePeriods = [...new Set([...share.values()].flatMap((s) => [...s.keys()]))].sort();
  const municipal1001 = readMunicipal1001();
  const labourForce = toDivision2025(municipal1001, 'labourForce');
  const unemployed = toDivision2025(municipal1001, 'unemployed');

  const population: MunicipalSeries = new Map();
  for (const r of readPopulation()) {
    const code = successor2025(r.municipality);
    const s = population.get(code) ?? new Map<string, number | null>();
    const year = String(r.year);
    const before = s.get(year);
    s.set(
      year,
      before === undefined
        ? r.population
        : before === null || r.population === null
          ? null
          : before + r.population,
    );
    population.set(code, s);
  }

  const regionOf = regionCodeOfName();
  const group = <T extends { name: string }>(rows: readonly T[]): Map<string, T[]> => {
    const out = new Map<string, T[]>();
    for (const r of rows) {
      const code = regionOf(r.name);
      out.set(code, [...(out.get(code) ?? []), r]);
    }
    return out;
  };
  return {
    share,
    sharePeriods,
    labourForce,
    unemployed,
    weight: labourForceWeights(labourForce),
    population,
    country1001: readCountry1001(),
    regional1001: group(readRegional1001()),
    country2310: readCountry2310(),
    regional2310: group(readRegional2310()),
  };
}

function periodsOf(series: MunicipalSeries): string[] {
  return [...new Set([...series.values()].flatMap((s) => [...s.keys()]))].sort();
}

const round = (x: number, decimals: number): number => Math.round(x * 10 ** decimals) / 10 ** decimals;

const coverageNote = (coverage: number): string | undefined =>
  coverage < 1 ? `coverage ${(Math.floor(coverage * 1000) / 10).toFixed(1)} %` : undefined;

/**
 * Aggregates a municipal series to every area of a level with core's `aggregate`, period by
 * period, writing the result with the coverage as a note when it is below 100 %. Returns each
 * area's values by period, for the example targets.
 */
function addAggregates(
  table: ObservationTable,
  indicator: string,
  members: ReadonlyMap<string, readonly string[]>,
  series: MunicipalSeries,
  periods: readonly string[],
  method: AggregateMethod,
  minCoverage: number,
  weight: (municipality: string, period: string) => number | undefined,
  decimals: number,
): Map<string, Monthly> {
  const out = new Map<string, Monthly>([...members.keys()].map((a) => [a, new Map()]));
  const membership = Object.fromEntries(members);
  const codes = [...new Set([...members.values()].flat())];
  for (const period of periods) {
    const values = new Map<string, Cell>();
    const weights = new Map<string, Cell>();
    for (const code of codes) {
      const v = series.get(code)?.get(period) ?? null;
      values.set(code, v === null ? { value: null, status: 'missing' } : { value: v, status: 'final' });
      const w = weight(code, period);
      weights.set(code, w === undefined ? { value: null, status: 'missing' } : { value: w, status: 'final' });
    }
    for (const r of aggregatePeriod(
      membership,
      values,
      method === 'weighted-mean' ? weights : undefined,
      method,
      minCoverage,
    )) {
      const value = r.value === null ? null : round(r.value, decimals);
      const note = r.value !== null && r.coverage !== null ? coverageNote(r.coverage) : undefined;
      table.add(indicator, r.area, period, value, r.status, note);
      out.get(r.area)?.set(period, value);
    }
  }
  return out;
}

/** A published count as core reads it: a number is `final`, an empty source cell `suppressed`. */
const cellOf = (v: number | null): Cell =>
  v === null ? { value: null, status: 'suppressed' } : { value: v, status: 'final' };

function addPublished1001(table: ObservationTable, area: string, rows: readonly Counts1001[]): void {
  for (const r of rows) {
    const put = (id: string, v: number | null): void =>
      table.add(id, area, r.period, v, v === null ? 'suppressed' : 'final');
    put(IDS.unemployed, r.unemployed);
    put(IDS.labourForce, r.labourForce);
    put(IDS.openVacancies, r.openVacancies);
    // Core's ratio: suppressed if either side is, missing without both or with no unemployed.
    const tightness = ratio(cellOf(r.openVacancies), cellOf(r.unemployed));
    table.add(
      IDS.vacanciesPerUnemployed,
      area,
      r.period,
      tightness.value === null ? null : round(tightness.value, 3),
      tightness.status,
    );
  }
}

function addPublished2310(table: ObservationTable, area: string, rows: readonly Flows2310[]): void {
  for (const r of rows) {
    const put = (id: string, v: number | null): void =>
      table.add(id, area, r.period, v, v === null ? 'missing' : 'final');
    put(IDS.vacanciesOpenDuringMonth, r.openDuringPeriod);
    put(IDS.newVacancies, r.newVacancies);
    put(IDS.filledVacancies, r.filled);
    put(IDS.vacancyDaysOpen, r.meanDaysOpen);
  }
}

const LEVEL_TITLES: Readonly<Record<FileLevel, Label>> = {
  country: {
    fi: 'koko maa ja Manner-Suomi',
    sv: 'hela landet och Fastlandsfinland',
    en: 'whole country and mainland Finland',
  },
  region: { fi: 'maakunnat', sv: 'landskap', en: 'regions' },
  'employment-area': { fi: 'työllisyysalueet', sv: 'sysselsättningsområden', en: 'employment areas' },
  'wellbeing-county': { fi: 'hyvinvointialueet', sv: 'välfärdsområden', en: 'wellbeing services counties' },
  elinvoimakeskus: {
    fi: 'elinvoimakeskukset',
    sv: 'livskraftscentraler',
    en: 'Economic Development Centres',
  },
  municipality: { fi: 'kunnat', sv: 'kommuner', en: 'municipalities' },
};

/** The notes every file carries: how the figures were made, in three languages. */
export const NOTES: readonly Label[] = [
  {
    fi: 'Kaikki luvut ovat julkisia tilastoja (CC BY 4.0). Ainoat keksityt luvut ovat esimerkkitavoitteet, jotka on merkitty esimerkeiksi (example: true).',
    sv: 'Alla tal är offentlig statistik (CC BY 4.0). De enda påhittade talen är exempelmålen, som är märkta som exempel (example: true).',
    en: 'Every figure is public statistics (CC BY 4.0). The only made-up figures are the example targets, marked as such (example: true).',
  },
  {
    fi: 'Työttömien osuus on taulukosta 12r5 vuoden 2025 kuntajaolla. Kuntaa suurempien alueiden osuudet ovat arvioita (estimate): kuntien osuuksien painotettu keskiarvo, painona kunnan työvoima taulukosta 1001 samalta kuukaudelta (2020 kuntajaolta siirrettynä vuoden 2025 kuntajaolle) ja lokakuun 2020 jälkeen lokakuun 2020 työvoima. Arvo julkaistaan, kun arvon saaneiden kuntien työvoima kattaa vähintään 90 % alueen työvoimasta; kattavuus alle 100 % kerrotaan havainnon huomautuksessa.',
    sv: 'Andelen arbetslösa kommer från tabell 12r5 enligt 2025 års kommunindelning. Andelarna för områden större än en kommun är uppskattningar (estimate): ett vägt medelvärde av kommunernas andelar med kommunens arbetskraft ur tabell 1001 samma månad som vikt (flyttad från 2020 års till 2025 års kommunindelning) och efter oktober 2020 arbetskraften i oktober 2020. Värdet publiceras när kommunerna med värde täcker minst 90 % av områdets arbetskraft; en täckning under 100 % anges i observationens anmärkning.',
    en: "The unemployed share is table 12r5 on the 2025 municipal division. Shares of areas larger than a municipality are estimates: the mean of the municipal shares weighted by each municipality's labour force from table 1001 in the same month (moved from the 2020 to the 2025 municipal division), and after October 2020 by the labour force of October 2020, carried forward. A value is published when the municipalities with a value cover at least 90 % of the area's labour force; coverage below 100 % is stated in the observation's note.",
  },
  {
    fi: 'Koko maan (SSS) työttömien osuus lasketaan vain, kun jokaisella kunnalla Ahvenanmaa mukaan lukien on arvo; Ahvenanmaan pienten kuntien arvot puuttuvat lähes joka kuukausi, joten vertailualueena käytetään Manner-Suomea (MA1).',
    sv: 'Andelen arbetslösa för hela landet (SSS) beräknas bara när varje kommun, också på Åland, har ett värde; de små åländska kommunernas värden saknas nästan varje månad, så Fastlandsfinland (MA1) används som jämförelseområde.',
    en: "The whole country's (SSS) unemployed share is computed only when every municipality, Åland's included, has a value; the small Åland municipalities have no value in almost every month, so mainland Finland (MA1) is the reference area.",
  },
  {
    fi: 'Taulukoiden 1001 ja 2310 maakuntaluvut ovat vuoden 2020 maakuntajaolla (ennen Heinäveden, Iitin, Isonkyrön, Joroisen ja Kuhmoisen maakunnan vaihtoa 2021); kuntia suuremmat summat ja keskiarvot käyttävät vuoden 2025 jakoa (elinvoimakeskukset vuoden 2026 jakoa) koko aikasarjalle.',
    sv: 'Landskapstalen i tabellerna 1001 och 2310 följer 2020 års landskapsindelning (innan Heinävesi, Iitti, Storkyro, Jorois och Kuhmoinen bytte landskap 2021); summor och medelvärden för områden större än en kommun använder 2025 års indelning (livskraftscentralerna 2026 års) för hela tidsserien.',
    en: 'The regional figures of tables 1001 and 2310 are on the 2020 regional division (before Heinävesi, Iitti, Isokyrö, Joroinen and Kuhmoinen changed region in 2021); sums and means for areas larger than a municipality use the 2025 division (the Economic Development Centres the 2026 one) for the whole series.',
  },
  {
    fi: 'Esimerkkitavoite: alueen oma työttömien osuuden vuosikeskiarvo kolme vuotta aiemmin miinus yksi prosenttiyksikkö, toleranssi ±0,5 prosenttiyksikköä. Tavoitteita ei ole asettanut mikään viranomainen.',
    sv: 'Exempelmål: områdets eget årsmedelvärde av andelen arbetslösa tre år tidigare minus en procentenhet, tolerans ±0,5 procentenheter. Inga mål har fastställts av någon myndighet.',
    en: "Example target: the area's own annual mean unemployed share three years earlier minus one percentage point, tolerance ±0.5 percentage points. No authority set these targets.",
  },
  {
    fi: `Taulukko 12r5 haettu ${PULLED_12R5}; taulukot 1001 ja 2310 (2006–2020) ja Sotkanetin väestö julkisista arkistoista, ks. README. Aluerajat: Maanmittauslaitos ja Tilastokeskus (CC BY 4.0).`,
    sv: `Tabell 12r5 hämtad ${PULLED_12R5}; tabellerna 1001 och 2310 (2006–2020) och Sotkanets befolkning ur offentliga arkiv, se README. Områdesgränser: Lantmäteriverket och Statistikcentralen (CC BY 4.0).`,
    en: `Table 12r5 pulled ${PULLED_12R5}; tables 1001 and 2310 (2006–2020) and Sotkanet population from public archives, see README. Boundaries: National Land Survey of Finland and Statistics Finland (CC BY 4.0).`,
  },
];

function document(
  level: FileLevel,
  indicators: readonly IndicatorDef[],
  areas: readonly AreaInfo[],
  memberships: DatasetFile['memberships'],
  table: ObservationTable,
  targets: ExampleTarget[],
  annotations: AnnotationDef[],
): DatasetFile {
  const columns = table.toColumns(areas.map((a) => a.code));
  const order = new Map(areas.map((a, i) => [a.code, i]));
  const areaOrder = (code: string): number => order.get(code) ?? -1;
  const used = new Set(columns.indicators);
  const usedIndicators = indicators.filter((i) => used.has(i.id));
  const usedSources = [...new Map(usedIndicators.map((i) => [i.source.table, i.source])).values()];
  const t = LEVEL_TITLES[level];
  return {
    format: 'mittari/1',
    meta: {
      title: {
        fi: `Työmarkkinat: ${t.fi} (julkiset tilastot)`,
        sv: `Arbetsmarknaden: ${t.sv} (offentlig statistik)`,
        en: `Labour market: ${t.en} (public statistics)`,
      },
      description: {
        fi: 'Mittarin esittelyaineisto: työttömyys, työvoima, avoimet työpaikat ja väestö julkisista tilastoista.',
        sv: 'Mittaris demomaterial: arbetslöshet, arbetskraft, lediga jobb och befolkning ur offentlig statistik.',
        en: "Mittari's demo dataset: unemployment, labour force, vacancies and population from public statistics.",
      },
      sources: [...usedSources, SOURCE_CLASSIFICATIONS, SOURCE_BOUNDARIES],
      licence: LICENCE,
      updated: PULLED_12R5,
      notes: [...NOTES],
    },
    indicators: usedIndicators,
    areas: areas.map((a) => ({ code: a.code, level: a.level, label: a.label })),
    memberships,
    observations: columns,
    targets: targets
      .filter((x) => used.has(x.indicator))
      .sort((a, b) => areaOrder(a.area) - areaOrder(b.area) || a.period.localeCompare(b.period)),
    annotations: annotations
      .map((a) => ({ ...a, indicators: a.indicators.filter((i) => used.has(i)) }))
      .filter((a) => a.indicators.length > 0),
  };
}

const toRecord = (
  m: ReadonlyMap<string, readonly string[]>,
  order: readonly AreaInfo[],
): Record<string, string[]> =>
  Object.fromEntries(order.filter((a) => m.has(a.code)).map((a) => [a.code, [...(m.get(a.code) ?? [])]]));

/**
 * Builds every file of the embedded dataset from ../shared/data. Pure apart from reading the
 * shared files: the same inputs give byte-identical documents.
 *
 * @example
 * ```ts
 * const files = buildDataset();
 * files.get('employment-area.json')?.observations.areas; // ['TA01', …, 'TA45']
 * ```
 */
export function buildDataset(): Map<string, DatasetFile> {
  const input = readInputs();
  const defs = indicatorDefs();
  const shareIds = [IDS.unemployedShare];
  const annotations = [
    te24Break(shareIds),
    ...labourForceRevisions(
      input.country1001,
      [IDS.unemployedShare, IDS.labourForce],
      [2021, 2022, 2023, 2024, 2025],
    ),
  ];
  const lfPeriods = periodsOf(input.labourForce);
  const popYears = periodsOf(input.population);
  const municipalities2025 = municipalitiesOf(MEMBERSHIP_YEAR.region);
  const municipalities2026 = municipalitiesOf(MEMBERSHIP_YEAR.elinvoimakeskus);
  const out = new Map<string, DatasetFile>();

  const targetsFor = (monthly: Map<string, Monthly>): ExampleTarget[] =>
    [...monthly].flatMap(([area, series]) => exampleTargets(IDS.unemployedShare, area, series, TARGET_YEARS));

  // country.json
  {
    const table = new ObservationTable();
    const members = countryMembers(municipalities2025);
    const only = (code: string): Map<string, string[]> => new Map([[code, members.get(code) ?? []]]);
    const share = new Map([
      ...addAggregates(
        table,
        IDS.unemployedShare,
        only(WHOLE_COUNTRY),
        input.share,
        input.sharePeriods,
        'weighted-mean',
        MIN_COVERAGE_WHOLE_COUNTRY,
        input.weight,
        1,
      ),
      ...addAggregates(
        table,
        IDS.unemployedShare,
        only(MAINLAND),
        input.share,
        input.sharePeriods,
        'weighted-mean',
        MIN_COVERAGE,
        input.weight,
        1,
      ),
    ]);
    addPublished1001(table, WHOLE_COUNTRY, input.country1001);
    addPublished2310(table, WHOLE_COUNTRY, input.country2310);
    addAggregates(
      table,
      IDS.labourForce,
      only(MAINLAND),
      input.labourForce,
      lfPeriods,
      'sum',
      1,
      input.weight,
      0,
    );
    addAggregates(table, IDS.population, members, input.population, popYears, 'sum', 1, input.weight, 0);
    const areas = countryAreas();
    out.set(
      FILES.country,
      document(
        'country',
        defs,
        areas,
        [{ level: 'country', year: MEMBERSHIP_YEAR.country, members: toRecord(members, areas) }],
        table,
        targetsFor(share),
        annotations,
      ),
    );
  }

  // region.json, employment-area.json, wellbeing-county.json, elinvoimakeskus.json
  const levels: readonly [AggregateLevel, AreaInfo[]][] = [
    ['region', regions()],
    ['employment-area', employmentAreas()],
    ['wellbeing-county', wellbeingCounties()],
    ['elinvoimakeskus', elinvoimakeskukset()],
  ];
  for (const [level, areas] of levels) {
    const table = new ObservationTable();
    const year = MEMBERSHIP_YEAR[level];
    const members = membersByLevel(level, year === 2025 ? municipalities2025 : municipalities2026);
    const missing = areas.filter((a) => !members.has(a.code)).map((a) => a.code);
    if (missing.length > 0) throw new Error(`areas without members in ${year}: ${missing.join(', ')}`);
    const share = addAggregates(
      table,
      IDS.unemployedShare,
      members,
      input.share,
      input.sharePeriods,
      'weighted-mean',
      MIN_COVERAGE,
      input.weight,
      1,
    );
    if (level === 'region') {
      for (const [code, rows] of input.regional1001) addPublished1001(table, code, rows);
      for (const [code, rows] of input.regional2310) addPublished2310(table, code, rows);
    } else {
      addAggregates(table, IDS.labourForce, members, input.labourForce, lfPeriods, 'sum', 1, input.weight, 0);
    }
    addAggregates(table, IDS.population, members, input.population, popYears, 'sum', 1, input.weight, 0);
    out.set(
      FILES[level],
      document(
        level,
        defs,
        areas,
        [{ level, year, members: toRecord(members, areas) }],
        table,
        targetsFor(share),
        annotations,
      ),
    );
  }

  // municipality.json: the published municipal figures, nothing aggregated.
  {
    const table = new ObservationTable();
    const put = (id: string, series: MunicipalSeries, absent: Status): void => {
      for (const m of municipalities2025) {
        for (const [period, v] of series.get(m.code) ?? [])
          table.add(id, m.code, period, v, v === null ? absent : 'final');
      }
    };
    put(IDS.unemployedShare, input.share, 'missing');
    put(IDS.unemployed, input.unemployed, 'suppressed');
    put(IDS.labourForce, input.labourForce, 'missing');
    put(IDS.population, input.population, 'missing');
    out.set(
      FILES.municipality,
      document('municipality', defs, municipalities2025, [], table, [], annotations),
    );
  }
  return out;
}
