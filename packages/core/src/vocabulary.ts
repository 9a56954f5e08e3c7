// The closed vocabularies of the model as plain constants, apart from their zod schemas, so that
// code needing only the words (formatting, the column store, elements) never pulls zod into a
// bundle.
import type { Locale, LocalizedText } from './schemas/primitives.js';

/** The interface languages, in display order. */
export const LOCALES = ['fi', 'sv', 'en'] as const;

/** Units of indicator values. `percent` values are 0–100, not 0–1. */
export const UNITS = [
  'percent',
  'percentage-points',
  'count',
  'persons',
  'euro',
  'days',
  'weeks',
  'ratio',
  'score',
  'index',
] as const;

/** Which way is good. `neutral` indicators are context and are never judged. */
export const DIRECTIONS = ['higher-is-better', 'lower-is-better', 'target-is-best', 'neutral'] as const;

/** Period frequencies, finest first. */
export const FREQUENCIES = ['day', 'month', 'quarter', 'year'] as const;

/** The five kinds of steering information the ministry asks for. */
export const CATEGORIES = ['activity', 'economy', 'effectiveness', 'efficiency', 'quality'] as const;

/** Area levels in the order of decision 0001; one list used everywhere. */
export const AREA_LEVELS = [
  'country',
  'region',
  'sub-region',
  'municipality',
  'wellbeing-county',
  'employment-area',
  'ely-centre',
  'elinvoimakeskus',
  'provider',
] as const;

/** Observation statuses in the wire order of decision 0002 (the `status` column indexes this list). */
export const OBSERVATION_STATUSES = ['final', 'provisional', 'estimate', 'suppressed', 'missing'] as const;

/**
 * Picks the text for a locale, falling back to Finnish.
 *
 * @example
 * ```ts
 * localize({ fi: 'Helsinki', sv: 'Helsingfors' }, 'sv'); // "Helsingfors"
 * localize({ fi: 'Pirkanmaa' }, 'en'); // "Pirkanmaa"
 * ```
 */
export function localize(text: LocalizedText, locale: Locale): string {
  const t = text[locale];
  return t !== undefined && t !== '' ? t : text.fi;
}
