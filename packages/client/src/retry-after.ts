/**
 * Reads an HTTP `Retry-After` value (RFC 9110): delay seconds or an HTTP date. Returns the wait
 * in seconds (never negative), or `undefined` when the header is absent or unreadable.
 *
 * @example
 * ```ts
 * parseRetryAfter('3');                               // 3
 * parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:50 GMT')); // 10
 * ```
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value == null) return undefined;
  const s = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  if (!/[A-Za-z]/.test(s)) return undefined;
  const at = Date.parse(s);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, (at - now) / 1000);
}
