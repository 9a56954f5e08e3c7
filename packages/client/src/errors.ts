/** Every way a client call can fail; `code` on {@link MittariError} is one of these. */
export const ERROR_CODES = [
  'network',
  'timeout',
  'http',
  'rate-limited',
  'too-many-cells',
  'parse',
  'schema',
  'aborted',
  'not-found',
  'unsupported',
] as const;
/** The closed union of client failure codes. */
export type MittariErrorCode = (typeof ERROR_CODES)[number];

/** What a {@link MittariError} may carry besides its code and message. */
export interface MittariErrorDetails {
  /** The URL of the request that failed. */
  readonly url?: string;
  /** The HTTP status of the last response, when there was one. */
  readonly status?: number;
  /** Paths of the bad fields, for `schema` errors (`"observations.period.12"`). */
  readonly issues?: readonly string[];
  /** The JSON-stat rule a document breaks (`VALUE_LEN_MISMATCH`), for `schema` errors. */
  readonly rule?: string;
  /** Seconds the server asked us to wait (`Retry-After`), for `rate-limited` errors. */
  readonly retryAfter?: number;
  /** The underlying error, when there was one. */
  readonly cause?: unknown;
}

/**
 * The only error a client call rejects with. Switch on `code`; the message is short and
 * carries the bad value.
 *
 * @example
 * ```ts
 * try {
 *   await client.observations({ indicator: 'unemployed-share' });
 * } catch (e) {
 *   if (isMittariError(e) && e.code === 'rate-limited') console.log(`retry in ${e.retryAfter} s`);
 * }
 * ```
 */
export class MittariError extends Error {
  override readonly name = 'MittariError';
  readonly code: MittariErrorCode;
  readonly url?: string;
  readonly status?: number;
  readonly issues?: readonly string[];
  readonly rule?: string;
  readonly retryAfter?: number;

  /** Makes an error with its closed `code`, a short message carrying the bad value, and details. */
  constructor(code: MittariErrorCode, message: string, details: MittariErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    if (details.url !== undefined) this.url = details.url;
    if (details.status !== undefined) this.status = details.status;
    if (details.issues !== undefined) this.issues = details.issues;
    if (details.rule !== undefined) this.rule = details.rule;
    if (details.retryAfter !== undefined) this.retryAfter = details.retryAfter;
  }
}

/**
 * Whether a value is a {@link MittariError} (also across bundle copies of this package).
 *
 * @example
 * ```ts
 * promise.catch((e) => (isMittariError(e) ? showError(e.code) : reportBug(e)));
 * ```
 */
export function isMittariError(x: unknown): x is MittariError {
  if (x instanceof MittariError) return true;
  if (typeof x !== 'object' || x === null) return false;
  const r = x as { name?: unknown; code?: unknown };
  return (
    r.name === 'MittariError' &&
    typeof r.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(r.code)
  );
}

/**
 * Wraps anything thrown into a {@link MittariError}, so that no other error reaches the
 * caller. A bug in the client becomes a `parse` error carrying the original as `cause`.
 */
export function toMittariError(e: unknown, url?: string): MittariError {
  if (isMittariError(e)) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new MittariError(
    'parse',
    `unexpected error: ${message}`,
    url === undefined ? { cause: e } : { url, cause: e },
  );
}

/** An `aborted` error for a signal, keeping the caller's abort reason as `cause`. */
export function abortError(signal: AbortSignal | undefined, url?: string): MittariError {
  const details: MittariErrorDetails = { cause: signal?.reason };
  return new MittariError('aborted', 'request aborted', url === undefined ? details : { ...details, url });
}
