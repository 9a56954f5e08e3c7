import { z } from './zod.js';

/** The interface languages, in display order. */
export const LOCALES = ['fi', 'sv', 'en'] as const;
/** An interface language: Finnish, Swedish, English. */
export type Locale = (typeof LOCALES)[number];
/** Schema of {@link Locale}. */
export const Locale = z.enum(LOCALES);

/**
 * Text in Finnish (required), Swedish and English. Display falls back to Finnish
 * (see {@link localize}).
 */
export const LocalizedText = z.object({
  fi: z.string().check(z.minLength(1)),
  sv: z.optional(z.string()),
  en: z.optional(z.string()),
});
/** Text in Finnish (required), Swedish and English. */
export type LocalizedText = z.infer<typeof LocalizedText>;

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
/** Schema of {@link Unit}. */
export const Unit = z.enum(UNITS);
/** The unit of an indicator's values. */
export type Unit = (typeof UNITS)[number];

/** Which way is good. `neutral` indicators are context and are never judged. */
export const DIRECTIONS = ['higher-is-better', 'lower-is-better', 'target-is-best', 'neutral'] as const;
/** Schema of {@link Direction}. */
export const Direction = z.enum(DIRECTIONS);
/** Which way is good for an indicator. */
export type Direction = (typeof DIRECTIONS)[number];

/** Period frequencies, finest first. */
export const FREQUENCIES = ['day', 'month', 'quarter', 'year'] as const;
/** Schema of {@link Frequency}. */
export const Frequency = z.enum(FREQUENCIES);
/** How often an indicator is measured. */
export type Frequency = (typeof FREQUENCIES)[number];

/** The five kinds of steering information the ministry asks for. */
export const CATEGORIES = ['activity', 'economy', 'effectiveness', 'efficiency', 'quality'] as const;
/** Schema of {@link Category}. */
export const Category = z.enum(CATEGORIES);
/** The kind of steering information an indicator gives. */
export type Category = (typeof CATEGORIES)[number];

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
/** Schema of {@link AreaLevel}. */
export const AreaLevel = z.enum(AREA_LEVELS);
/** The level of an area; `provider` is a service provider, not a geographic area. */
export type AreaLevel = (typeof AREA_LEVELS)[number];

/** Observation statuses in the wire order of decision 0002 (the `status` column indexes this list). */
export const OBSERVATION_STATUSES = ['final', 'provisional', 'estimate', 'suppressed', 'missing'] as const;
/** Schema of {@link ObservationStatus}. */
export const ObservationStatus = z.enum(OBSERVATION_STATUSES);
/** The status of one observation. A `suppressed` or `missing` observation has no value. */
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];
