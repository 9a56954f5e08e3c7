// `pnpm run demo`: serves the intranet dashboard demo on 127.0.0.1 and prints its URL.
import { existsSync } from 'node:fs';
import { startDemoServer, DEMO_MOUNTS } from './demo-server.mjs';

if (!existsSync(`${DEMO_MOUNTS['/mittari/']}/mittari.js`)) {
  console.error("The CMS bundle is missing: run `pnpm run build` first (the README's first command does).");
  process.exit(1);
}
const port = Number(process.env.PORT ?? 5173);
const { url } = await startDemoServer({ port });
console.log(`\nMittari demo: ${url}\n  npm usage page: ${url}npm.html\n(Ctrl+C stops it)`);
