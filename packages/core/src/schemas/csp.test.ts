import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDataset } from '../parse.js';
import { Indicator } from './indicator.js';
import { smallDocument } from '../__fixtures__/small-dataset.js';

describe('strict Content-Security-Policy', () => {
  afterEach(() => vi.unstubAllGlobals());

  // zod's classic objects compile a parser with `new Function` (this probe catches that); the
  // zod/mini objects core uses do not, and `jitless` keeps zod from even probing for it.
  it('validating never constructs a Function', () => {
    const calls: unknown[] = [];
    const RealFunction = Function;
    vi.stubGlobal(
      'Function',
      new Proxy(RealFunction, {
        construct(target, args) {
          calls.push(args);
          return Reflect.construct(target, args);
        },
        apply(target, thisArg, args) {
          calls.push(args);
          return Reflect.apply(target, thisArg, args);
        },
      }),
    );
    expect(parseDataset(smallDocument()).success).toBe(true);
    expect(Indicator.safeParse({ id: 'x' }).success).toBe(false);
    expect(calls).toEqual([]);
  });
});
