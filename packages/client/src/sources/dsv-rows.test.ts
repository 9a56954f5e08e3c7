import { dsvFormat } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDsvRows } from './dsv-rows.js';

describe('parseDsvRows', () => {
  it('reads quoted fields, doubled quotes and every line ending', () => {
    expect(parseDsvRows('a;b\r\n"x;1";"say ""hi"""\r"multi\nline";\n', ';')).toEqual([
      ['a', 'b'],
      ['x;1', 'say "hi"'],
      ['multi\nline', ''],
    ]);
    expect(parseDsvRows('', ',')).toEqual([]);
    expect(parseDsvRows('a,b', ',')).toEqual([['a', 'b']]);
    expect(parseDsvRows('"unterminated,x', ',')).toEqual([['unterminated,x']]);
  });

  it('agrees with d3-dsv parseRows on well-formed input', () => {
    const field = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', '1', ' ', 'ä', ',', ';', '"', '\n', '\r') }),
      fc.string(),
    );
    const quote = (s: string, d: string): string =>
      /["\n\r]/.test(s) || s.includes(d) ? `"${s.replaceAll('"', '""')}"` : s;
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        (rows, d, eol) => {
          const text = rows.map((r) => r.map((f) => quote(f, d)).join(d)).join(eol);
          expect(parseDsvRows(text, d)).toEqual(dsvFormat(d).parseRows(text));
        },
      ),
      { numRuns: 300 },
    );
  });
});
