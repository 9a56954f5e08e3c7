import * as z from 'zod/mini';
import './zod.js';
import { Category, Direction, Frequency, LocalizedText, Unit } from './primitives.js';
import { Source } from './source.js';

/** Indicator ids: short, URL- and attribute-safe. */
export const INDICATOR_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

/**
 * An indicator: what is measured, in which unit, which way is good and how often.
 *
 * `suppressBelow` is the small-count threshold k for `count` and `persons` indicators: values
 * below it are suppressed on ingest (decision 0100). `synthetic: true` marks a series with no
 * public source.
 *
 * @example
 * ```ts
 * const r = Indicator.safeParse({
 *   id: 'unemployed-share', label: { fi: 'Työttömien osuus työvoimasta' }, unit: 'percent', decimals: 1,
 *   direction: 'lower-is-better', frequency: 'month', category: 'effectiveness',
 * });
 * ```
 */
export const Indicator = z.object({
  id: z.string().check(z.regex(INDICATOR_ID_PATTERN)),
  label: LocalizedText,
  description: z.optional(LocalizedText),
  unit: Unit,
  decimals: z.optional(z.int().check(z.minimum(0), z.maximum(6))),
  direction: Direction,
  frequency: Frequency,
  category: Category,
  source: z.optional(Source),
  synthetic: z.optional(z.boolean()),
  suppressBelow: z.optional(z.int().check(z.minimum(1))),
});
/** An indicator: what is measured, in which unit, which way is good and how often. */
export type Indicator = z.infer<typeof Indicator>;
