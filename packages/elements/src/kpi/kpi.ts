import { MittariKpi } from './kpi.component.js';

export { MittariKpi };

// Guarded so a CMS bundle and an npm copy on one page, or a Node import, never throw.
if (typeof customElements !== 'undefined' && !customElements.get('mittari-kpi')) {
  customElements.define('mittari-kpi', MittariKpi);
}

declare global {
  interface HTMLElementTagNameMap {
    'mittari-kpi': MittariKpi;
  }
}
