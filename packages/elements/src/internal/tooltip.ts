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

/** Whether `target` (a pointer event's `relatedTarget`) is inside a tooltip. */
export function isInTooltip(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[part="tooltip"]') !== null;
}

/**
 * A tooltip that follows pointer hover and keyboard focus on the marks (WCAG 1.4.13): hoverable
 * (the pointer can move onto it without it closing; end a mark's hover with {@link leave}),
 * dismissible with Escape without moving focus or the pointer, and persistent until the pointer
 * leaves both mark and tooltip, focus leaves the mark, or Escape. The text is plain text.
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
  // A tooltip opened by hover alone has no focus inside the element, so Escape is heard on the
  // document too; it only closes, never stops the key from reaching the page.
  readonly #onDocumentKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.#content) this.hide();
  };
  readonly #onTooltipLeave = (e: PointerEvent): void => {
    this.leave(e);
  };

  /** Called whenever the tooltip closes (e.g. to clear a crosshair that followed it). */
  onClose: (() => void) | undefined = undefined;

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
    this.#host.ownerDocument.addEventListener('keydown', this.#onDocumentKeydown);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('keydown', this.#onKeydown);
    this.#host.ownerDocument.removeEventListener('keydown', this.#onDocumentKeydown);
  }

  show(content: TooltipContent): void {
    this.#content = content;
    this.#host.requestUpdate();
  }

  hide(): void {
    if (!this.#content) return;
    this.#content = undefined;
    this.#host.requestUpdate();
    this.onClose?.();
  }

  /**
   * Ends a pointer hover (a mark's or the tooltip's `pointerleave`): closes the tooltip unless the
   * pointer moved onto the tooltip itself, so its text can be hovered, selected or magnified.
   */
  leave(e: PointerEvent): void {
    if (isInTooltip(e.relatedTarget)) return;
    this.hide();
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
      @pointerleave=${this.#onTooltipLeave}
    >
      ${c.lines.map((l) => html`<div>${l}</div>`)}
    </div>`;
  }
}
