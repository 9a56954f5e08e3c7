/**
 * The events Mittari elements fire, typed in one place (style habit 5): `mittari-` prefixed,
 * kebab-case, bubbling and composed, fired on user action only.
 */

/** Detail of `mittari-select`: the mark a user picked (click, Enter or Space). */
export interface MittariSelectDetail {
  /** The element kind that fired, e.g. `'gauge'`, `'map'`, `'table'`. */
  readonly element: string;
  readonly indicator?: string;
  readonly area?: string;
  readonly period?: string;
  /** The value of the picked mark; `null` when suppressed or missing (never the hidden number). */
  readonly value?: number | null;
  /** Which part of the chart was picked, e.g. `'actual'`, `'target'`, `'previous'`, `'row'`. */
  readonly mark?: string;
}

/** Detail of `mittari-lang-change`, fired by `<mittari-lang-switch>` when a user picks a language. */
export interface MittariLangChangeDetail {
  readonly lang: 'fi' | 'sv' | 'en';
}

/** Every Mittari event name mapped to its event type. */
export interface MittariEventMap {
  'mittari-select': CustomEvent<MittariSelectDetail>;
  'mittari-lang-change': CustomEvent<MittariLangChangeDetail>;
}

/** The name of a Mittari event. */
export type MittariEventName = keyof MittariEventMap;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends MittariEventMap {}
}
