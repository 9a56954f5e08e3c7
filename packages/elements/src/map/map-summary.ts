import { html, type TemplateResult } from 'lit';
import type { Locale } from '@mittari/core';
import type { AreaModel } from '../layout/map-data.js';
import { periodText, summaryText } from './map-facts.js';

/**
 * The map's and the ranking's text summary twice: shown with grouped numbers ("11 700") and
 * hidden from assistive technology, and as `#summary`, the chart's description, visually hidden
 * in the spoken form ("11700"), because a screen reader says a grouped number as two numbers.
 *
 * @example
 * ```ts
 * html`${renderSummary(model, 'region', 'fi')}<svg aria-describedby="summary keys">…</svg>`;
 * ```
 */
export function renderSummary(model: AreaModel, level: string, locale: Locale): TemplateResult {
  const period = periodText(model.period, locale);
  return html`<p class="summary" aria-hidden="true">${summaryText(model, level, locale, period)}</p>
    <p class="visually-hidden" id="summary">
      ${summaryText(model, level, locale, period, 'screen-reader')}
    </p>`;
}
