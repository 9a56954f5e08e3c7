// Types the Mittari tags for React 19 JSX: `/// <reference types="@mittari/elements/react" />`
// or add this file to `compilerOptions.types`. React 19 sets unknown props on custom elements as
// properties when the element has one, so `data={dataset}` passes the object itself.
import type { MittariElementProps } from './element-props.js';

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends MittariElementProps {}
  }
}
