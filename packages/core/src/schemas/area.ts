import * as z from 'zod/mini';
import './zod.js';
import { normalizeAreaCode } from '../area-code.js';
import { AreaLevel, LocalizedText } from './primitives.js';

/**
 * An area (or a service provider) with its canonical code (decision 0001), level and names.
 * The code must already be canonical for its level: `KU091`, not `91`.
 *
 * @example
 * ```ts
 * Area.safeParse({ code: 'MK06', level: 'region', label: { fi: 'Pirkanmaa', sv: 'Birkaland' } });
 * ```
 */
export const Area = z
  .object({
    code: z.string().check(z.minLength(1)),
    level: AreaLevel,
    label: LocalizedText,
  })
  .check(
    z.superRefine((area, ctx) => {
      const r = normalizeAreaCode(area.code, area.level);
      if (!r.success || r.data.code !== area.code) {
        ctx.addIssue({
          code: 'custom',
          path: ['code'],
          input: area.code,
          message: r.success
            ? `area code not canonical: ${JSON.stringify(area.code)} (write "${r.data.code}")`
            : r.error.message,
        });
      }
    }),
  );
/** An area or service provider. */
export type Area = z.infer<typeof Area>;

/**
 * Which member areas (usually municipalities) make up each larger area of one level in one
 * year. A table per level and year, not a tree: four employment areas cross region borders.
 *
 * @example
 * ```ts
 * Membership.safeParse({ level: 'employment-area', year: 2025, members: { TA01: ['KU049', 'KU235'] } });
 * ```
 */
export const Membership = z.object({
  level: AreaLevel,
  year: z.int().check(z.minimum(1000), z.maximum(9999)),
  members: z.record(z.string(), z.array(z.string())),
});
/** Member areas of each larger area of one level in one year. */
export type Membership = z.infer<typeof Membership>;
