import { html, nothing, type TemplateResult } from 'lit';
import type { DatasetMeta, Indicator, Locale, Source } from '@mittari/core';
import { text } from './text.js';
import { intlLocale } from './intl-locale.js';

/**
 * A date of metadata (`YYYY-MM-DD` or an ISO timestamp) in the language's short form, in UTC so
 * the day never shifts with the reader's time zone.
 *
 * @example
 * ```ts
 * formatUpdated('2025-03-19', 'fi'); // "19.3.2025"
 * ```
 */
export function formatUpdated(updated: string, locale: Locale): string {
  const d = new Date(updated.length === 10 ? `${updated}T00:00:00Z` : updated);
  if (Number.isNaN(d.getTime())) return updated;
  return updatedFormat(locale).format(d);
}

// Building an Intl formatter costs far more than using one, and every render of every chart
// writes this date: one formatter per language.
const updatedFormats = new Map<Locale, Intl.DateTimeFormat>();

function updatedFormat(locale: Locale): Intl.DateTimeFormat {
  let f = updatedFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(locale), {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    });
    updatedFormats.set(locale, f);
  }
  return f;
}

/** What the source line says: the sources, the licence and when the data was last updated. */
export interface SourceLineInfo {
  readonly sources: readonly Source[];
  readonly licence?: string;
  readonly updated?: string;
}

/** The source line facts for one indicator of a dataset: its own source first, else the dataset's. */
export function sourceInfo(meta: DatasetMeta | undefined, indicator: Indicator | undefined): SourceLineInfo {
  const sources = indicator?.source ? [indicator.source] : (meta?.sources ?? []);
  const licence = meta?.licence ?? sources.find((s) => s.licence)?.licence;
  return {
    sources,
    ...(licence !== undefined ? { licence } : {}),
    ...(meta?.updated !== undefined ? { updated: meta.updated } : {}),
  };
}

function sourceName(s: Source): TemplateResult | string {
  // Only http(s) links are made clickable: a `javascript:` URL in data stays plain text.
  return s.url && /^https?:\/\//i.test(s.url)
    ? html`<a href=${s.url} rel="noopener noreferrer">${s.name}</a>`
    : s.name;
}

/**
 * The source line under every chart: "Lähde: … · Lisenssi: … · Päivitetty: …". Renders nothing
 * when there is nothing to say.
 */
export function renderSourceLine(info: SourceLineInfo, locale: Locale): TemplateResult | typeof nothing {
  if (info.sources.length === 0 && !info.licence && !info.updated) return nothing;
  const parts: (TemplateResult | string)[] = [];
  if (info.sources.length > 0) {
    parts.push(
      html`${text('source', locale)}:
      ${info.sources.map((s, i) => html`${i > 0 ? ', ' : ''}${sourceName(s)}`)}`,
    );
  }
  if (info.licence) parts.push(html`${text('licence', locale)}: ${info.licence}`);
  if (info.updated) parts.push(text('updated', locale, { date: formatUpdated(info.updated, locale) }));
  return html`<p class="source-line" part="source">
    ${parts.map((p, i) => html`${i > 0 ? ' · ' : ''}${p}`)}
  </p>`;
}
