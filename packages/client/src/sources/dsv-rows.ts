/**
 * Splits delimiter-separated text (RFC 4180: quoted fields, `""` for a quote inside quotes,
 * `\r\n`, `\n` or `\r` line ends) into rows of strings.
 *
 * Mittari's own parser rather than d3-dsv: `dsvFormat()` returns an object whose `parse` method
 * builds a row converter with `new Function`, and a bundler cannot drop that method, so the CMS
 * bundle carried a `new Function` that a strict CSP reviewer (and `tests/security/bundle-scan`)
 * has to reject even though Mittari never called it.
 *
 * @example
 * ```ts
 * parseDsvRows('a;b\n"x;1";2\n', ';'); // [['a', 'b'], ['x;1', '2']]
 * ```
 */
export function parseDsvRows(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  const n = text.length;
  if (n === 0) return rows;
  const d = delimiter.charCodeAt(0);
  let row: string[] = [];
  let i = 0;
  while (i <= n) {
    let field = '';
    if (text.charCodeAt(i) === 34 /* " */) {
      // A quoted field runs to the next quote that is not doubled.
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          field += text.slice(j);
          j = n;
          break;
        }
        field += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          field += '"';
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      i = j;
    }
    // Unquoted text (or stray text after a closing quote) up to the delimiter or line end.
    let k = i;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === d || c === 10 || c === 13) break;
      k++;
    }
    field += text.slice(i, k);
    row.push(field);
    if (k >= n) {
      rows.push(row);
      break;
    }
    const c = text.charCodeAt(k);
    if (c === d) {
      i = k + 1;
      continue;
    }
    // A line end: `\r\n` counts once; a line end as the very last character ends the text.
    i = c === 13 && text.charCodeAt(k + 1) === 10 ? k + 2 : k + 1;
    rows.push(row);
    row = [];
    if (i >= n) break;
  }
  return rows;
}
