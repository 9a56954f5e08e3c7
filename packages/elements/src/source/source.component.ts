import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@mittari/core';
import { MittariElement } from '../internal/base-element.js';
import type { LoadFailure } from '../internal/load-state.js';
import { failureMessage } from '../internal/states.js';
import { stateStyles } from '../internal/states.styles.js';
import type { SourceProvider } from '../internal/source-provider.js';
import { tokenStyles } from '../internal/tokens.js';
import { sourceStyles } from './source.styles.js';

/** Attribute names read into the descriptor, with the descriptor key each one sets. */
const ATTRIBUTE_KEYS = {
  format: 'format',
  url: 'url',
  api: 'api',
  'base-url': 'baseUrl',
  table: 'table',
} as const;

/**
 * Declares a data source for the page; elements name it with `source="ID"`.
 *
 * @tagname mittari-source
 * @summary A client source descriptor (Mittari dataset, JSON-stat, PxWeb, CSV) declared by
 * attributes or by a child `<script type="application/json">` (read as data, never run).
 * Shows nothing unless the declaration is invalid, when it reports the error accessibly.
 *
 * @slot - A `<script type="application/json">` holding the descriptor (other content is ignored).
 * @csspart state - The error box.
 *
 * @cssprop --mittari-color-error - The error text and border.
 */
export class MittariSource extends MittariElement implements SourceProvider {
  /** Shared tokens and state styles, then this element's own; theme through `--mittari-*` properties and parts. */
  static override styles = [tokenStyles, stateStyles, sourceStyles];

  /** `mittari` (default when `url` is given), `json-stat`, `pxweb` or `csv`. */
  @property({ reflect: true }) format: string | undefined = undefined;
  /** The data URL (Mittari dataset, JSON-stat, CSV). */
  @property({ reflect: true }) url: string | undefined = undefined;
  /** PxWeb API version, `v2` or `v1`. */
  @property({ reflect: true }) api: string | undefined = undefined;
  /** PxWeb base URL. */
  @property({ reflect: true, attribute: 'base-url' }) baseUrl: string | undefined = undefined;
  /** PxWeb table id. */
  @property({ reflect: true }) table: string | undefined = undefined;

  @state() private failure: LoadFailure | undefined;
  #pending: Promise<unknown> | undefined;
  #key = '';

  /** The descriptor written in the page, before validation: the JSON script, then attributes over it. */
  rawDescriptor(): unknown {
    const script = this.querySelector('script[type="application/json"]');
    let base: Record<string, unknown> = {};
    if (script?.textContent?.trim()) {
      const parsed: unknown = JSON.parse(script.textContent);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new SyntaxError('descriptor is not an object');
      base = parsed as Record<string, unknown>;
    }
    const out: Record<string, unknown> = { ...base };
    for (const [attr, key] of Object.entries(ATTRIBUTE_KEYS)) {
      const v = this.getAttribute(attr);
      if (v !== null && v !== '') out[key] = v;
    }
    if (out['format'] === undefined && out['url'] !== undefined) out['format'] = 'mittari';
    return out;
  }

  /**
   * The validated source descriptor (client's `parseSourceDescriptor`). Rejects, and shows the
   * error here, when the declaration is invalid.
   */
  descriptor(): Promise<unknown> {
    let raw: unknown;
    try {
      raw = this.rawDescriptor();
    } catch (e) {
      return this.#fail({
        code: 'parse',
        what: `#${this.id}`,
        detail: e instanceof Error ? e.message : String(e),
      });
    }
    const key = JSON.stringify(raw);
    if (this.#pending && key === this.#key) return this.#pending;
    this.#key = key;
    this.#pending = import('../internal/load-remote.js').then(({ parseSourceDescriptor }) => {
      try {
        const d = parseSourceDescriptor(raw);
        this.failure = undefined;
        return d;
      } catch (e) {
        const code = (e as { code?: unknown }).code;
        throw this.#failure({
          code: typeof code === 'string' ? code : 'schema',
          what: `#${this.id}`,
          detail: e instanceof Error ? e.message : String(e),
        });
      }
    });
    return this.#pending;
  }

  #failure(failure: LoadFailure): Error & { failure: LoadFailure } {
    this.failure = failure;
    return Object.assign(new Error(failure.detail ?? failure.code), { failure });
  }

  #fail(failure: LoadFailure): Promise<never> {
    return Promise.reject(this.#failure(failure));
  }

  override render(): TemplateResult | typeof nothing {
    const f = this.failure;
    if (!f) return nothing;
    return html`<div class="state state-error" part="state" role="alert">
      <p class="state-message">
        ${msg('source.failed', this.locale, { id: this.id, message: failureMessage(f, this.locale) })}
      </p>
    </div>`;
  }
}
