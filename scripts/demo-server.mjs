// A small static server for the demo, bound to 127.0.0.1 only. Used by `pnpm run demo` and by
// the end-to-end tests (which add headers such as a strict Content-Security-Policy).
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** URL prefix → folder. The CMS bundle is served exactly as a CMS would host it. */
export const DEMO_MOUNTS = {
  '/mittari/': join(root, 'packages/elements/dist/cdn'),
  '/data/': join(root, 'demo/data'),
  '/': join(root, 'demo/site'),
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

function resolvePath(urlPath) {
  for (const [prefix, dir] of Object.entries(DEMO_MOUNTS)) {
    if (!urlPath.startsWith(prefix)) continue;
    const rest = decodeURIComponent(urlPath.slice(prefix.length)) || 'index.html';
    const file = normalize(join(dir, rest));
    if (!file.startsWith(dir + sep) && file !== dir) return undefined; // no escaping the mount
    if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
    return file;
  }
  return undefined;
}

/**
 * Starts the demo server.
 * @param {{ port?: number, headers?: Record<string,string>, onRequest?: (req: import('node:http').IncomingMessage) => void }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startDemoServer({ port = 0, headers = {}, onRequest } = {}) {
  const server = createServer((req, res) => {
    onRequest?.(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = resolvePath(url.pathname);
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...headers });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      ...headers,
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolveStart({
        url: `http://127.0.0.1:${address.port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
