import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** What a tooltip shows and where (in the chart container's coordinates). */
export interface TooltipContent {
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
}

/**
 * A tooltip that follows pointer hover and keyboard focus on the marks, and closes on Escape
 * (WCAG 1.4.13: dismissible without moving focus or the pointer). The text is plain text.
 *
 * @example
 * ```ts
 * #tip = new TooltipController(this);
 * // on a mark: @focus=${() => this.#tip.show({ lines: ['…'], x, y })} @blur=${() => this.#tip.hide()}
 * ```
 */
export class TooltipController implements ReactiveController {
  readonly #host: Host;
  #content: TooltipContent | undefined;
  readonly #onKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.#content) {
      e.stopPropagation();
      this.hide();
    }
  };

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** Whether the tooltip is showing. */
  get open(): boolean {
    return this.#content !== undefined;
  }

  hostConnected(): void {
    this.#host.addEventListener('keydown', this.#onKeydown);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('keydown', this.#onKeydown);
  }

  show(content: TooltipContent): void {
    this.#content = content;
    this.#host.requestUpdate();
  }

  hide(): void {
    if (!this.#content) return;
    this.#content = undefined;
    this.#host.requestUpdate();
  }

  /** The tooltip element; place it inside the chart's positioned container. */
  render(id = 'tooltip'): TemplateResult | typeof nothing {
    const c = this.#content;
    if (!c) return nothing;
    return html`<div
      id=${id}
      class="tooltip"
      part="tooltip"
      role="tooltip"
      .style=${`left:${Math.round(c.x)}px;top:${Math.round(c.y)}px`}
    >
      ${c.lines.map((l) => html`<div>${l}</div>`)}
    </div>`;
  }
}
