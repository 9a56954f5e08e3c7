/**
 * One problem found in an input: where it is and what is wrong.
 *
 * `path` locates the problem inside the input (`["observations", "period", 12]`);
 * `message` is short and carries the bad value (`invalid period: "2025-13"`).
 */
export interface Issue {
  readonly path: (string | number)[];
  readonly message: string;
}

/**
 * Why an input was rejected. `message` summarises the first issues; `issues` lists them all
 * (capped, see {@link MAX_ISSUES}).
 */
export interface ParseError {
  readonly message: string;
  readonly issues: Issue[];
}

/**
 * The outcome of every safe function in core: nothing in core throws on bad input.
 *
 * @example
 * ```ts
 * const r = parsePeriod('2025M09');
 * if (r.success) console.log(r.data); // "2025-09"
 * else console.error(r.error.message);
 * ```
 */
export type Result<T, E = ParseError> = { success: true; data: T } | { success: false; error: E };

/** At most this many issues are collected, so a broken million-row file does not build a million messages. */
export const MAX_ISSUES = 100;

/** Wraps a value as a successful {@link Result}. */
export function ok<T>(data: T): { success: true; data: T } {
  return { success: true, data };
}

/**
 * Builds a failed {@link Result} from issues; the message joins the first three.
 *
 * @example
 * ```ts
 * fail([{ path: ['period'], message: 'invalid period: "x"' }]).error.message; // 'period: invalid period: "x"'
 * ```
 */
export function fail(issues: Issue[]): { success: false; error: ParseError } {
  const shown = issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
  const more = issues.length > 3 ? ` (+${issues.length - 3} more)` : '';
  return { success: false, error: { message: shown.join('; ') + more, issues } };
}

/** Quotes a bad value for an error message, short and safe whatever its type. */
export function quote(value: unknown): string {
  let s: string;
  if (typeof value === 'string') s = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null) s = String(value);
  else if (value === undefined) s = 'undefined';
  else if (Array.isArray(value)) s = 'an array';
  else s = `a ${typeof value}`;
  return s;
}
