import { html, nothing, type TemplateResult } from 'lit';
import { msg, type Locale, type MessageKey } from '@mittari/core';
import type { LoadFailure } from './load-state.js';
import { text } from './text.js';

const ERROR_KEYS: Readonly<Record<string, MessageKey>> = {
  network: 'error.network',
  timeout: 'error.timeout',
  http: 'error.http',
  'rate-limited': 'error.rate-limited',
  'too-many-cells': 'error.too-many-cells',
  parse: 'error.parse',
  schema: 'error.schema',
  'not-found': 'error.not-found',
  unsupported: 'error.unsupported',
  aborted: 'error.aborted',
  'no-source': 'error.no-source',
  'no-input': 'error.no-data-input',
};

/**
 * The translated sentence for a load failure.
 *
 * @example
 * ```ts
 * failureMessage({ code: 'http', status: 503 }, 'fi'); // "Tietolähde palautti virheen (503)."
 * ```
 */
export function failureMessage(failure: LoadFailure, locale: Locale): string {
  const key = ERROR_KEYS[failure.code] ?? 'error.generic';
  return msg(key, locale, { status: failure.status ?? '', id: failure.what ?? '' });
}

/**
 * The loading state: a polite live region in a box of the element's resting height, so nothing
 * jumps when the chart arrives. The height is set through CSSOM (a `.style` property binding), not a
 * `style` attribute: a strict CSP (`style-src` without 'unsafe-inline') blocks the attribute, and
 * Lit's `styleMap` writes the attribute on first render.
 */
export function renderLoading(locale: Locale, minHeight = '6rem'): TemplateResult {
  return html`<div
    class="state state-loading"
    part="state loading"
    role="status"
    aria-live="polite"
    .style=${`min-height:${minHeight}`}
  >
    <span class="spinner" aria-hidden="true"></span>${text('loading', locale)}
  </div>`;
}

/**
 * The error state: what went wrong (translated), what failed, and a retry button.
 * Rendered as an alert so screen readers announce it once.
 */
export function renderError(
  failure: LoadFailure,
  locale: Locale,
  onRetry: (() => void) | undefined,
): TemplateResult {
  return html`<div class="state state-error" part="state error" role="alert">
    <p class="state-message">${failureMessage(failure, locale)}</p>
    ${
      failure.what && failure.code !== 'no-source'
        ? html`<p class="state-what">${msg('error.source', locale, { what: failure.what })}</p>`
        : nothing
    }
    ${onRetry ? html`<button type="button" part="retry" @click=${onRetry}>${text('retry', locale)}</button>` : nothing}
  </div>`;
}

/** The empty state: the selection has no data. A status message, not an error. */
export function renderEmpty(locale: Locale): TemplateResult {
  return html`<div class="state state-empty" part="state empty" role="status">${text('empty', locale)}</div>`;
}

/** The partial-data note shown under a chart when some values are suppressed, missing or provisional. */
export function renderPartialNote(locale: Locale, detail?: string): TemplateResult {
  return html`<p class="state-partial" part="partial" role="note">
    <span aria-hidden="true">※ </span
    >${msg('state.partial.values', locale)}${detail ? html` ${detail}` : nothing}
  </p>`;
}
