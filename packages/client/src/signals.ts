import { abortError } from './errors.js';

/**
 * A signal that aborts when any of the given ones does. `AbortSignal.any` is too new for some
 * of the browsers public-sector desktops still run, so this is done by hand.
 */
export function anySignal(signals: readonly (AbortSignal | undefined)[]): {
  signal: AbortSignal;
  dispose: () => void;
} {
  const ctrl = new AbortController();
  const live = signals.filter((s): s is AbortSignal => s !== undefined);
  const already = live.find((s) => s.aborted);
  if (already) {
    ctrl.abort(already.reason);
    return { signal: ctrl.signal, dispose: () => {} };
  }
  const listeners = live.map((s) => {
    const on = (): void => ctrl.abort(s.reason);
    s.addEventListener('abort', on, { once: true });
    return () => s.removeEventListener('abort', on);
  });
  return { signal: ctrl.signal, dispose: () => listeners.forEach((off) => off()) };
}

/** Waits `ms`, rejecting with an `aborted` error as soon as the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Settles with the promise, or rejects with an `aborted` error when the signal aborts first.
 * The promise itself keeps running (it may be shared with other callers).
 */
export function raceAbort<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortError(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
