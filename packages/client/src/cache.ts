import { abortError } from './errors.js';
import { raceAbort } from './signals.js';

/** How long results are kept. Times in milliseconds. */
export interface CacheOptions {
  /** How long a result is fresh and served without asking the server (default 60 000). */
  readonly ttl?: number;
  /**
   * How long after `ttl` a stale result is still served at once while a fresh one is fetched in
   * the background (default 300 000).
   */
  readonly staleWhileRevalidate?: number;
  /** Most entries kept; the oldest is dropped first (default 100). */
  readonly maxEntries?: number;
  /** The clock (default `Date.now`); tests pass their own. */
  readonly now?: () => number;
}

interface Entry {
  readonly value: unknown;
  readonly storedAt: number;
}

interface Flight {
  readonly promise: Promise<unknown>;
  readonly controller: AbortController;
  waiters: number;
  /** A background revalidation nobody waits for must not be cancelled by a waiter leaving. */
  pinned: boolean;
}

/**
 * Results by request key, with time-to-live and stale-while-revalidate, and de-duplication:
 * identical requests in flight are made once. The shared request is cancelled only when every
 * caller waiting for it has aborted.
 *
 * @example
 * ```ts
 * const cache = new RequestCache({ ttl: 60_000 });
 * const json = await cache.get('GET https://…', (signal) => load(signal), callerSignal);
 * ```
 */
export class RequestCache {
  readonly #entries = new Map<string, Entry>();
  readonly #flights = new Map<string, Flight>();
  readonly #ttl: number;
  readonly #swr: number;
  readonly #max: number;
  readonly #now: () => number;
  readonly #store: boolean;

  /** `false` keeps nothing but still de-duplicates requests in flight. */
  constructor(options: CacheOptions | false = {}) {
    this.#store = options !== false;
    const o = options === false ? {} : options;
    this.#ttl = o.ttl ?? 60_000;
    this.#swr = o.staleWhileRevalidate ?? 300_000;
    this.#max = Math.max(1, o.maxEntries ?? 100);
    this.#now = o.now ?? Date.now;
  }

  /** Returns the cached value for `key`, or loads it (once for all concurrent callers). */
  get<T>(key: string, load: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    const entry = this.#entries.get(key);
    if (entry) {
      const age = this.#now() - entry.storedAt;
      if (age < this.#ttl) return Promise.resolve(entry.value as T);
      if (age < this.#ttl + this.#swr) {
        if (!this.#flights.has(key)) {
          const flight = this.#start(key, load);
          flight.pinned = true;
          // A failed revalidation keeps the stale value; it must not surface as an unhandled rejection.
          flight.promise.catch(() => {});
        }
        return Promise.resolve(entry.value as T);
      }
      this.#entries.delete(key);
    }
    const flight = this.#flights.get(key) ?? this.#start(key, load);
    return this.#wait(flight, signal) as Promise<T>;
  }

  /** Forgets every stored result (requests in flight finish but are not stored). */
  clear(): void {
    this.#entries.clear();
    this.#flights.clear();
  }

  #start(key: string, load: (signal: AbortSignal) => Promise<unknown>): Flight {
    const controller = new AbortController();
    const promise = Promise.resolve()
      .then(() => load(controller.signal))
      .then(
        (value) => {
          if (this.#flights.get(key) === flight) {
            this.#flights.delete(key);
            if (this.#store) this.#put(key, value);
          }
          return value;
        },
        (e: unknown) => {
          if (this.#flights.get(key) === flight) this.#flights.delete(key);
          throw e;
        },
      );
    const flight: Flight = { promise, controller, waiters: 0, pinned: false };
    this.#flights.set(key, flight);
    return flight;
  }

  #wait(flight: Flight, signal?: AbortSignal): Promise<unknown> {
    flight.waiters++;
    const waiting = raceAbort(flight.promise, signal);
    return waiting.then(
      (v) => {
        flight.waiters--;
        return v;
      },
      (e: unknown) => {
        flight.waiters--;
        if (signal?.aborted && flight.waiters === 0 && !flight.pinned) flight.controller.abort(signal.reason);
        throw e;
      },
    );
  }

  #put(key: string, value: unknown): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, storedAt: this.#now() });
    while (this.#entries.size > this.#max) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
  }
}
