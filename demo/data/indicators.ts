import { readCatalogue, type CatalogueRow } from './sources.js';
import { SOURCE_1001, SOURCE_12R5, SOURCE_2310, SOURCE_POPULATION, type SourceRef } from './provenance.js';
import type { Label } from './classifications.js';

/** The indicator ids of the embedded dataset. */
export const IDS = {
  unemployedShare: 'unemployed-share',
  unemployed: 'unemployed',
  labourForce: 'labour-force',
  openVacancies: 'open-vacancies',
  vacanciesPerUnemployed: 'vacancies-per-unemployed',
  vacanciesOpenDuringMonth: 'vacancies-open-during-month',
  newVacancies: 'new-vacancies',
  filledVacancies: 'filled-vacancies',
  vacancyDaysOpen: 'vacancy-days-open',
  population: 'population',
} as const;
/** An indicator id of the embedded dataset. */
export type IndicatorId = (typeof IDS)[keyof typeof IDS];

/** An indicator as the dataset format writes it (decision 0002). */
export interface IndicatorDef {
  readonly id: IndicatorId;
  readonly label: Label;
  readonly description?: Label;
  readonly unit: 'percent' | 'persons' | 'count' | 'ratio' | 'days';
  readonly decimals: number;
  readonly direction: 'higher-is-better' | 'lower-is-better' | 'neutral';
  readonly frequency: 'month' | 'year';
  readonly category: 'activity' | 'effectiveness' | 'efficiency';
  readonly source: SourceRef;
  readonly synthetic: false;
}

function catalogueLabel(catalogue: Map<string, CatalogueRow>, id: string): Label {
  const row = catalogue.get(id);
  if (row === undefined) throw new Error(`indicator missing from the catalogue: ${JSON.stringify(id)}`);
  return row.name;
}

/**
 * The indicators, with fi/sv/en labels from `indicator_catalogue.csv` where it has them
 * (directions follow the catalogue too, except where decision 0301 says otherwise).
 */
export function indicatorDefs(): IndicatorDef[] {
  const c = readCatalogue();
  return [
    {
      id: IDS.unemployedShare,
      label: catalogueLabel(c, 'unemployed_share_of_labour_force'),
      description: {
        fi: 'Työttömät työnhakijat prosentteina työvoimasta laskentapäivänä. Työvoiman luku päivitetään joka tammikuu.',
        sv: 'Arbetslösa arbetssökande i procent av arbetskraften på räknedagen. Arbetskraftens antal uppdateras varje januari.',
        en: 'Unemployed jobseekers as a percentage of the labour force on the count day. The labour force figure is updated every January.',
      },
      unit: 'percent',
      decimals: 1,
      direction: 'lower-is-better',
      frequency: 'month',
      category: 'effectiveness',
      source: SOURCE_12R5,
      synthetic: false,
    },
    {
      id: IDS.unemployed,
      label: catalogueLabel(c, 'unemployed_jobseekers'),
      unit: 'persons',
      decimals: 0,
      direction: 'lower-is-better',
      frequency: 'month',
      category: 'effectiveness',
      source: SOURCE_1001,
      synthetic: false,
    },
    {
      id: IDS.labourForce,
      label: { fi: 'Työvoima', sv: 'Arbetskraft', en: 'Labour force' },
      description: {
        fi: 'Työttömien osuuden nimittäjä; sama luku koko kalenterivuoden.',
        sv: 'Nämnaren i andelen arbetslösa; samma tal hela kalenderåret.',
        en: 'The denominator of the unemployed share; one figure for the whole calendar year.',
      },
      unit: 'persons',
      decimals: 0,
      direction: 'neutral',
      frequency: 'month',
      category: 'effectiveness',
      source: SOURCE_1001,
      synthetic: false,
    },
    {
      id: IDS.openVacancies,
      label: catalogueLabel(c, 'open_vacancies'),
      unit: 'count',
      decimals: 0,
      direction: 'neutral',
      frequency: 'month',
      category: 'activity',
      source: SOURCE_1001,
      synthetic: false,
    },
    {
      id: IDS.vacanciesPerUnemployed,
      label: {
        fi: 'Avoimia työpaikkoja työtöntä työnhakijaa kohden',
        sv: 'Lediga jobb per arbetslös arbetssökande',
        en: 'Open vacancies per unemployed jobseeker',
      },
      description: {
        fi: 'Avoimet työpaikat kuun lopussa jaettuna työttömillä työnhakijoilla (laskettu taulukosta 1001).',
        sv: 'Lediga jobb vid månadens slut delat med arbetslösa arbetssökande (beräknat ur tabell 1001).',
        en: 'Open vacancies at the end of the month divided by unemployed jobseekers (computed from table 1001).',
      },
      unit: 'ratio',
      decimals: 2,
      direction: 'neutral',
      frequency: 'month',
      category: 'efficiency',
      source: SOURCE_1001,
      synthetic: false,
    },
    {
      id: IDS.vacanciesOpenDuringMonth,
      label: {
        fi: 'Avoinna olleet työpaikat kuukauden aikana',
        sv: 'Lediga jobb under månaden',
        en: 'Vacancies open during the month',
      },
      unit: 'count',
      decimals: 0,
      direction: 'neutral',
      frequency: 'month',
      category: 'activity',
      source: SOURCE_2310,
      synthetic: false,
    },
    {
      id: IDS.newVacancies,
      label: catalogueLabel(c, 'new_vacancies'),
      unit: 'count',
      decimals: 0,
      direction: 'higher-is-better',
      frequency: 'month',
      category: 'activity',
      source: SOURCE_2310,
      synthetic: false,
    },
    {
      id: IDS.filledVacancies,
      label: {
        fi: 'Täyttyneet työpaikat kuukauden aikana',
        sv: 'Tillsatta jobb under månaden',
        en: 'Vacancies filled during the month',
      },
      unit: 'count',
      decimals: 0,
      direction: 'higher-is-better',
      frequency: 'month',
      category: 'activity',
      source: SOURCE_2310,
      synthetic: false,
    },
    {
      id: IDS.vacancyDaysOpen,
      label: catalogueLabel(c, 'vacancy_fill_days'),
      unit: 'days',
      decimals: 0,
      direction: 'lower-is-better',
      frequency: 'month',
      category: 'efficiency',
      source: SOURCE_2310,
      synthetic: false,
    },
    {
      id: IDS.population,
      label: { fi: 'Väestö 31.12.', sv: 'Befolkning 31.12', en: 'Population on 31 December' },
      unit: 'persons',
      decimals: 0,
      direction: 'neutral',
      frequency: 'year',
      category: 'effectiveness',
      source: SOURCE_POPULATION,
      synthetic: false,
    },
  ];
}
