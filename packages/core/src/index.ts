/**
 * @mittari/core — the indicator data model, periods, steering analytics and fi/sv/en text.
 * Pure functions: no DOM, no network.
 *
 * @packageDocumentation
 */

// Results and errors
export { fail, ok, MAX_ISSUES } from './result.js';
export type { Issue, ParseError, Result } from './result.js';

// Vocabulary: the closed lists and `localize`, from the module without zod, so a bundle that
// only needs a list never loads the schemas (and zod) with it.
export {
  AREA_LEVELS,
  CATEGORIES,
  DIRECTIONS,
  FREQUENCIES,
  LOCALES,
  localize,
  OBSERVATION_STATUSES,
  UNITS,
} from './vocabulary.js';

// Schemas: primitives
export {
  AreaLevel,
  Category,
  Direction,
  Frequency,
  Locale,
  LocalizedText,
  ObservationStatus,
  Unit,
} from './schemas/primitives.js';

// Schemas: the data model
export { Source } from './schemas/source.js';
export { INDICATOR_ID_PATTERN, Indicator } from './schemas/indicator.js';
export { Area, Membership } from './schemas/area.js';
export { Target, Tolerance } from './schemas/target.js';
export { Annotation } from './schemas/annotation.js';
export { Observation } from './schemas/observation.js';
export { PERIOD_PATTERN, PeriodString } from './schemas/period-schema.js';
export {
  ColumnObservations,
  DATASET_FORMAT,
  DatasetDocument,
  DatasetMeta,
  RowObservation,
} from './schemas/dataset.js';

// Dataset: parsing and the in-memory model
export { parseDataset } from './parse.js';
export type { ParseDatasetOptions } from './parse.js';
export { membersOf } from './dataset.js';
export type { Dataset } from './dataset.js';
export { ObservationStore, statusIndex } from './store.js';
export type { ObservationColumns, ObservationQuery, StoreColumns } from './store.js';

// Area codes
export { areaLevelOfCode, isCanonicalAreaCode, normalizeAreaCode } from './area-code.js';
export type { AreaCode } from './area-code.js';

// Periods
export {
  comparePeriods,
  convertPeriod,
  isPeriod,
  MAX_PERIOD_RANGE,
  parsePeriod,
  periodDistance,
  periodEnd,
  periodFrequency,
  periodRange,
  periodStart,
  periodsPerYear,
  periodYear,
  shiftPeriod,
  yearEarlier,
} from './period.js';
export type { Period } from './period.js';

// Privacy: small counts
export {
  applySecondarySuppression,
  DEFAULT_SUPPRESS_BELOW,
  isCountUnit,
  secondaryCell,
  suppressSmallCounts,
} from './suppression.js';
export type { Cell, SuppressOptions } from './suppression.js';

// Analytics: computed values and their statuses
export { cell, combineStatus, hasValue, toCell } from './cell.js';

// Analytics: target attainment
export { attainment, findTarget } from './attainment.js';
export type { Attainment, AttainmentInput, AttainmentStatus } from './attainment.js';

// Analytics: comparison across areas
export { compareToReference, quantileClasses, quantileSorted, rankAreas, rankPositions } from './compare.js';
export type {
  AreaValue,
  CompareOptions,
  Comparison,
  QuantileClasses,
  RankOptions,
  Ranked,
  RankPositions,
} from './compare.js';

// Analytics: trends
export {
  changeFrom,
  compoundGrowth,
  crossesBreak,
  linearTrend,
  previousPeriodChange,
  rollingMean,
  yearOnYear,
} from './trend.js';
export type { Change, ChangeStatus, LinearTrend, SeriesPoint, TrendOptions } from './trend.js';

// Analytics: efficiency
export { perCapita, ratio, ratioSeries } from './efficiency.js';

// Analytics: aggregation with coverage
export { aggregate } from './aggregate.js';
export type { AggregateInput, Aggregated } from './aggregate.js';

// Text: the message catalogue
export { addMessages, COMMON_MESSAGES, FINNISH_MESSAGES, isMessageKey, msg } from './i18n/messages.js';
export type {
  CommonMessageKey,
  MessageCatalogue,
  MessageFamily,
  MessageKey,
  MessageParams,
} from './i18n/messages.js';
export { GAUGE_MESSAGES } from './i18n/messages-gauge.js';
export type { GaugeMessageKey } from './i18n/messages-gauge.js';
export { KPI_MESSAGES } from './i18n/messages-kpi.js';
export type { KpiMessageKey } from './i18n/messages-kpi.js';
export { MAP_MESSAGES } from './i18n/messages-map.js';
export type { MapMessageKey } from './i18n/messages-map.js';
export { TREND_MESSAGES } from './i18n/messages-trend.js';
export type { TrendMessageKey } from './i18n/messages-trend.js';
export { MESSAGE_FAMILIES, MESSAGE_KEYS, MESSAGES } from './i18n/catalogue.js';

// Text: formatting
export {
  formatChange,
  formatNumber,
  formatPeriod,
  formatShare,
  formatValue,
  INTL_LOCALES,
  pluralForm,
  statusLabel,
} from './i18n/format.js';
export type { NumberOptions, ValueOptions } from './i18n/format.js';

// Text: summaries for tooltips and screen readers
export { describeObservation, describeRank } from './i18n/describe.js';
export type { DescribeInput } from './i18n/describe.js';
