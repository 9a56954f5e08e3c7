import * as z from 'zod/mini';
import './zod.js';
import { LocalizedText } from './primitives.js';
import { PeriodString } from './period-schema.js';
import { Source } from './source.js';

/**
 * How close to a target still counts as `near`: an absolute amount in the indicator's unit
 * (percentage points for percent indicators) or a share of the target value (0.05 = 5 %).
 */
export const Tolerance = z.object({
  kind: z.enum(['absolute', 'relative']),
  value: z.number().check(z.minimum(0)),
});
/** How close to a target still counts as `near`. */
export type Tolerance = z.infer<typeof Tolerance>;

/**
 * A target value for an indicator, for one area (or, with no `area`, nationally: every area),
 * for one period or a range `period`…`to`. `example: true` marks an illustrative target that no
 * authority set; `setBy` says who set a real one and where (e.g. a steering agreement).
 *
 * @example
 * ```ts
 * Target.safeParse({ indicator: 'unemployed-share', area: 'TA13', period: '2025-01', to: '2025-12',
 *   value: 9, tolerance: { kind: 'absolute', value: 0.5 }, example: true });
 * ```
 */
export const Target = z.object({
  indicator: z.string(),
  area: z.optional(z.string()),
  period: PeriodString,
  to: z.optional(PeriodString),
  value: z.number(),
  tolerance: z.optional(Tolerance),
  setBy: z.optional(LocalizedText),
  source: z.optional(Source),
  example: z.optional(z.boolean()),
});
/** A target value for an indicator. */
export type Target = z.infer<typeof Target>;
