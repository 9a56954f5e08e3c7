import { MittariRanking } from './ranking.component.js';

export { MittariRanking };

if (typeof customElements !== 'undefined' && !customElements.get('mittari-ranking'))
  customElements.define('mittari-ranking', MittariRanking);

declare global {
  interface HTMLElementTagNameMap {
    'mittari-ranking': MittariRanking;
  }
}
