import * as z from 'zod/mini';
import './zod.js';
import { LocalizedText } from './primitives.js';
import { PeriodString } from './period-schema.js';

/**
 * A note on series at a period. A `break` (a change of method or definition, e.g. the TE24
 * reform on 2025-01-01) stops every change, trend and line from crossing it; a `revision`
 * (e.g. January's labour-force update) is shown as a note and changes are still computed.
 * Without `indicators` / `areas` it applies to all of them.
 *
 * @example
 * ```ts
 * Annotation.safeParse({ kind: 'break', period: '2025-01', label: { fi: 'TE24-uudistus', sv: 'TE24-reformen' } });
 * ```
 */
export const Annotation = z.object({
  kind: z.enum(['break', 'revision']),
  period: PeriodString,
  indicators: z.optional(z.array(z.string())),
  areas: z.optional(z.array(z.string())),
  label: LocalizedText,
});
/** A break or revision note on series at a period. */
export type Annotation = z.infer<typeof Annotation>;
