import { MittariGauge } from './gauge.component.js';

export { MittariGauge };

// Guarded so a CMS bundle and an npm copy on one page, or a Node import, never throw.
if (typeof customElements !== 'undefined' && !customElements.get('mittari-gauge')) {
  customElements.define('mittari-gauge', MittariGauge);
}

declare global {
  interface HTMLElementTagNameMap {
    'mittari-gauge': MittariGauge;
  }
}
