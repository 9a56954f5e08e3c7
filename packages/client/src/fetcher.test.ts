import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../test/http-server.js';
import { MittariError } from './errors.js';
import { parseJsonBody, request, type FetchPolicy } from './fetcher.js';

let server: TestServer;
let waits: number[];

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  waits = [];
});

function policy(over: Partial<FetchPolicy> = {}): FetchPolicy {
  return {
    fetch: globalThis.fetch,
    timeout: 2000,
    deadline: 10_000,
    retry: { retries: 3, baseDelay: 10, random: () => 0.5, sleep: async (ms) => void waits.push(ms) },
    ...over,
  };
}

async function failure(p: Promise<unknown>): Promise<MittariError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(MittariError);
    return e as MittariError;
  }
  throw new Error('expected a rejection');
}

const ok = { status: 200, body: { ok: true } };

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
}

describe('request', () => {
  it('returns the body of a 2xx response', async () => {
    server.route('/a', ok);
    const res = await request({ url: `${server.url}/a` }, policy());
    expect(parseJsonBody(res)).toEqual({ ok: true });
  });

  it.each([500, 502, 503, 408])('retries after %i and then succeeds', async (status) => {
    server.queue('/a', { status, body: 'boom' });
    server.route('/a', ok);
    await request({ url: `${server.url}/a` }, policy());
    expect(server.requests).toHaveLength(2);
    expect(waits).toHaveLength(1);
  });

  it('gives up after the retries with an http error carrying status and url', async () => {
    server.route('/a', { status: 500, body: 'boom' });
    const e = await failure(
      request({ url: `${server.url}/a` }, policy({ retry: { retries: 2, sleep: async () => {} } })),
    );
    expect(e).toMatchObject({ code: 'http', status: 500, url: `${server.url}/a` });
    expect(server.requests).toHaveLength(3);
  });

  it('backs off exponentially', async () => {
    server.route('/a', { status: 503 });
    await failure(request({ url: `${server.url}/a` }, policy()));
    expect(waits).toEqual([7.5, 15, 30]);
  });

  it('honours Retry-After in seconds, jitter only lengthening it', async () => {
    server.queue('/a', { status: 429, headers: { 'retry-after': '2' } });
    server.route('/a', ok);
    await request({ url: `${server.url}/a` }, policy());
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(2000);
    expect(waits[0]).toBeLessThan(2010);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const at = new Date(Date.now() + 5000).toUTCString();
    server.queue('/a', { status: 429, headers: { 'retry-after': at } });
    server.route('/a', ok);
    await request({ url: `${server.url}/a` }, policy());
    expect(waits[0]).toBeGreaterThan(3000);
    expect(waits[0]).toBeLessThan(5100);
  });

  it('backs off on 429 without Retry-After and ends rate-limited', async () => {
    server.route('/a', {
      status: 429,
      body: { title: 'Too Many Requests' },
      headers: { 'content-type': 'application/problem+json' },
    });
    const e = await failure(
      request(
        { url: `${server.url}/a` },
        policy({ retry: { retries: 1, baseDelay: 10, sleep: async (ms) => void waits.push(ms) } }),
      ),
    );
    expect(e.code).toBe('rate-limited');
    expect(e.message).toMatch(/429: Too Many Requests/);
    expect(waits).toHaveLength(1);
  });

  it('does not wait past the deadline for a long Retry-After', async () => {
    server.route('/a', { status: 429, headers: { 'retry-after': '3600' } });
    const e = await failure(request({ url: `${server.url}/a` }, policy()));
    expect(e).toMatchObject({ code: 'rate-limited', retryAfter: 3600 });
    expect(waits).toHaveLength(0);
  });

  it('never retries other 4xx and maps RFC 7807 problems', async () => {
    server.route('/a', {
      status: 400,
      headers: { 'content-type': 'application/problem+json' },
      body: {
        type: 'https://example.org/bad',
        title: 'Bad Request',
        status: 400,
        detail: 'unknown variable "X"',
      },
    });
    const e = await failure(request({ url: `${server.url}/a` }, policy()));
    expect(e).toMatchObject({ code: 'http', status: 400 });
    expect(e.message).toMatch(/Bad Request: unknown variable "X"/);
    expect(server.requests).toHaveLength(1);
  });

  it('maps 404 to not-found without retrying', async () => {
    const e = await failure(request({ url: `${server.url}/missing.json` }, policy()));
    expect(e).toMatchObject({ code: 'not-found', status: 404 });
    expect(server.requests).toHaveLength(1);
  });

  it('lets an adapter classify a status (too-many-cells is not retried)', async () => {
    server.route('/a', { status: 403, body: { title: 'Too many cells selected' } });
    const e = await failure(
      request(
        { url: `${server.url}/a` },
        policy({ classify: (s) => (s === 403 ? 'too-many-cells' : undefined) }),
      ),
    );
    expect(e.code).toBe('too-many-cells');
    expect(server.requests).toHaveLength(1);
  });

  it('times out an attempt that gets no answer, then retries', async () => {
    server.queue('/a', 'hang');
    server.route('/a', ok);
    await request({ url: `${server.url}/a` }, policy({ timeout: 100 }));
    expect(server.requests).toHaveLength(2);
  });

  it('times out a body that stalls', async () => {
    server.route('/a', 'slow-body');
    const e = await failure(
      request({ url: `${server.url}/a` }, policy({ timeout: 100, retry: { retries: 0 } })),
    );
    expect(e.code).toBe('timeout');
  });

  it('retries a reset connection', async () => {
    server.queue('/a', 'reset');
    server.route('/a', ok);
    await request({ url: `${server.url}/a` }, policy());
    expect(server.requests).toHaveLength(2);
  });

  it('reports a reset connection as a network error once retries run out', async () => {
    server.route('/a', 'reset');
    const e = await failure(request({ url: `${server.url}/a` }, policy({ retry: { retries: 0 } })));
    expect(e.code).toBe('network');
  });

  it('ends all attempts at the deadline', async () => {
    server.route('/a', 'hang');
    const e = await failure(request({ url: `${server.url}/a` }, policy({ timeout: 5000, deadline: 150 })));
    expect(e.code).toBe('timeout');
    expect(e.message).toMatch(/deadline of 150 ms/);
  });

  it('aborts mid-request', async () => {
    server.route('/a', 'hang');
    const ctrl = new AbortController();
    const p = request({ url: `${server.url}/a` }, policy(), ctrl.signal);
    await until(() => server.requests.length === 1);
    ctrl.abort();
    const e = await failure(p);
    expect(e.code).toBe('aborted');
    expect(server.requests).toHaveLength(1);
  });

  it('aborting stops a pending retry', async () => {
    server.route('/a', { status: 503 });
    const ctrl = new AbortController();
    const p = request(
      { url: `${server.url}/a` },
      { ...policy(), retry: { retries: 3, baseDelay: 60_000 } },
      ctrl.signal,
    );
    await until(() => server.requests.length === 1);
    await new Promise((r) => setTimeout(r, 20));
    ctrl.abort();
    const e = await failure(p);
    expect(e.code).toBe('aborted');
    expect(server.requests).toHaveLength(1);
  });

  it('rejects at once for a signal already aborted, making no request', async () => {
    const e = await failure(request({ url: `${server.url}/a` }, policy(), AbortSignal.abort()));
    expect(e.code).toBe('aborted');
    expect(server.requests).toHaveLength(0);
  });

  it('sends static headers and asks a header function on every attempt', async () => {
    server.queue('/a', { status: 500 });
    server.route('/a', ok);
    let n = 0;
    await request(
      { url: `${server.url}/a` },
      policy({ headers: async () => ({ authorization: `Bearer t${++n}` }) }),
    );
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer t1', 'Bearer t2']);
    await request({ url: `${server.url}/a` }, policy({ headers: { 'x-api-key': 'k' } }));
    expect(server.requests[2]?.headers['x-api-key']).toBe('k');
  });

  it('passes credentials to fetch', async () => {
    const seen: (RequestInit | undefined)[] = [];
    const fake: typeof fetch = async (_url, init) => {
      seen.push(init);
      return new Response('{}', { status: 200 });
    };
    await request({ url: 'https://intra.example/a' }, policy({ fetch: fake, credentials: 'include' }));
    expect(seen[0]?.credentials).toBe('include');
  });

  it('turns malformed and truncated JSON into parse errors', async () => {
    server.route('/bad', { status: 200, body: '{"version": 2.0,,}' });
    server.route('/cut', 'truncated');
    for (const path of ['/bad', '/cut']) {
      const res = await request({ url: `${server.url}${path}` }, policy());
      expect(() => parseJsonBody(res)).toThrow(
        expect.objectContaining({ code: 'parse', url: `${server.url}${path}` }),
      );
    }
  });
});
