import { msg, type Locale, type MessageKey } from '@mittari/core';

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

/** A short key of the elements' interface text, mapped to core's catalogue. */
export type TextKey = keyof typeof CORE;

/**
 * The interface text for `key` in `locale` from core's message catalogue, with `{name}`
 * placeholders filled from `params`, capitalised where it serves as a label. Texts an element
 * family owns are read with core's `msg` directly. Lit renders the result as text, so a hostile
 * label in `params` stays text.
 *
 * @example
 * ```ts
 * text('retry', 'sv'); // "Försök igen"
 * ```
 */
export function text(key: TextKey, locale: Locale, params?: TextParams): string {
  const s = msg(CORE[key], locale, params);
  return LABELS.has(key) ? s.charAt(0).toLocaleUpperCase(locale) + s.slice(1) : s;
}
