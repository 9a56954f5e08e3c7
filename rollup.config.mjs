// Builds every package's JavaScript (types come from `tsc -b`), plus the single
// self-registering CMS bundle of all elements with its lazily loaded assets beside it.
import { readFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { cssLiterals } from './scripts/rollup/minify-css-literals.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const PACKAGES = ['core', 'client', 'geo-fi', 'elements'];

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Every module that lists `import.meta.url` assets is rewritten so rollup emits them. */
function importMetaAssets() {
  const pattern = /new URL\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*,\s*import\.meta\.url\s*\)/g;
  return {
    name: 'mittari-import-meta-assets',
    transform(code, id) {
      if (!code.includes('import.meta.url')) return null;
      let changed = false;
      const out = code.replace(pattern, (whole, _quote, rel) => {
        const file = resolve(dirname(id), rel);
        if (!existsSync(file)) return whole;
        const ref = this.emitFile({
          type: 'asset',
          fileName: `assets/${relative(join(root, 'packages'), file)
            .replaceAll('/', '-')
            .replace(/^geo-fi-assets-/, '')}`,
          source: readFileSync(file),
        });
        changed = true;
        return `new URL(import.meta.ROLLUP_FILE_URL_${ref})`;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}

function packageBuild(name) {
  const dir = join(root, 'packages', name);
  const pkg = readJson(join(dir, 'package.json'));
  const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  const external = (id) => deps.some((d) => id === d || id.startsWith(`${d}/`));
  const entries = { index: join(dir, 'src/index.ts') };
  if (name === 'elements' && existsSync(join(dir, 'src/define.ts')))
    entries.define = join(dir, 'src/define.ts');
  return {
    input: entries,
    external,
    output: {
      dir: join(dir, 'dist'),
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: join(dir, 'src'),
      entryFileNames: '[name].js',
    },
    plugins: [
      cssLiterals(),
      esbuild({ target: 'es2022', tsconfig: join(dir, 'tsconfig.json'), minify: false }),
    ],
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY') throw new Error(`import cycle: ${warning.message}`);
      warn(warning);
    },
  };
}

/** Inside the CMS bundle, workspace packages are read from source so build order cannot matter. */
function workspaceSources() {
  return {
    name: 'mittari-workspace-sources',
    resolveId(source) {
      const match = /^@mittari\/([a-z-]+)$/.exec(source);
      return match ? join(root, 'packages', match[1], 'src/index.ts') : null;
    },
  };
}

/**
 * The CMS bundle's chunks, by family, so a page makes a few requests rather than thirty: what
 * every element uses, each family of elements, and the client with the validator (only for
 * `src` / `source`). Adapters of other formats and PNG export stay chunks of their own.
 */
function cmsChunk(id) {
  const rel = id.replace(/\\/g, '/');
  // The npm package a module belongs to (pnpm nests it under node_modules/.pnpm/…/node_modules).
  const dependency = /\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\//.exec(
    rel,
  )?.[1];
  if (dependency) {
    if (['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'date-fns'].includes(dependency))
      return 'foundation';
    if (dependency === 'zod') return 'client';
    // Shared by the map's classes and the trend's ticks only.
    if (dependency === 'd3-array') return 'd3-array';
    return undefined;
  }
  const el = /\/packages\/elements\/src\/(.+)$/.exec(rel)?.[1];
  if (el) {
    if (/^internal\/(load-remote|png)\.ts$/.test(el)) return undefined;
    if (/^(internal|source|lang-switch)\//.test(el)) return 'foundation';
    if (/^(gauge|kpi|table)\/|^layout\/(gauge|kpi)/.test(el)) return 'gauge-kpi-table';
    if (/^(map|ranking)\/|^layout\/(map|ranking|color)/.test(el)) return 'map-ranking';
    if (/^trend\/|^layout\/trend/.test(el)) return 'trend';
    return undefined;
  }
  const core = /\/packages\/core\/src\/(.+)$/.exec(rel)?.[1];
  if (core) {
    if (/^(parse|store|suppression|aggregate)\.ts$|^schemas\//.test(core)) return 'client';
    if (/^i18n\/messages-(gauge|kpi)\.ts$/.test(core)) return 'gauge-kpi-table';
    if (/^i18n\/messages-map\.ts$|^compare\.ts$/.test(core)) return 'map-ranking';
    if (/^i18n\/messages-trend\.ts$|^efficiency\.ts$/.test(core)) return 'trend';
    return 'foundation';
  }
  if (
    /\/packages\/client\/src\/(client|cache|descriptor|errors|fetcher|retry-after|signals|zod|to-dataset)\.ts$/.test(
      rel,
    )
  )
    return 'client';
  return undefined;
}

/**
 * Gives workspace modules read from source the `sideEffects` their package declares. Read through
 * `workspaceSources`, they bypass node-resolve, which would apply it; without it every core module
 * counts as having side effects and a module-level zod schema drags zod and every schema into
 * chunks that never validate anything.
 */
function workspaceSideEffects() {
  const declared = new Map(
    PACKAGES.map((p) => [p, readJson(join(root, 'packages', p, 'package.json')).sideEffects]),
  );
  const matches = (pattern, rel) =>
    pattern.includes('*')
      ? new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*')}$`).test(rel)
      : pattern === rel;
  return {
    name: 'mittari-workspace-side-effects',
    transform(code, id) {
      const m = /\/packages\/([a-z-]+)\/(src\/.+)$/.exec(id);
      const list = m ? declared.get(m[1]) : undefined;
      if (!m || list === undefined || list === true) return null;
      const effects = Array.isArray(list) && list.some((pattern) => matches(pattern, `./${m[2]}`));
      return { code, map: null, moduleSideEffects: effects };
    },
  };
}

/** The CMS bundle: one `<script type="module">` makes every element available, each loaded when its tag appears. */
function cmsBundle() {
  const dir = join(root, 'packages/elements');
  // Chunk names carry content hashes: start clean so no stale chunk is shipped or measured.
  rmSync(join(dir, 'dist/cdn'), { recursive: true, force: true });
  return {
    input: join(dir, 'src/cdn.ts'),
    output: {
      dir: join(dir, 'dist/cdn'),
      format: 'es',
      sourcemap: true,
      entryFileNames: 'mittari.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks: cmsChunk,
    },
    plugins: [
      workspaceSources(),
      workspaceSideEffects(),
      importMetaAssets(),
      cssLiterals(),
      nodeResolve({ exportConditions: ['browser', 'import', 'default'], extensions: ['.ts', '.js'] }),
      esbuild({ target: 'es2022', tsconfig: join(dir, 'tsconfig.json'), minify: false }),
      terser({ format: { comments: false }, compress: { passes: 2 } }),
    ],
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' && !warning.ids?.some((i) => i.includes('node_modules'))) {
        throw new Error(`import cycle: ${warning.message}`);
      }
      if (warning.code === 'CIRCULAR_DEPENDENCY') return;
      warn(warning);
    },
  };
}

const only = process.env.MITTARI_PACKAGES?.split(',');
const builds = PACKAGES.filter((p) => !only || only.includes(p))
  .filter((p) => existsSync(join(root, 'packages', p, 'src/index.ts')))
  .map(packageBuild);
if ((!only || only.includes('cms')) && existsSync(join(root, 'packages/elements/src/cdn.ts')))
  builds.push(cmsBundle());

export default builds;
