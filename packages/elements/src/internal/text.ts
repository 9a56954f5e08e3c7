import { msg, type Locale, type MessageKey } from '@mittari/core';
import { FALLBACK_TEXT, type FallbackKey } from './text-fallback.js';

/** Parameters substituted into `{name}` placeholders. Values are plain text, never markup. */
export type TextParams = Readonly<Record<string, string | number>>;

/** The elements' text keys that core's catalogue has, under core's key (checked by the type). */
const CORE = {
  loading: 'state.loading',
  empty: 'state.empty',
  retry: 'action.retry',
  'error.generic': 'error.generic',
  'error.network': 'error.network',
  'error.timeout': 'error.timeout',
  'error.http': 'error.http',
  'error.parse': 'error.parse',
  'error.schema': 'error.schema',
  'error.not-found': 'error.not-found',
  'error.unsupported': 'error.unsupported',
  'status.final': 'status.final',
  'status.provisional': 'status.provisional',
  'status.estimate': 'status.estimate',
  'status.suppressed': 'status.suppressed',
  'status.missing': 'status.missing',
  'attainment.met': 'attainment.met',
  'attainment.near': 'attainment.near',
  'attainment.missed': 'attainment.missed',
  'attainment.unknown': 'attainment.unknown',
  target: 'target',
  'target.example': 'target.example',
  gap: 'gap',
  'change.previous': 'change.previous',
  'change.year': 'change.year',
  source: 'source',
  licence: 'licence',
  updated: 'updated',
  'data-table': 'table.data',
  'table.show': 'table.show',
  'table.hide': 'table.hide',
  'download.csv': 'download.csv',
  'download.svg': 'download.svg',
  'download.png': 'download.png',
  indicator: 'field.indicator',
  area: 'field.area',
  period: 'field.period',
  value: 'field.value',
  status: 'field.status',
  'lang.fi': 'language.fi',
  'lang.sv': 'language.sv',
  'lang.en': 'language.en',
  'lang.switch': 'language.choose',
} as const satisfies Record<string, MessageKey>;

/** Core writes these words in lower case for use inside sentences; as labels they are capitalised. */
const LABELS: ReadonlySet<string> = new Set([
  'attainment.met',
  'attainment.near',
  'attainment.missed',
  'attainment.unknown',
  'target',
  'target.example',
  'gap',
  'change.previous',
  'change.year',
  'indicator',
  'area',
  'period',
  'value',
  'status',
]);

/** A key of the elements' interface text: core's catalogue or the stop-gap table. */
export type TextKey = keyof typeof CORE | FallbackKey;

function fill(template: string, params: TextParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

/**
 * The interface text for `key` in `locale`, with `{name}` placeholders filled from `params`:
 * from core's message catalogue, or for the few keys core lacks from the stop-gap table
 * (`TODO(core)` in `text-fallback.ts`). Lit renders the result as text, so a hostile label in
 * `params` stays text.
 *
 * @example
 * ```ts
 * text('retry', 'sv'); // "Försök igen"
 * ```
 */
export function text(key: TextKey, locale: Locale, params?: TextParams): string {
  if (key in CORE) {
    const s = msg(CORE[key as keyof typeof CORE], locale, params);
    return LABELS.has(key) ? s.charAt(0).toLocaleUpperCase(locale) + s.slice(1) : s;
  }
  return fill(FALLBACK_TEXT[key as FallbackKey][locale], params);
}
