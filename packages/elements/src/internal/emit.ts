import type { MittariEventMap, MittariEventName } from './events.js';

type DetailOf<K extends MittariEventName> = MittariEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Fires a typed Mittari event from `host`: bubbling and composed, so it crosses shadow roots
 * and reaches a listener on the page.
 *
 * @example
 * ```ts
 * emit(this, 'mittari-select', { element: 'gauge', indicator: 'unemployed-share', area: 'MK06' });
 * ```
 */
export function emit<K extends MittariEventName>(host: EventTarget, name: K, detail: DetailOf<K>): boolean {
  return host.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }),
  );
}
