import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Tracks the host's content width with a ResizeObserver and re-renders when it changes by a
 * whole pixel; charts lay themselves out to it. Starts from `fallback` before the first
 * measurement (and in environments without ResizeObserver).
 */
export class ResizeController implements ReactiveController {
  readonly #host: Host;
  #observer: ResizeObserver | undefined;
  #width: number;

  constructor(host: Host, fallback = 320) {
    this.#host = host;
    this.#width = fallback;
    host.addController(this);
  }

  /** The host's content width in CSS pixels. */
  get width(): number {
    return this.#width;
  }

  hostConnected(): void {
    // Measured now, so the first render already has the real width (no re-layout jump).
    const now = Math.floor(this.#host.getBoundingClientRect().width);
    if (now > 0) this.#width = now;
    if (typeof ResizeObserver === 'undefined') return;
    this.#observer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w > 0 && w !== this.#width) {
        this.#width = w;
        // Re-rendering inside the observer's callback would resize the host again in the same
        // frame ("ResizeObserver loop" error); the next frame is soon enough.
        requestAnimationFrame(() => this.#host.requestUpdate());
      }
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
