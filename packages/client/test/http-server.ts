/**
 * A real HTTP server on 127.0.0.1 (port 0) for the client's tests: serves tests/fixtures and
 * injects faults on demand. Test-only; it uses node:http, which src/ must not.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures');

/** What the server received. */
export interface Received {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
  readonly at: number;
}

/** A programmed answer. */
export type Reply =
  | { status?: number; headers?: Record<string, string>; body?: unknown; delay?: number }
  | 'reset'
  | 'hang'
  | 'slow-body'
  | 'truncated'
  | { fixture: string; status?: number }
  | ((req: Received, res: ServerResponse) => void | Promise<void>);

export interface TestServer {
  readonly url: string;
  readonly requests: Received[];
  /** Answers for a pathname, consumed in order before the persistent route (or the fixtures). */
  queue(path: string, ...replies: Reply[]): void;
  /** A persistent answer for a pathname. */
  route(path: string, reply: Reply): void;
  reset(): void;
  close(): Promise<void>;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

async function serveFixture(res: ServerResponse, rel: string, status = 200): Promise<void> {
  const file = normalize(join(FIXTURES, rel));
  if (!file.startsWith(FIXTURES)) return send(res, 403, { title: 'forbidden' });
  try {
    const text = await readFile(file);
    const type = rel.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
    res.writeHead(status, { 'content-type': type, 'content-length': text.length });
    res.end(text);
  } catch {
    send(
      res,
      404,
      { type: 'about:blank', title: 'Not Found', status: 404 },
      { 'content-type': 'application/problem+json' },
    );
  }
}

export async function startServer(): Promise<TestServer> {
  const requests: Received[] = [];
  const queued = new Map<string, Reply[]>();
  const routes = new Map<string, Reply>();
  const sockets = new Set<Socket>();

  async function answer(reply: Reply, req: Received, res: ServerResponse): Promise<void> {
    if (typeof reply === 'function') return reply(req, res);
    if (reply === 'reset') {
      res.socket?.destroy();
      return;
    }
    if (reply === 'hang') return;
    if (reply === 'slow-body') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
      res.write('{"version":"2.0","class":"dataset",');
      return;
    }
    if (reply === 'truncated') {
      const text = '{"version":"2.0","class":"dataset","id":["a"],"size":[1],"dimension":{"a":{"cat';
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(text);
      return;
    }
    if ('fixture' in reply) return serveFixture(res, reply.fixture, reply.status);
    if (reply.delay) await new Promise((r) => setTimeout(r, reply.delay));
    send(res, reply.status ?? 200, reply.body ?? '', reply.headers);
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'http://127.0.0.1');
      const rec: Received = {
        method: req.method ?? 'GET',
        path: u.pathname,
        query: u.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      };
      requests.push(rec);
      const q = queued.get(u.pathname);
      const reply = q && q.length > 0 ? q.shift() : routes.get(u.pathname);
      const done =
        reply !== undefined
          ? answer(reply, rec, res)
          : serveFixture(res, u.pathname.replace(/^\/fixtures\//, ''));
      done.catch(() => res.socket?.destroy());
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    queue: (path, ...replies) => queued.set(path, [...(queued.get(path) ?? []), ...replies]),
    route: (path, reply) => routes.set(path, reply),
    reset: () => {
      requests.length = 0;
      queued.clear();
      routes.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
