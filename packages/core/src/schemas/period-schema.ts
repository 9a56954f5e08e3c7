import * as z from 'zod/mini';
import './zod.js';

/**
 * Periods as they may be written on the wire: canonical (`2025`, `2025-Q3`, `2025-09`,
 * `2025-09-14`) or Statistics Finland's `2025M09` / `2025Q3`. Calendar validity (no month 13)
 * is checked on ingest by {@link parsePeriod}.
 */
export const PERIOD_PATTERN = /^\d{4}(?:-Q[1-4]|-\d{2}(?:-\d{2})?|M\d{2}|Q[1-4])?$/;

/** Schema of a period string on the wire. */
export const PeriodString = z.string().check(z.regex(PERIOD_PATTERN));
