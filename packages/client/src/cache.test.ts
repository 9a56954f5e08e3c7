import { describe, expect, it } from 'vitest';
import { RequestCache } from './cache.js';

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('RequestCache', () => {
  it('makes identical requests in flight once', async () => {
    const cache = new RequestCache();
    let calls = 0;
    const d = deferred<string>();
    const load = () => (calls++, d.promise);
    const a = cache.get('k', load);
    const b = cache.get('k', load);
    d.resolve('v');
    expect(await Promise.all([a, b])).toEqual(['v', 'v']);
    expect(calls).toBe(1);
  });

  it('serves a fresh value, then a stale one while revalidating, then reloads', async () => {
    let now = 0;
    const cache = new RequestCache({ ttl: 100, staleWhileRevalidate: 100, now: () => now });
    let n = 0;
    const load = async () => `v${++n}`;
    expect(await cache.get('k', load)).toBe('v1');
    now = 50;
    expect(await cache.get('k', load)).toBe('v1');
    expect(n).toBe(1);
    now = 150;
    expect(await cache.get('k', load)).toBe('v1');
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(n).toBe(2);
    expect(await cache.get('k', load)).toBe('v2');
    now = 1000;
    expect(await cache.get('k', load)).toBe('v3');
  });

  it('keeps the stale value when revalidation fails, without an unhandled rejection', async () => {
    let now = 0;
    const cache = new RequestCache({ ttl: 10, staleWhileRevalidate: 100, now: () => now });
    await cache.get('k', async () => 'v1');
    now = 20;
    expect(await cache.get('k', () => Promise.reject(new Error('down')))).toBe('v1');
    await new Promise((r) => setTimeout(r, 0));
    expect(await cache.get('k', async () => 'v2')).toBe('v1');
  });

  it('does not store failures', async () => {
    const cache = new RequestCache();
    await expect(cache.get('k', () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(await cache.get('k', async () => 'v')).toBe('v');
  });

  it('cancels the shared request only when every waiter has aborted', async () => {
    const cache = new RequestCache();
    let signal: AbortSignal | undefined;
    const d = deferred<string>();
    const load = (s: AbortSignal) => ((signal = s), d.promise);
    const c1 = new AbortController();
    const c2 = new AbortController();
    const a = cache.get('k', load, c1.signal);
    const b = cache.get('k', load, c2.signal);
    c1.abort();
    await expect(a).rejects.toMatchObject({ code: 'aborted' });
    await Promise.resolve();
    expect(signal?.aborted).toBe(false);
    c2.abort();
    await expect(b).rejects.toMatchObject({ code: 'aborted' });
    expect(signal?.aborted).toBe(true);
  });

  it('with caching off still de-duplicates but stores nothing', async () => {
    const cache = new RequestCache(false);
    let n = 0;
    const load = async () => ++n;
    const [a, b] = await Promise.all([cache.get('k', load), cache.get('k', load)]);
    expect([a, b]).toEqual([1, 1]);
    expect(await cache.get('k', load)).toBe(2);
  });
});
