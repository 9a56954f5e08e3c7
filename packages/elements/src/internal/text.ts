import { isMessageKey, msg, type Locale } from '@mittari/core';
import { FALLBACK_TEXT, type FallbackKey } from './text-fallback.js';

/** Parameters substituted into `{name}` placeholders. Values are plain text, never markup. */
export type TextParams = Readonly<Record<string, string | number>>;

/**
 * The elements' text keys that core's catalogue has, under core's key. Core writes words in
 * lower case for use inside sentences; `label: true` capitalises them for use as a label.
 */
const CORE: Partial<Record<FallbackKey, { readonly key: string; readonly label?: boolean }>> = {
  loading: { key: 'state.loading' },
  empty: { key: 'state.empty' },
  retry: { key: 'action.retry' },
  'error.generic': { key: 'error.generic' },
  'error.network': { key: 'error.network' },
  'error.timeout': { key: 'error.timeout' },
  'error.http': { key: 'error.http' },
  'error.parse': { key: 'error.parse' },
  'error.schema': { key: 'error.schema' },
  'error.not-found': { key: 'error.not-found' },
  'error.unsupported': { key: 'error.unsupported' },
  'status.final': { key: 'status.final' },
  'status.provisional': { key: 'status.provisional' },
  'status.estimate': { key: 'status.estimate' },
  'status.suppressed': { key: 'status.suppressed' },
  'status.missing': { key: 'status.missing' },
  'attainment.met': { key: 'attainment.met', label: true },
  'attainment.near': { key: 'attainment.near', label: true },
  'attainment.missed': { key: 'attainment.missed', label: true },
  'attainment.unknown': { key: 'attainment.unknown', label: true },
  target: { key: 'target', label: true },
  'target.example': { key: 'target.example', label: true },
  gap: { key: 'gap', label: true },
  'change.previous': { key: 'change.previous', label: true },
  'change.year': { key: 'change.year', label: true },
  source: { key: 'source' },
  licence: { key: 'licence' },
  updated: { key: 'updated' },
  'data-table': { key: 'table.data' },
  'table.show': { key: 'table.show' },
  'table.hide': { key: 'table.hide' },
  'download.csv': { key: 'download.csv' },
  'download.svg': { key: 'download.svg' },
  'download.png': { key: 'download.png' },
  indicator: { key: 'field.indicator', label: true },
  area: { key: 'field.area', label: true },
  period: { key: 'field.period', label: true },
  value: { key: 'field.value', label: true },
  status: { key: 'field.status', label: true },
  'lang.fi': { key: 'language.fi' },
  'lang.sv': { key: 'language.sv' },
  'lang.en': { key: 'language.en' },
  'lang.switch': { key: 'language.choose' },
};

function fill(template: string, params: TextParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

/**
 * The interface text for `key` in `locale`, with `{name}` placeholders filled from `params`:
 * from core's message catalogue where it has the text, else from the elements' stop-gap table
 * (`TODO(core)` in `text-fallback.ts`). Lit renders the result as text, so a hostile label in
 * `params` stays text.
 *
 * @example
 * ```ts
 * text('retry', 'sv'); // "Försök igen"
 * ```
 */
export function text(key: FallbackKey, locale: Locale, params?: TextParams): string {
  const core = CORE[key];
  if (core && isMessageKey(core.key)) {
    const s = msg(core.key, locale, params);
    return core.label ? s.charAt(0).toLocaleUpperCase(locale) + s.slice(1) : s;
  }
  return fill(FALLBACK_TEXT[key][locale], params);
}
