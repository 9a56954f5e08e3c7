import { MittariSource } from './source.component.js';

export { MittariSource };

// Guarded so a CMS bundle and an npm copy on one page, or a Node import, never throw.
if (typeof customElements !== 'undefined' && !customElements.get('mittari-source')) {
  customElements.define('mittari-source', MittariSource);
}

declare global {
  interface HTMLElementTagNameMap {
    'mittari-source': MittariSource;
  }
}
