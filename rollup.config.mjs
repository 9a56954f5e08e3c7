// Builds every package's JavaScript (types come from `tsc -b`), plus the single
// self-registering CMS bundle of all elements with its lazily loaded assets beside it.
import { readFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

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
    plugins: [esbuild({ target: 'es2022', tsconfig: join(dir, 'tsconfig.json'), minify: false })],
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

/** The CMS bundle: one `<script type="module">` registers every element. */
function cmsBundle() {
  const dir = join(root, 'packages/elements');
  // Chunk names carry content hashes: start clean so no stale chunk is shipped or measured.
  rmSync(join(dir, 'dist/cdn'), { recursive: true, force: true });
  return {
    input: join(dir, 'src/define.ts'),
    output: {
      dir: join(dir, 'dist/cdn'),
      format: 'es',
      sourcemap: true,
      entryFileNames: 'mittari.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [
      workspaceSources(),
      importMetaAssets(),
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
if ((!only || only.includes('cms')) && existsSync(join(root, 'packages/elements/src/define.ts')))
  builds.push(cmsBundle());

export default builds;
