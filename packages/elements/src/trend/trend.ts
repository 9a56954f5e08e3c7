import { MittariTrend } from './trend.component.js';

export { MittariTrend };
export type {
  TrendAnnotation,
  TrendData,
  TrendSeriesData,
  TrendTargetData,
  TrendLabel,
} from './trend-data.js';

if (typeof customElements !== 'undefined' && !customElements.get('mittari-trend')) {
  customElements.define('mittari-trend', MittariTrend);
}

declare global {
  interface HTMLElementTagNameMap {
    'mittari-trend': MittariTrend;
  }
}
