// Static scan of the CMS bundle a site hosts (packages/elements/dist/cdn): every script that
// `mittari.js` can load must be free of string-to-code and string-to-HTML sinks, so the bundle
// runs under `script-src 'self'` (no 'unsafe-eval') and `require-trusted-types-for 'script'`.
// The one allowed HTML sink is Lit's own template creation, which receives only strings that went
// through its `lit-html` Trusted Types policy; the test pins that code's exact shape.
// Run `pnpm run build` (or `MITTARI_PACKAGES=cms pnpm exec rollup -c`) first.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CDN = process.env['MITTARI_DEMO_CDN'] ?? join(root, 'packages/elements/dist/cdn');
const ENTRY = join(CDN, 'mittari.js');

/** The entry and every chunk reachable from it by static or dynamic import (stale chunks of older builds are ignored). */
function bundleFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const queue = [ENTRY];
  const spec = /(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (files.has(file)) continue;
    const code = readFileSync(file, 'utf8');
    files.set(file, code);
    for (const m of code.matchAll(spec)) queue.push(resolve(dirname(file), m[1] as string));
  }
  return files;
}

/** Code sinks that turn a string into script or markup, each with the reason it is banned. */
const FORBIDDEN: readonly { name: string; pattern: RegExp }[] = [
  { name: 'eval(', pattern: /(?<![\w$.])eval\s*\(/ },
  { name: 'new Function', pattern: /\bnew\s+Function\b/ },
  { name: 'Function(', pattern: /(?<![\w$.])Function\s*\(/ },
  { name: 'innerHTML', pattern: /innerHTML/ },
  { name: 'outerHTML', pattern: /outerHTML/ },
  { name: 'insertAdjacentHTML', pattern: /insertAdjacentHTML/ },
  { name: 'document.write', pattern: /\.write(?:ln)?\s*\(/ },
  { name: 'unsafeHTML', pattern: /unsafeHTML|unsafeSVG|unsafeMathML/ },
  { name: 'setTimeout/setInterval with a string', pattern: /set(?:Timeout|Interval)\(\s*["'`]/ },
  { name: 'createContextualFragment', pattern: /createContextualFragment/ },
  { name: 'DOMParser', pattern: /DOMParser|parseFromString/ },
  { name: 'setHTMLUnsafe', pattern: /setHTMLUnsafe|parseHTMLUnsafe/ },
  { name: 'srcdoc', pattern: /srcdoc/ },
  { name: 'javascript: URL', pattern: /["'`]javascript:/i },
  { name: 'importScripts', pattern: /importScripts/ },
];

/**
 * The exact code shapes of Lit's template creation (lit-html 3, minified by terser): the policy
 * is created once with an identity `createHTML`, template strings are checked to be a real
 * template literal's `raw` array before going through it, and the result is assigned to a fresh
 * `<template>`'s innerHTML. Identifiers are minified, so they are captured, not named.
 */
const LIT_POLICY =
  /(\w+)=\w+\.trustedTypes,(\w+)=\1\?\1\.createPolicy\("lit-html",\{createHTML:(\w+)=>\3\}\):void 0/;
const LIT_TEMPLATE_STRINGS =
  /if\(!\w+\((\w+)\)\|\|!\1\.hasOwnProperty\("raw"\)\)throw Error\("invalid template strings array"\);return void 0!==(\w+)\?\2\.createHTML\((\w+)\):\3\}/;
const LIT_TEMPLATE_ELEMENT =
  /static createElement\((\w+),\w+\)\{const (\w+)=\w+\.createElement\("template"\);return \2\.innerHTML=\1,\2\}/;

/** The bundle with Lit's allowed template-creation code blanked out. */
function withoutLitTemplateCreation(code: string): string {
  return code.replace(LIT_TEMPLATE_ELEMENT, '/*lit-template*/');
}

const findings = (files: Map<string, string>): string[] =>
  [...files].flatMap(([file, code]) => {
    const scanned = withoutLitTemplateCreation(code);
    return FORBIDDEN.flatMap(({ name, pattern }) => {
      const global = new RegExp(
        pattern.source,
        pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
      );
      return [...scanned.matchAll(global)].map(
        (m) =>
          `${relative(CDN, file)}: ${name} at ${m.index}: …${scanned.slice(Math.max(0, m.index - 60), m.index + 60)}…`,
      );
    });
  });

describe('the CMS bundle has no string-to-code or string-to-HTML sinks', () => {
  it('is built', () => {
    expect(existsSync(ENTRY), `${ENTRY} is missing: run \`pnpm run build\``).toBe(true);
  });

  const files = existsSync(ENTRY) ? bundleFiles() : new Map<string, string>();

  it('loads its chunks by relative import only', () => {
    expect(files.size).toBeGreaterThan(1);
    for (const file of files.keys()) expect(file.startsWith(CDN)).toBe(true);
  });

  it('contains Lit’s lit-html policy and template creation in exactly the allowed shape, once', () => {
    const all = [...files.values()].join('\n');
    expect(all.match(new RegExp(LIT_POLICY.source, 'g'))?.length).toBe(1);
    expect(all.match(new RegExp(LIT_TEMPLATE_STRINGS.source, 'g'))?.length).toBe(1);
    expect(all.match(new RegExp(LIT_TEMPLATE_ELEMENT.source, 'g'))?.length).toBe(1);
    // The policy is the only one: another name would have to be added to the page's
    // `trusted-types` directive, and the security guide promises `trusted-types lit-html`.
    expect(all.match(/createPolicy\(/g)?.length).toBe(1);
    // innerHTML occurs nowhere but in the allowed shape.
    expect(all.match(/innerHTML/g)?.length).toBe(1);
  });

  it('has no eval, Function, innerHTML, outerHTML, insertAdjacentHTML, document.write, unsafeHTML or string timers', () => {
    expect(findings(files)).toEqual([]);
  });

  it('does not include d3-dsv’s csvParse (its row converter is built with new Function)', () => {
    const all = [...files.values()].join('\n');
    // d3-dsv's objectConverter: `new Function("d", "return {" + … + "}")`.
    expect(all).not.toMatch(/["']return \{["']/);
    expect(all).not.toMatch(/\] \|\| ""/);
  });
});

/** The package sources that end up in the bundle (tests, stories and fixtures excluded). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.ts$/.test(name) && !/\.(test|test-d|stories|fixtures)\.ts$|\.d\.ts$/.test(name) ? [path] : [];
  });
}

describe('the package sources have no string-to-code or string-to-HTML sinks', () => {
  // The same scan on the TypeScript sources catches a sink before it is ever bundled (and in
  // elements not yet registered by the CMS bundle). Comments are stripped so prose may name them.
  it('core, client, geo-fi and elements', () => {
    const files = new Map(
      ['core', 'client', 'geo-fi', 'elements'].flatMap((p) =>
        sourceFiles(join(root, 'packages', p, 'src')).map(
          (f) =>
            [f, readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|(?<![:"'`\\])\/\/[^\n]*/g, '')] as const,
        ),
      ),
    );
    expect(files.size).toBeGreaterThan(50);
    expect(findings(files)).toEqual([]);
  });
});
