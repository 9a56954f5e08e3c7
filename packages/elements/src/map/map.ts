import { MittariMap } from './map.component.js';

export { MittariMap };

if (typeof customElements !== 'undefined' && !customElements.get('mittari-map'))
  customElements.define('mittari-map', MittariMap);

declare global {
  interface HTMLElementTagNameMap {
    'mittari-map': MittariMap;
  }
}
