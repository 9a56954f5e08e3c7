import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '@mittari/core';
import { resolveLocale } from './locale.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected controller; one MutationObserver for the page serves them all. */
const controllers = new Set<LangController>();
let observer: MutationObserver | undefined;

function startObserving(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const c of controllers) c.refresh();
  });
  // `lang` can change on any ancestor (a lang switch sets it on a container), so the whole
  // document is watched, but only for that one attribute.
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function stopObservingIfIdle(): void {
  if (controllers.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

/**
 * Keeps `host` told which language it speaks (its `lang`, else the nearest ancestor's, else the
 * document's) and re-renders it live when any of those change.
 *
 * @example
 * ```ts
 * class MyEl extends LitElement { #lang = new LangController(this); render() { return this.#lang.locale; } }
 * ```
 */
export class LangController implements ReactiveController {
  readonly #host: Host;
  #locale: Locale = 'fi';

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The language the host speaks now. */
  get locale(): Locale {
    return this.#locale;
  }

  hostConnected(): void {
    controllers.add(this);
    startObserving();
    this.#locale = resolveLocale(this.#host);
  }

  hostDisconnected(): void {
    controllers.delete(this);
    stopObservingIfIdle();
  }

  /** Re-reads the language; requests a render only when it changed. */
  refresh(): void {
    const next = resolveLocale(this.#host);
    if (next !== this.#locale) {
      this.#locale = next;
      this.#host.requestUpdate();
    }
  }
}
