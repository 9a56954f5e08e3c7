import * as z from 'zod/mini';
import './zod.js';

/** Where figures come from: publisher or table name, address, licence and table id. */
export const Source = z.object({
  name: z.string().check(z.minLength(1)),
  url: z.optional(z.string()),
  licence: z.optional(z.string()),
  table: z.optional(z.string()),
});
/** Where figures come from. */
export type Source = z.infer<typeof Source>;
