import { MittariLangSwitch } from './lang-switch.component.js';

export { MittariLangSwitch };

// Guarded so a CMS bundle and an npm copy on one page, or a Node import, never throw.
if (typeof customElements !== 'undefined' && !customElements.get('mittari-lang-switch')) {
  customElements.define('mittari-lang-switch', MittariLangSwitch);
}

declare global {
  interface HTMLElementTagNameMap {
    'mittari-lang-switch': MittariLangSwitch;
  }
}
