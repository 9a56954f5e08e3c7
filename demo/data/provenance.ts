/**
 * Where every figure of the embedded dataset comes from. Addresses are the tables' StatFin
 * pages; the files themselves were taken from the public repositories named in
 * `../shared/data/README.md`, which keep the pull date and commit.
 */

/** A source as the dataset format writes it (decision 0002). */
export interface SourceRef {
  readonly name: string;
  readonly url: string;
  readonly licence: string;
  readonly table: string;
}

/** The licence of every statistic and boundary used here. */
export const LICENCE = 'CC BY 4.0';

/** The date table 12r5 was pulled from StatFin (the newest pull in the shared data). */
export const PULLED_12R5 = '2025-03-19';

/** Table 12r5: unemployed jobseekers' share of the labour force by municipality (2025 division). */
export const SOURCE_12R5: SourceRef = {
  name: 'Tilastokeskus / TEM, työnvälitystilasto (Statistics Finland / Ministry of Economic Affairs and Employment, Employment Service Statistics)',
  url: 'https://pxdata.stat.fi/PxWeb/pxweb/fi/StatFin/StatFin__tyonv/statfin_tyonv_pxt_12r5.px/',
  licence: LICENCE,
  table: '12r5',
};

/** Table 1001: unemployed jobseekers, labour force and open vacancies (discontinued StatFin table). */
export const SOURCE_1001: SourceRef = {
  name: 'Tilastokeskus / TEM, työnvälitystilasto (Statistics Finland / Ministry of Economic Affairs and Employment, Employment Service Statistics)',
  url: 'https://pxnet2.stat.fi/PXWeb/pxweb/fi/StatFin/StatFin__tym__tyonv__kk/statfin_tyonv_pxt_1001.px/',
  licence: LICENCE,
  table: '1001',
};

/** Table 2310: vacancy flows and mean days open (discontinued StatFin table). */
export const SOURCE_2310: SourceRef = {
  name: 'Tilastokeskus / TEM, työnvälitystilasto (Statistics Finland / Ministry of Economic Affairs and Employment, Employment Service Statistics)',
  url: 'https://pxnet2.stat.fi/PXWeb/pxweb/fi/StatFin/StatFin__tym__tyonv__kk/statfin_tyonv_pxt_2310.px/',
  licence: LICENCE,
  table: '2310',
};

/** Population on 31 December by municipality (THL Sotkanet). */
export const SOURCE_POPULATION: SourceRef = {
  name: 'THL, Sotkanet.fi — väestö 31.12. (Finnish Institute for Health and Welfare; population data of Statistics Finland)',
  url: 'https://sotkanet.fi/',
  licence: LICENCE,
  table: 'Sotkanet: väestö 31.12.',
};

/** Area classifications: which municipality belongs to which larger area in which year. */
export const SOURCE_CLASSIFICATIONS: SourceRef = {
  name: 'Tilastokeskus, alueluokitukset ja kuntapohjaiset vastaavuustaulukot (Statistics Finland, classifications)',
  url: 'https://stat.fi/fi/luokitukset/',
  licence: LICENCE,
  table: 'kunta_1_20250101 and correspondence tables',
};

/** Boundaries drawn with this data (through @mittari/geo-fi). */
export const SOURCE_BOUNDARIES: SourceRef = {
  name: 'Maanmittauslaitos, hallinnolliset aluejaot 1:4,5 milj. (National Land Survey of Finland); base map Statistics Finland',
  url: 'https://www.maanmittauslaitos.fi/en/opendata-licence-cc40',
  licence: LICENCE,
  table: 'administrative areas 1:4.5M',
};
