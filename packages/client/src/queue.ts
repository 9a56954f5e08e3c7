import { abortError } from './errors.js';

/** A server's call limit: at most `maxCalls` requests started in any `timeWindow` seconds. */
export interface CallLimit {
  readonly maxCalls: number;
  readonly timeWindow: number;
}

interface Pending {
  readonly run: () => void;
  readonly signal: AbortSignal | undefined;
}

/**
 * Starts calls in order, never more than the limit allows in any sliding window. Public PxWeb
 * servers (StatFin: 30 calls per 10 s) answer 429 beyond their limit, so waiting here is
 * cheaper than being refused.
 *
 * A call holds its place in the window from when it starts until a full window after it
 * settles. Counting from the answer rather than from sending keeps the limit as the server sees
 * it: the browser may hold requests back (six per host over HTTP/1.1) and a loaded network may
 * deliver two of them closer together than they were sent, but the server has always received a
 * request before its answer arrives.
 *
 * @example
 * ```ts
 * const queue = new CallQueue({ maxCalls: 30, timeWindow: 10 });
 * const json = await queue.schedule(() => fetchPart(1), signal);
 * ```
 */
export class CallQueue {
  #limit: CallLimit;
  /** When each counted call settled; `Infinity` while it is still in flight. */
  readonly #slots: { settled: number }[] = [];
  readonly #pending: Pending[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #now: () => number;

  /** Makes a queue that keeps to `limit`; `now` is the clock (tests pass a fake one). */
  constructor(limit: CallLimit, now: () => number = Date.now) {
    this.#limit = limit;
    this.#now = now;
  }

  /** The limit in force. */
  get limit(): CallLimit {
    return this.#limit;
  }

  /** Replaces the limit (after reading a server's configuration). */
  setLimit(limit: CallLimit): void {
    this.#limit = limit;
    this.#pump();
  }

  /** Runs `fn` as soon as the limit allows; rejects with `aborted` if the signal aborts first. */
  schedule<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => {
        const i = this.#pending.indexOf(item);
        if (i >= 0) this.#pending.splice(i, 1);
        reject(abortError(signal));
      };
      const item: Pending = {
        signal,
        run: () => {
          signal?.removeEventListener('abort', onAbort);
          const slot = { settled: Number.POSITIVE_INFINITY };
          this.#slots.push(slot);
          const settle = (): void => {
            slot.settled = this.#now();
            this.#pump();
          };
          let call: Promise<T>;
          try {
            call = fn();
          } catch (error) {
            call = Promise.reject(error);
          }
          call.then(
            (value) => {
              settle();
              resolve(value);
            },
            (error: unknown) => {
              settle();
              reject(error);
            },
          );
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#pending.push(item);
      this.#pump();
    });
  }

  #pump(): void {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    const windowMs = this.#limit.timeWindow * 1000;
    const max = Math.max(1, this.#limit.maxCalls);
    while (this.#pending.length > 0) {
      const now = this.#now();
      for (let i = this.#slots.length - 1; i >= 0; i--) {
        if ((this.#slots[i]?.settled ?? 0) <= now - windowMs) this.#slots.splice(i, 1);
      }
      if (this.#slots.length >= max) {
        const oldest = Math.min(...this.#slots.map((slot) => slot.settled));
        // Every counted call is still in flight: its settling pumps the queue again.
        if (oldest === Number.POSITIVE_INFINITY) return;
        this.#timer = setTimeout(() => this.#pump(), Math.max(1, oldest + windowMs - now));
        return;
      }
      const item = this.#pending.shift();
      if (!item) return;
      item.run();
    }
  }
}

/** StatFin's published limit, used for a PxWeb host until its configuration is read. */
export const DEFAULT_CALL_LIMIT: CallLimit = { maxCalls: 30, timeWindow: 10 };

const queues = new Map<string, CallQueue>();

/**
 * The one queue for a host, shared by every client on the page so that together they stay
 * within the server's limit.
 */
export function hostQueue(url: string, limit: CallLimit = DEFAULT_CALL_LIMIT): CallQueue {
  let host: string;
  try {
    host = new URL(url).host;
  } catch {
    host = url;
  }
  let q = queues.get(host);
  if (!q) {
    q = new CallQueue(limit);
    queues.set(host, q);
  }
  return q;
}

/** Forgets every host queue (tests). */
export function clearHostQueues(): void {
  queues.clear();
}
