import * as z from 'zod/mini';
import './zod.js';
import { ObservationStatus } from './primitives.js';

/**
 * One observation in memory: the value of an indicator for an area in a period. `value` is
 * `null` whenever the status is `suppressed` or `missing`.
 */
export const Observation = z.object({
  indicator: z.string(),
  area: z.string(),
  period: z.string(),
  value: z.nullable(z.number()),
  status: ObservationStatus,
  note: z.optional(z.string()),
});
/** One observation: the value of an indicator for an area in a period. */
export type Observation = z.infer<typeof Observation>;
