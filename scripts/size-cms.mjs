// What the CMS bundle costs a page, read from the built files in packages/elements/dist/cdn
// (gzip level 9, each file counted once per page). The entry loads an element's chunk when its
// tag appears (decision 0161); the client loads when an element reads `src` / `source`, and the
// JSON-stat, PxWeb and CSV adapters only for sources of those formats (decision 0160).
// Geometry assets are budgeted apart in .size-limit.json.
// Usage: node scripts/size-cms.mjs [--max-page=kB] [--max-all=kB]
//   --max-page  guard for the heaviest page below (every element, reading a Mittari dataset)
//   --max-all   guard for every file together (each adapter and PNG export included)
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const cdn = fileURLToPath(new URL('../packages/elements/dist/cdn/', import.meta.url));
const option = (name) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.slice(name.length + 3)) : undefined;
};

const files = [
  'mittari.js',
  ...readdirSync(join(cdn, 'chunks'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `chunks/${f}`),
];
const code = new Map(files.map((f) => [f, readFileSync(join(cdn, f), 'utf8')]));
const gz = (f) => gzipSync(code.get(f), { level: 9 }).length;

/** The chunks a minified chunk imports statically (`from"./x.js"`, `import"./x.js"`). */
function staticImports(file) {
  return [...code.get(file).matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)]
    .map((m) => normalize(join(dirname(file), m[1])))
    .filter((f) => code.has(f));
}

function withStatic(start, into) {
  if (into.has(start)) return into;
  into.add(start);
  for (const f of staticImports(start)) withStatic(f, into);
  return into;
}

// The entry maps each tag to its chunk: `"mittari-gauge":()=>import("./chunks/gauge-….js")`.
const entry = code.get('mittari.js');
const tagChunk = new Map(
  [...entry.matchAll(/"(mittari-[a-z-]+)":\(\)=>import\("\.\/([^"]+)"\)/g)].map((m) => [m[1], m[2]]),
);
const loader = files.find((f) => /\/load-remote-/.test(f));

/** The files a page loads: the entry, the chunks of its tags, and the client when it reads data. */
function page(tags, readsData) {
  const set = withStatic('mittari.js', new Set());
  for (const tag of tags) {
    const chunk = tagChunk.get(tag);
    if (!chunk) throw new Error(`the CMS entry has no loader for <${tag}>`);
    withStatic(chunk, set);
  }
  if (readsData && loader) withStatic(loader, set);
  return set;
}

const sum = (set) => [...set].reduce((n, f) => n + gz(f), 0);
const kB = (n) => `${(n / 1024).toFixed(1)} kB`.padStart(8);

const all = [...tagChunk.keys()];
const pages = [
  ['the entry alone (no Mittari element on the page)', page([], false)],
  ['one gauge reading a Mittari dataset (src)', page(['mittari-gauge'], true)],
  [
    'a gauge and three KPI tiles with <mittari-source>',
    page(['mittari-source', 'mittari-gauge', 'mittari-kpi'], true),
  ],
  ['a map with its ranking (src)', page(['mittari-map', 'mittari-ranking'], true)],
  ['one trend chart (src)', page(['mittari-trend'], true)],
  ['every element, reading a Mittari dataset (the demo)', page(all, true)],
];
const everything = new Set(files);

console.log('CMS bundle, what a page downloads (gzip, level 9):');
for (const [name, set] of pages) console.log(`${kB(sum(set))}  ${name}  [${set.size} files]`);
console.log(
  `${kB(sum(everything))}  every file: all elements, every adapter, PNG export  [${everything.size} files]`,
);

let failed = false;
const fail = (message) => {
  console.error(message);
  failed = true;
};
if (tagChunk.size < 8) fail(`the CMS entry maps ${tagChunk.size} tags to chunks; expected every element`);
if (!loader) fail('no load-remote chunk: the client is no longer loaded on demand');
const maxPage = option('max-page');
const heaviest = sum(pages[pages.length - 1][1]);
if (maxPage && heaviest > maxPage * 1024)
  fail(`the every-element page loads ${kB(heaviest)}, over the ${maxPage} kB guard`);
const maxAll = option('max-all');
if (maxAll && sum(everything) > maxAll * 1024) fail(`all files together are over the ${maxAll} kB guard`);
process.exit(failed ? 1 : 0);
