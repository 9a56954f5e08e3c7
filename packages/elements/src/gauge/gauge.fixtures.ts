// Shared by the gauge, KPI and table tests and stories. REAL DATA: an excerpt of
// demo/data/employment-area.json (built by the demo data script from StatFin table 12r5 via
// /work/shared/data/statistics/tyonv_12r5_unemployment_share_by_municipality_2007_2025M01.csv,
// CC BY 4.0, Statistics Finland / TEM): unemployed jobseekers' share of the labour force for three
// employment areas, 2023-01 … 2025-01 (values for areas are labour-force-weighted estimates, see
// the dataset notes). The targets are the demo's EXAMPLE targets (`example: true`): no authority set them.
import type { DatasetDocument } from '@mittari/core';
import { TE24_BREAK, exampleTarget, labourForceRevision } from '../internal/demo-excerpt.fixtures.js';

/** Real figures (see the file comment): TA39 Tampere region, TA28 North and East Lapland, TA15 Kirkkonummi-Vihti-Siuntio. */
export const EMPLOYMENT_AREAS_EXCERPT: DatasetDocument = {
  format: 'mittari/1',
  meta: {
    title: {
      fi: 'Työmarkkinat: työllisyysalueet (julkiset tilastot)',
      sv: 'Arbetsmarknaden: sysselsättningsområden (offentlig statistik)',
      en: 'Labour market: employment areas (public statistics)',
    },
    description: {
      fi: 'Mittarin esittelyaineisto: työttömyys, työvoima, avoimet työpaikat ja väestö julkisista tilastoista.',
      sv: 'Mittaris demomaterial: arbetslöshet, arbetskraft, lediga jobb och befolkning ur offentlig statistik.',
      en: "Mittari's demo dataset: unemployment, labour force, vacancies and population from public statistics.",
    },
    sources: [
      {
        name: 'Tilastokeskus / TEM, työnvälitystilasto (Statistics Finland / Ministry of Economic Affairs and Employment, Employment Service Statistics)',
        url: 'https://pxdata.stat.fi/PxWeb/pxweb/fi/StatFin/StatFin__tyonv/statfin_tyonv_pxt_12r5.px/',
        licence: 'CC BY 4.0',
        table: '12r5',
      },
      {
        name: 'Tilastokeskus / TEM, työnvälitystilasto (Statistics Finland / Ministry of Economic Affairs and Employment, Employment Service Statistics)',
        url: 'https://pxnet2.stat.fi/PXWeb/pxweb/fi/StatFin/StatFin__tym__tyonv__kk/statfin_tyonv_pxt_1001.px/',
        licence: 'CC BY 4.0',
        table: '1001',
      },
    ],
    licence: 'CC BY 4.0',
    updated: '2025-03-19',
    notes: [
      {
        fi: 'Työttömien osuus on taulukosta 12r5 vuoden 2025 kuntajaolla. Kuntaa suurempien alueiden osuudet ovat arvioita (estimate): kuntien osuuksien painotettu keskiarvo, painona kunnan työvoima taulukosta 1001 samalta kuukaudelta (2020 kuntajaolta siirrettynä vuoden 2025 kuntajaolle) ja lokakuun 2020 jälkeen lokakuun 2020 työvoima. Arvo julkaistaan, kun arvon saaneiden kuntien työvoima kattaa vähintään 90 % alueen työvoimasta; kattavuus alle 100 % kerrotaan havainnon huomautuksessa.',
        sv: 'Andelen arbetslösa kommer från tabell 12r5 enligt 2025 års kommunindelning. Andelarna för områden större än en kommun är uppskattningar (estimate): ett vägt medelvärde av kommunernas andelar med kommunens arbetskraft ur tabell 1001 samma månad som vikt (flyttad från 2020 års till 2025 års kommunindelning) och efter oktober 2020 arbetskraften i oktober 2020. Värdet publiceras när kommunerna med värde täcker minst 90 % av områdets arbetskraft; en täckning under 100 % anges i observationens anmärkning.',
        en: "The unemployed share is table 12r5 on the 2025 municipal division. Shares of areas larger than a municipality are estimates: the mean of the municipal shares weighted by each municipality's labour force from table 1001 in the same month (moved from the 2020 to the 2025 municipal division), and after October 2020 by the labour force of October 2020, carried forward. A value is published when the municipalities with a value cover at least 90 % of the area's labour force; coverage below 100 % is stated in the observation's note.",
      },
      {
        fi: 'Esimerkkitavoite: alueen oma työttömien osuuden vuosikeskiarvo kolme vuotta aiemmin miinus yksi prosenttiyksikkö, toleranssi ±0,5 prosenttiyksikköä. Tavoitteita ei ole asettanut mikään viranomainen.',
        sv: 'Exempelmål: områdets eget årsmedelvärde av andelen arbetslösa tre år tidigare minus en procentenhet, tolerans ±0,5 procentenheter. Inga mål har fastställts av någon myndighet.',
        en: "Example target: the area's own annual mean unemployed share three years earlier minus one percentage point, tolerance ±0.5 percentage points. No authority set these targets.",
      },
    ],
  },
  indicators: [
    {
      id: 'unemployed-share',
      label: {
        fi: 'Työttömien työnhakijoiden osuus työvoimasta',
        sv: 'Andelen arbetslösa arbetssökande av arbetskraften',
        en: 'Unemployed jobseekers as % of labour force',
      },
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
      source: {
        name: 'Tilastokeskus / TEM, työnvälitystilasto (Statistics Finland / Ministry of Economic Affairs and Employment, Employment Service Statistics)',
        url: 'https://pxdata.stat.fi/PxWeb/pxweb/fi/StatFin/StatFin__tyonv/statfin_tyonv_pxt_12r5.px/',
        licence: 'CC BY 4.0',
        table: '12r5',
      },
      synthetic: false,
    },
  ],
  areas: [
    {
      code: 'TA15',
      level: 'employment-area',
      label: {
        fi: 'Kirkkonummi-Vihti-Siuntio',
        sv: 'Kyrkslätt-Vichtis-Sjundeå',
        en: 'Kirkkonummi-Vihti-Siuntio',
      },
    },
    {
      code: 'TA28',
      level: 'employment-area',
      label: {
        fi: 'Pohjois- ja Itä-Lappi',
        sv: 'Norra och Östra Lappland',
        en: 'North and East Lapland',
      },
    },
    {
      code: 'TA39',
      level: 'employment-area',
      label: {
        fi: 'Tampereen seutu',
        sv: 'Tammerforsregionen',
        en: 'Tampere region',
      },
    },
  ],
  observations: {
    indicators: ['unemployed-share'],
    areas: ['TA39', 'TA28', 'TA15'],
    periods: [
      '2023-01',
      '2023-02',
      '2023-03',
      '2023-04',
      '2023-05',
      '2023-06',
      '2023-07',
      '2023-08',
      '2023-09',
      '2023-10',
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
    ],
    indicator: [
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 0, 0, 0, 0,
    ],
    area: [
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
      1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
      2, 2, 2, 2, 2,
    ],
    period: [
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 0, 1, 2, 3, 4,
      5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
      10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
    ],
    value: [
      8.7, 8.8, 8.7, 8.5, 8.3, 9.6, 10.1, 9.1, 9.2, 9.5, 9.9, 11.3, 10.9, 10.9, 10.8, 10.3, 10, 11.3, 11.7,
      10.7, 10.8, 11, 11.3, 12.2, 12, 11.1, 10.9, 11, 11.8, 11.7, 11.3, 11.2, 9.8, 9.8, 10.7, 10, 10.3, 10.3,
      10, 9.9, 10.9, 10.7, 10, 10.1, 9.3, 9.5, 9.6, 9.4, 10.1, 10.3, 7, 7, 7, 6.7, 6.7, 7.4, 7.8, 6.9, 6.8, 7,
      7.3, 8.2, 8, 8.1, 8.2, 7.8, 7.8, 8.5, 8.9, 8.2, 8.2, 8.3, 8.5, 9.2, 9.5,
    ],
    status: [
      2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
      2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
      2, 2, 2, 2, 2,
    ],
  },
  targets: [
    exampleTarget('TA15', 2023, 9.3),
    exampleTarget('TA15', 2024, 7.8),
    exampleTarget('TA15', 2025, 5.7),
    exampleTarget('TA28', 2023, 14.4),
    exampleTarget('TA28', 2024, 12.6),
    exampleTarget('TA28', 2025, 10.3),
    exampleTarget('TA39', 2023, 12.5),
    exampleTarget('TA39', 2024, 9.8),
    exampleTarget('TA39', 2025, 7.7),
  ],
  annotations: [
    TE24_BREAK,
    labourForceRevision('2023-01'),
    labourForceRevision('2024-01'),
    labourForceRevision('2025-01'),
  ],
};

/** Hostile labels used by the security tests: they must render as text everywhere. */
export const HOSTILE = {
  img: '<img src=x onerror="globalThis.__pwned=1">',
  script: '<script>globalThis.__pwned=1</script>',
  js: 'javascript:globalThis.__pwned=1',
} as const;

/**
 * SYNTHETIC (made up, `synthetic: true`): hostile labels in every text field, a suppressed
 * month and a provisional one. For tests of escaping and of the suppressed / partial states.
 */
export const SYNTHETIC_HOSTILE_DOCUMENT: DatasetDocument = {
  format: 'mittari/1',
  meta: {
    title: { fi: `Synteettinen ${HOSTILE.script}` },
    sources: [{ name: `Synteettinen lähde ${HOSTILE.img}`, url: HOSTILE.js, licence: 'CC0' }],
    licence: 'CC0',
    updated: '2025-03-19',
    synthetic: true,
  },
  indicators: [
    {
      id: 'synthetic-count',
      label: {
        fi: `Synteettinen ${HOSTILE.img}`,
        sv: `Syntetisk ${HOSTILE.script}`,
        en: `Synthetic ${HOSTILE.js}`,
      },
      unit: 'persons',
      decimals: 0,
      direction: 'higher-is-better',
      frequency: 'month',
      category: 'activity',
      synthetic: true,
    },
  ],
  areas: [
    {
      code: 'TA45',
      level: 'employment-area',
      label: { fi: HOSTILE.img, sv: HOSTILE.script, en: HOSTILE.js },
    },
  ],
  observations: [
    { indicator: 'synthetic-count', area: 'TA45', period: '2025-01', value: 1200, status: 'final' },
    { indicator: 'synthetic-count', area: 'TA45', period: '2025-02', value: 1300, status: 'provisional' },
    { indicator: 'synthetic-count', area: 'TA45', period: '2025-03', value: null, status: 'suppressed' },
  ],
  targets: [
    {
      indicator: 'synthetic-count',
      area: 'TA45',
      period: '2025-01',
      to: '2025-12',
      value: 1250,
      example: true,
    },
  ],
};

/**
 * SYNTHETIC (made up, `synthetic: true`): a count series with a provisional month and a
 * suppressed one, for the partial / suppressed stories and tests. Long Swedish labels on purpose.
 */
export const SYNTHETIC_SUPPRESSED_DOCUMENT: DatasetDocument = {
  format: 'mittari/1',
  meta: {
    title: { fi: 'Synteettinen esimerkki', sv: 'Syntetiskt exempel', en: 'Synthetic example' },
    licence: 'CC0',
    updated: '2025-03-19',
    synthetic: true,
  },
  indicators: [
    {
      id: 'synthetic-placements',
      label: {
        fi: 'Synteettinen: työllistyneet palvelun jälkeen',
        sv: 'Syntetisk: personer som fått arbete efter avslutad sysselsättningsfrämjande tjänst',
        en: 'Synthetic: people employed after a service',
      },
      unit: 'persons',
      decimals: 0,
      direction: 'higher-is-better',
      frequency: 'month',
      category: 'effectiveness',
      synthetic: true,
    },
  ],
  areas: [
    {
      code: 'TA28',
      level: 'employment-area',
      label: { fi: 'Pohjois- ja Itä-Lappi', sv: 'Norra och Östra Lappland', en: 'North and East Lapland' },
    },
  ],
  observations: [
    { indicator: 'synthetic-placements', area: 'TA28', period: '2025-01', value: 120, status: 'final' },
    { indicator: 'synthetic-placements', area: 'TA28', period: '2025-02', value: 131, status: 'final' },
    { indicator: 'synthetic-placements', area: 'TA28', period: '2025-03', value: 128, status: 'provisional' },
    { indicator: 'synthetic-placements', area: 'TA28', period: '2025-04', value: null, status: 'suppressed' },
  ],
  targets: [
    {
      indicator: 'synthetic-placements',
      area: 'TA28',
      period: '2025',
      value: 140,
      tolerance: { kind: 'relative', value: 0.1 },
      example: true,
    },
  ],
};

/**
 * A made-up monthly effectiveness indicator for tests of formatting (huge counts, grouping),
 * marked `synthetic` so nothing presents it as real. Finnish label only.
 */
export function syntheticIndicator(
  id: string,
  label: string,
  unit: 'count' | 'persons',
  direction: 'higher-is-better' | 'lower-is-better' = 'higher-is-better',
) {
  return {
    id,
    label: { fi: label },
    unit,
    decimals: 0,
    direction,
    frequency: 'month',
    category: 'effectiveness',
    synthetic: true,
  } as const;
}
