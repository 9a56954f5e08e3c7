import type { Locale } from '@mittari/core';

const SUPPORTED: readonly Locale[] = ['fi', 'sv', 'en'];

/**
 * Maps a BCP 47 tag to a Mittari locale (`fi-FI` → `fi`, `sv-FI`/`sv-SE` → `sv`, `en-GB` → `en`);
 * `undefined` for anything else, so the caller keeps looking further up.
 *
 * @example
 * ```ts
 * toLocale('sv-FI'); // "sv"
 * toLocale('de');    // undefined
 * ```
 */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return SUPPORTED.find((l) => l === base);
}

/** The parent of a node, stepping out of a shadow root to its host. */
function parentAcrossShadow(node: Node): Node | null {
  if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
  return node.parentNode;
}

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (across shadow
 * roots), else the document's, else Finnish. An unsupported `lang` (e.g. `de`) is skipped.
 *
 * @example
 * ```ts
 * resolveLocale(gauge); // "sv" inside <section lang="sv">
 * ```
 */
export function resolveLocale(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const l = toLocale(node.getAttribute('lang'));
      if (l) return l;
    }
    node = parentAcrossShadow(node);
  }
  return toLocale(globalThis.document?.documentElement.getAttribute('lang')) ?? 'fi';
}
