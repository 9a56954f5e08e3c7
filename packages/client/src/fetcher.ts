import { MittariError, abortError, type MittariErrorCode } from './errors.js';
import { parseRetryAfter } from './retry-after.js';
import { anySignal, sleep as defaultSleep } from './signals.js';

/** Request headers, or a function giving them per request (for bearer tokens that refresh). */
export type HeadersOption =
  | Readonly<Record<string, string>>
  | ((url: string) => Readonly<Record<string, string>> | Promise<Readonly<Record<string, string>>>);

/** How failed attempts are retried. Times in milliseconds. */
export interface RetryOptions {
  /** Retries after the first attempt (default 3; 0 turns retrying off). */
  readonly retries?: number;
  /** First backoff delay (default 300 ms); it doubles per retry, with jitter. */
  readonly baseDelay?: number;
  /** Longest backoff delay (default 10 000 ms); a server's `Retry-After` may ask for longer. */
  readonly maxDelay?: number;
  /** Source of randomness for jitter, in [0, 1) (default `Math.random`). */
  readonly random?: () => number;
  /** How to wait between attempts (default a timer); tests pass a recorder. */
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** One HTTP request as the client makes it. */
export interface HttpRequest {
  readonly url: string;
  readonly method?: 'GET' | 'POST';
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A successful response: status and body text. */
export interface HttpResponse {
  readonly url: string;
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
}

/**
 * Lets an adapter name a code for a failed status before the generic rules apply (PxWeb's
 * too-many-cells answers are 403 or 413).
 */
export type StatusClassifier = (
  status: number,
  problem: ProblemDetails | undefined,
) => MittariErrorCode | undefined;

/** Everything that shapes how one logical request is made. Times in milliseconds. */
export interface FetchPolicy {
  readonly fetch: typeof fetch;
  readonly headers?: HeadersOption;
  readonly credentials?: RequestCredentials;
  /** Limit per attempt, from sending the request to the last byte of the body. */
  readonly timeout: number;
  /** Limit for all attempts and the waits between them. */
  readonly deadline: number;
  readonly retry: RetryOptions;
  readonly classify?: StatusClassifier;
  /** Runs each attempt when a call limit allows (a per-host queue); default at once. */
  readonly schedule?: <T>(attempt: () => Promise<T>, signal: AbortSignal) => Promise<T>;
}

/** An RFC 7807 problem response (PxWeb API 2 answers errors this way). */
export interface ProblemDetails {
  readonly type?: string;
  readonly title?: string;
  readonly status?: number;
  readonly detail?: string;
}

const RETRYABLE_STATUS = new Set([408, 429]);

function isRetryable(e: MittariError): boolean {
  if (e.code === 'network' || e.code === 'timeout' || e.code === 'rate-limited') return true;
  return e.code === 'http' && e.status !== undefined && (RETRYABLE_STATUS.has(e.status) || e.status >= 500);
}

/** Reads an RFC 7807 body (or anything with a `title`/`detail`), never throwing. */
export function readProblem(text: string): ProblemDetails | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const r = parsed as Record<string, unknown>;
  const out: { -readonly [K in keyof ProblemDetails]: ProblemDetails[K] } = {};
  if (typeof r['type'] === 'string') out.type = r['type'];
  if (typeof r['title'] === 'string') out.title = r['title'].slice(0, 200);
  if (typeof r['status'] === 'number') out.status = r['status'];
  if (typeof r['detail'] === 'string') out.detail = r['detail'].slice(0, 300);
  return out.title === undefined && out.detail === undefined ? undefined : out;
}

function statusError(
  status: number,
  url: string,
  text: string,
  retryAfter: number | undefined,
  classify?: StatusClassifier,
): MittariError {
  const problem = readProblem(text);
  const what = problem ? `: ${[problem.title, problem.detail].filter(Boolean).join(': ')}` : '';
  const details = retryAfter === undefined ? { url, status } : { url, status, retryAfter };
  const code: MittariErrorCode =
    classify?.(status, problem) ?? (status === 404 ? 'not-found' : status === 429 ? 'rate-limited' : 'http');
  return new MittariError(code, `HTTP ${status}${what} (${url})`, details);
}

async function resolveHeaders(
  option: HeadersOption | undefined,
  url: string,
): Promise<Record<string, string>> {
  if (option === undefined) return {};
  const h = typeof option === 'function' ? await option(url) : option;
  return { ...h };
}

async function attempt(
  req: HttpRequest,
  policy: FetchPolicy,
  outer: AbortSignal,
  deadlineSignal: AbortSignal,
): Promise<HttpResponse> {
  const ctrl = new AbortController();
  const link = anySignal([outer]);
  const onOuter = (): void => ctrl.abort(outer.reason);
  link.signal.addEventListener('abort', onOuter, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort();
  }, policy.timeout);
  try {
    let headers: Record<string, string>;
    try {
      headers = {
        accept: 'application/json',
        ...(await resolveHeaders(policy.headers, req.url)),
        ...req.headers,
      };
    } catch (e) {
      throw new MittariError(
        'network',
        `headers hook failed: ${e instanceof Error ? e.message : String(e)}`,
        { url: req.url, cause: e },
      );
    }
    const init: RequestInit = { method: req.method ?? 'GET', headers, signal: ctrl.signal };
    if (req.body !== undefined) init.body = req.body;
    if (policy.credentials !== undefined) init.credentials = policy.credentials;
    const res = await policy.fetch(req.url, init);
    const text = await res.text();
    if (res.status < 200 || res.status > 299) {
      throw statusError(
        res.status,
        req.url,
        text,
        parseRetryAfter(res.headers.get('retry-after')),
        policy.classify,
      );
    }
    return { url: req.url, status: res.status, contentType: res.headers.get('content-type') ?? '', text };
  } catch (e) {
    if (e instanceof MittariError) throw e;
    if (deadlineSignal.aborted)
      throw new MittariError('timeout', `deadline of ${policy.deadline} ms exceeded (${req.url})`, {
        url: req.url,
        cause: e,
      });
    if (outer.aborted) throw abortError(outer, req.url);
    if (timedOut)
      throw new MittariError('timeout', `no response within ${policy.timeout} ms (${req.url})`, {
        url: req.url,
        cause: e,
      });
    throw new MittariError(
      'network',
      `network error: ${e instanceof Error ? e.message : String(e)} (${req.url})`,
      { url: req.url, cause: e },
    );
  } finally {
    clearTimeout(timer);
    link.signal.removeEventListener('abort', onOuter);
    link.dispose();
  }
}

/**
 * The wait before retry number `n` (0-based): exponential backoff with jitter, or the server's
 * `Retry-After` lengthened by jitter (never shortened).
 */
export function retryDelay(n: number, retryAfter: number | undefined, retry: RetryOptions): number {
  const base = retry.baseDelay ?? 300;
  const max = retry.maxDelay ?? 10_000;
  const random = retry.random ?? Math.random;
  if (retryAfter !== undefined) return retryAfter * 1000 + random() * base;
  const exp = Math.min(max, base * 2 ** n);
  return exp / 2 + (random() * exp) / 2;
}

/**
 * Makes one logical request: attempts with a timeout each, retries on network errors, 408,
 * 429 and 5xx with backoff (honouring `Retry-After`), all inside an overall deadline, and
 * stops at once when `signal` aborts. Resolves with the body text of a 2xx response; rejects
 * only with {@link MittariError}.
 *
 * @example
 * ```ts
 * const res = await request({ url: 'https://example.org/data.json' },
 *   { fetch, timeout: 10_000, deadline: 30_000, retry: { retries: 3 } }, signal);
 * ```
 */
export async function request(
  req: HttpRequest,
  policy: FetchPolicy,
  signal?: AbortSignal,
): Promise<HttpResponse> {
  if (signal?.aborted) throw abortError(signal, req.url);
  const deadlineCtrl = new AbortController();
  const deadlineTimer = setTimeout(() => deadlineCtrl.abort(), policy.deadline);
  const started = Date.now();
  const outer = anySignal([signal, deadlineCtrl.signal]);
  const wait = policy.retry.sleep ?? defaultSleep;
  const retries = Math.max(0, policy.retry.retries ?? 3);
  try {
    for (let n = 0; ; n++) {
      try {
        const run = (): Promise<HttpResponse> => attempt(req, policy, outer.signal, deadlineCtrl.signal);
        return await (policy.schedule ? policy.schedule(run, outer.signal) : run());
      } catch (e) {
        let err =
          e instanceof MittariError ? e : new MittariError('network', String(e), { url: req.url, cause: e });
        if (err.code === 'aborted' && deadlineCtrl.signal.aborted && !signal?.aborted) {
          err = new MittariError('timeout', `deadline of ${policy.deadline} ms exceeded (${req.url})`, {
            url: req.url,
          });
        }
        if (!isRetryable(err) || n >= retries) throw err;
        const delay = retryDelay(n, err.retryAfter, policy.retry);
        // Waiting past the deadline would only end in a timeout: report what the server said.
        if (Date.now() - started + delay >= policy.deadline) throw err;
        try {
          await wait(delay, outer.signal);
        } catch (sleepError) {
          if (deadlineCtrl.signal.aborted)
            throw new MittariError('timeout', `deadline of ${policy.deadline} ms exceeded (${req.url})`, {
              url: req.url,
            });
          throw signal?.aborted ? abortError(signal, req.url) : sleepError;
        }
        if (signal?.aborted) throw abortError(signal, req.url);
      }
    }
  } finally {
    clearTimeout(deadlineTimer);
    outer.dispose();
  }
}

/**
 * Parses a response body as JSON; a body that is not JSON (malformed or truncated) is a `parse`
 * error carrying the URL.
 */
export function parseJsonBody(res: HttpResponse): unknown {
  try {
    return JSON.parse(res.text) as unknown;
  } catch (e) {
    const hint = res.text.length === 0 ? 'empty body' : e instanceof Error ? e.message : 'invalid JSON';
    throw new MittariError('parse', `response is not JSON: ${hint} (${res.url})`, {
      url: res.url,
      status: res.status,
      cause: e,
    });
  }
}
