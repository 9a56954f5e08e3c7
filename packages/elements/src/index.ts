/**
 * @mittari/elements — accessible, bilingual web components for steering dashboards.
 * Importing this module registers nothing: import `@mittari/elements/define.js` (or one
 * element's registration module) to define the tags.
 *
 * @packageDocumentation
 */

// Framework tag props (React 19 JSX and Vue: see react.d.ts and vue.d.ts)
export type { MittariDataAttributes, MittariElementProps } from './element-props.js';

// Foundation: base classes, events, theming, export (for building further elements)
export { MittariElement } from './internal/base-element.js';
export type { Theme } from './internal/base-element.js';
export { MittariChartElement } from './internal/chart-element.js';
export type { ExportKind } from './internal/chart-element.js';
export { emit } from './internal/emit.js';
export type {
  MittariEventMap,
  MittariEventName,
  MittariLangChangeDetail,
  MittariSelectDetail,
} from './internal/events.js';
export { TOKENS, tokenStyles } from './internal/tokens.js';
export type { TokenName } from './internal/tokens.js';
export { CSV_DIALECTS, toCsv } from './internal/csv.js';
export { serializeSvg } from './internal/svg-serialize.js';
export type { SerializeOptions } from './internal/svg-serialize.js';
export type { TableCell, TableColumn, TableModel } from './internal/table-model.js';
export type { LoadFailure, LoadState } from './internal/load-state.js';
export { resolveLocale, toLocale } from './internal/locale.js';

// Gauge
export { MittariGauge } from './gauge/gauge.component.js';
export type { GaugeVariant } from './gauge/gauge.component.js';
export type { GaugeData, GaugeSelection, GaugeValue } from './layout/gauge-data.js';
export { selectGaugeData } from './layout/gauge-data.js';
export { gaugeBands, gaugeDomain } from './layout/gauge-scale.js';
export type { Band, BandKind } from './layout/gauge-scale.js';
export { bulletLayout } from './layout/gauge-bullet.js';
export type { BulletLayout } from './layout/gauge-bullet.js';
export { radialLayout } from './layout/gauge-radial.js';
export type { RadialLayout } from './layout/gauge-radial.js';

// KPI tile
export { MittariKpi } from './kpi/kpi.component.js';
export type { KpiData, KpiSelection } from './layout/kpi-data.js';
export { selectKpiData } from './layout/kpi-data.js';

// Table
export { MittariTable } from './table/table.component.js';
export { datasetTable } from './table/table-data.js';
export type { TableSelection } from './table/table-data.js';

// Source
export { MittariSource } from './source/source.component.js';

// Language switch
export { MittariLangSwitch } from './lang-switch/lang-switch.component.js';

// Trend chart
export { MittariTrend } from './trend/trend.component.js';
export type {
  TrendAnnotation,
  TrendData,
  TrendLabel,
  TrendSeriesData,
  TrendTargetData,
} from './trend/trend-data.js';
export { layoutTrend } from './layout/trend-layout.js';
export type { TrendLayout, TrendLayoutInput, XKind } from './layout/trend-layout.js';
export { buildLinePaths } from './layout/trend-lines.js';
export type { LinePaths, LineInput } from './layout/trend-lines.js';
export { timeTicks } from './layout/trend-time-ticks.js';
export type { AxisTick, TimeGrain } from './layout/trend-time-ticks.js';

// Regional comparison map
export { MittariMap } from './map/map.component.js';

// Ranking bars
export { MittariRanking } from './ranking/ranking.component.js';
