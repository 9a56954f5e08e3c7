import { MittariTable } from './table.component.js';

export { MittariTable };

// Guarded so a CMS bundle and an npm copy on one page, or a Node import, never throw.
if (typeof customElements !== 'undefined' && !customElements.get('mittari-table')) {
  customElements.define('mittari-table', MittariTable);
}

declare global {
  interface HTMLElementTagNameMap {
    'mittari-table': MittariTable;
  }
}
