import * as z from 'zod/mini';
import './zod.js';
import {
  AREA_LEVELS,
  CATEGORIES,
  DIRECTIONS,
  FREQUENCIES,
  LOCALES,
  OBSERVATION_STATUSES,
  UNITS,
} from '../vocabulary.js';

export { AREA_LEVELS, CATEGORIES, DIRECTIONS, FREQUENCIES, LOCALES, OBSERVATION_STATUSES, UNITS };
export { localize } from '../vocabulary.js';

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

/** Schema of {@link Unit}. */
export const Unit = z.enum(UNITS);
/** The unit of an indicator's values. */
export type Unit = (typeof UNITS)[number];

/** Schema of {@link Direction}. */
export const Direction = z.enum(DIRECTIONS);
/** Which way is good for an indicator. */
export type Direction = (typeof DIRECTIONS)[number];

/** Schema of {@link Frequency}. */
export const Frequency = z.enum(FREQUENCIES);
/** How often an indicator is measured. */
export type Frequency = (typeof FREQUENCIES)[number];

/** Schema of {@link Category}. */
export const Category = z.enum(CATEGORIES);
/** The kind of steering information an indicator gives. */
export type Category = (typeof CATEGORIES)[number];

/** Schema of {@link AreaLevel}. */
export const AreaLevel = z.enum(AREA_LEVELS);
/** The level of an area; `provider` is a service provider, not a geographic area. */
export type AreaLevel = (typeof AREA_LEVELS)[number];

/** Schema of {@link ObservationStatus}. */
export const ObservationStatus = z.enum(OBSERVATION_STATUSES);
/** The status of one observation. A `suppressed` or `missing` observation has no value. */
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];
