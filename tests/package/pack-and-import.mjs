// The packaging test: `pnpm pack` every package, install the tarballs into a fresh project
// outside the workspace (offline, from the local pnpm store: no network), then import each entry
// point the way users do — ESM in Node for core, client and geo-fi; the elements in Chromium,
// both through a bundler (esbuild, as an app would) and as the self-registering CMS bundle.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { launchOptions } from '../../scripts/chromium.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const PACKAGES = ['core', 'client', 'geo-fi', 'elements'];
const work = mkdtempSync(join(tmpdir(), 'mittari-pack-'));
const tarballs = join(work, 'tarballs');
const app = join(work, 'app');
let failures = 0;

function check(name, fn) {
  return Promise.resolve()
    .then(fn)
    .then(
      (detail) => console.log(`ok   ${name}${detail ? ` — ${detail}` : ''}`),
      (error) => {
        failures++;
        console.error(`FAIL ${name}\n     ${error?.stack ?? error}`);
      },
    );
}

const pnpm = (args, cwd) =>
  execFileSync('pnpm', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

try {
  for (const name of PACKAGES) pnpm(['pack', '--pack-destination', tarballs], join(root, 'packages', name));
  const files = Object.fromEntries(
    readdirSync(tarballs).map((f) => [
      `@mittari/${f.replace(/^mittari-/, '').replace(/-\d+\.\d+\.\d+.*\.tgz$/, '')}`,
      `file:${join(tarballs, f)}`,
    ]),
  );
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify(
      {
        name: 'mittari-pack-test',
        private: true,
        type: 'module',
        dependencies: files,
        pnpm: { overrides: files },
      },
      null,
      2,
    ),
  );
  writeFileSync(
    join(app, 'pnpm-workspace.yaml'),
    `overrides:\n${Object.entries(files)
      .map(([k, v]) => `  '${k}': '${v}'`)
      .join('\n')}\n`,
  );
  // Offline: every third-party dependency is already in the pnpm store from the workspace install.
  pnpm(['install', '--offline', '--config.confirmModulesPurge=false', '--reporter=silent'], app);

  const node = (code) =>
    execFileSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: app,
      encoding: 'utf8',
    }).trim();

  await check('@mittari/core imports in Node', () =>
    node(`import * as core from '@mittari/core';
      const n = Object.keys(core).length;
      if (n < 10) throw new Error('only ' + n + ' exports');
      const r = core.parseDataset({ format: 'mittari/1', meta: { title: { fi: 'Testi' } }, indicators: [], areas: [], observations: [] });
      if (typeof r.success !== 'boolean') throw new Error('parseDataset did not return a result');
      console.log(n + ' exports');`),
  );
  await check('@mittari/client imports in Node', () =>
    node(`import { createClient, MittariError } from '@mittari/client';
      if (typeof createClient !== 'function' || typeof MittariError !== 'function') throw new Error('missing exports');
      console.log('createClient, MittariError');`),
  );
  await check('@mittari/geo-fi imports in Node and ships its assets', () =>
    node(`import * as geo from '@mittari/geo-fi';
      import { readdirSync } from 'node:fs';
      import { createRequire } from 'node:module';
      const dir = new URL('../assets/', import.meta.resolve('@mittari/geo-fi'));
      const assets = readdirSync(dir).filter((f) => f.endsWith('.json'));
      if (assets.length === 0) throw new Error('no assets in the tarball');
      console.log(Object.keys(geo).length + ' exports, ' + assets.length + ' asset files');`),
  );
  await check('@mittari/elements imports in Node without touching the DOM', () =>
    node(`const m = await import('@mittari/elements'); console.log(Object.keys(m).length + ' exports');`),
  );

  // The elements in Chromium: an app bundling the npm package, and a CMS page with the bundle.
  const elementsDir = join(app, 'node_modules/@mittari/elements');
  writeFileSync(
    join(app, 'entry.js'),
    `import '@mittari/elements/define.js';\nexport * from '@mittari/elements';\n`,
  );
  await build({
    entryPoints: [join(app, 'entry.js')],
    bundle: true,
    format: 'esm',
    outfile: join(app, 'out/app.js'),
    logLevel: 'silent',
  });
  const TAGS = [
    'mittari-gauge',
    'mittari-kpi',
    'mittari-table',
    'mittari-source',
    'mittari-lang-switch',
    'mittari-map',
    'mittari-ranking',
    'mittari-trend',
  ];
  const browser = await chromium.launch(launchOptions());
  try {
    for (const [label, script] of [
      ['bundled from npm', readFileSync(join(app, 'out/app.js'), 'utf8')],
      ['CMS bundle from the tarball', readFileSync(join(elementsDir, 'dist/cdn/mittari.js'), 'utf8')],
    ]) {
      // The page names every tag, so the CMS bundle (which loads an element when its tag
      // appears) fetches each one's chunk from the tarball's dist/cdn/chunks.
      const html = `<!doctype html><html lang="fi"><body>${TAGS.map((t) => `<${t}></${t}>`).join('')}<script type="module" src="/app.js"></script></body></html>`;
      await check(`@mittari/elements registers every tag in Chromium (${label})`, async () => {
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.route('http://mittari.test/**', (route) => {
          const path = new URL(route.request().url()).pathname;
          if (path === '/') return route.fulfill({ contentType: 'text/html', body: html });
          if (path === '/app.js') return route.fulfill({ contentType: 'text/javascript', body: script });
          if (path.startsWith('/chunks/') && existsSync(join(elementsDir, 'dist/cdn', path)))
            return route.fulfill({
              contentType: 'text/javascript',
              body: readFileSync(join(elementsDir, 'dist/cdn', path), 'utf8'),
            });
          return route.fulfill({ status: 404, body: '' });
        });
        await page.goto('http://mittari.test/');
        const defined = await page.evaluate(async (t) => {
          await Promise.all(
            t.map((tag) =>
              Promise.race([customElements.whenDefined(tag), new Promise((r) => setTimeout(r, 3000))]),
            ),
          );
          return t.filter((tag) => customElements.get(tag));
        }, TAGS);
        await page.close();
        if (errors.length) throw new Error(errors.join('\n'));
        const missing = TAGS.filter((t) => !defined.includes(t));
        if (missing.length) throw new Error(`not registered: ${missing.join(', ')}`);
        return `${defined.length} tags`;
      });
    }
  } finally {
    await browser.close();
  }
} catch (error) {
  failures++;
  console.error(error?.stderr?.toString?.() || error);
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(failures ? `packaging test: ${failures} failed` : 'packaging test: all entry points import');
process.exit(failures ? 1 : 0);
