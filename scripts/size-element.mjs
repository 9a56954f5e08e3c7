// What one element costs an app that imports it alone, bundled the way Vite and Rollup bundle
// (tree-shaking before chunking): the gzip size of the entry chunk plus every chunk it imports
// statically. Chunks behind `import()` (the client for `src`, PNG export) load only when used
// and are listed apart. Usage: node scripts/size-element.mjs gauge [limitKB]
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const root = fileURLToPath(new URL('..', import.meta.url));
const [name = 'gauge', limit] = process.argv.slice(2);
const bundle = await rollup({
  input: join(root, `packages/elements/dist/${name}/${name}.js`),
  plugins: [
    nodeResolve({ exportConditions: ['browser', 'import', 'default'] }),
    terser({ format: { comments: false } }),
  ],
  onwarn: () => {},
});
const { output } = await bundle.generate({ format: 'es', chunkFileNames: '[name].js' });
const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
const entry = output.find((o) => o.type === 'chunk' && o.isEntry);
const staticSet = new Set();
(function walk(file) {
  if (staticSet.has(file)) return;
  staticSet.add(file);
  for (const dep of chunks.get(file).imports) walk(dep);
})(entry.fileName);
const gz = (c) => gzipSync(c.code, { level: 9 }).length;
const staticBytes = [...staticSet].reduce((sum, f) => sum + gz(chunks.get(f)), 0);
console.log(`<mittari-${name}> imported alone: ${(staticBytes / 1024).toFixed(1)} kB gzip loaded up front`);
for (const [file, chunk] of chunks) {
  if (!staticSet.has(file)) console.log(`  on demand: ${file} ${(gz(chunk) / 1024).toFixed(1)} kB gzip`);
}
if (limit && staticBytes > Number(limit) * 1024) {
  console.error(`over the ${limit} kB limit`);
  process.exit(1);
}
