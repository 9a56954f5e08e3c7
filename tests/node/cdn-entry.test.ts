import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = (file: string) =>
  readFileSync(join(import.meta.dirname, '../../packages/elements/src', file), 'utf8');

// The npm entry `define.js` registers everything at once; the CMS entry `cdn.ts` on demand. Both
// must offer the same elements from the same registration modules.
describe('the CMS entry and define.js', () => {
  it('register the same elements from the same modules', () => {
    const eager = [...src('define.ts').matchAll(/^import '\.\/([a-z-]+\/[a-z-]+\.js)';/gm)].map((m) => m[1]);
    const lazy = [
      ...src('cdn.ts').matchAll(/'mittari-([a-z-]+)': \(\) => import\('\.\/([a-z-]+\/[a-z-]+\.js)'\)/g),
    ];
    expect(lazy.map((m) => m[2])).toEqual(eager);
    expect(lazy.every((m) => m[2]?.startsWith(`${m[1]}/`))).toBe(true);
    expect(eager.length).toBeGreaterThanOrEqual(8);
  });
});
