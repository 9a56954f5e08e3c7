// Types the Mittari tags in Vue templates (Volar): reference this file, and tell Vue's compiler
// that tags starting with `mittari-` are custom elements (`isCustomElement`).
import type { MittariElementProps } from './element-props.js';

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends MittariElementProps {}
}
