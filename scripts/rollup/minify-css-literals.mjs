// Minifies the static text of Lit `css` tagged templates at build time: comments go, runs of
// whitespace become one space, and the spaces CSS never needs (around `{ } ; ,`) go. The
// `${…}` interpolations are kept verbatim. Whitespace inside values (`calc(a + b)`, selectors
// such as `a :hover`) is only collapsed, never removed, so the meaning of the CSS is unchanged.

/** The minified form of one static piece of a css`` template. */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/;}/g, '}');
}

/** Index just past the `}` that closes the `${` starting at `from` (braces balanced). */
function interpolationEnd(code, from) {
  let depth = 0;
  for (let i = from; i < code.length; i++) {
    if (code[i] === '{') depth++;
    else if (code[i] === '}' && --depth === 0) return i + 1;
  }
  throw new Error('unbalanced ${ in a css template');
}

/** Rewrites every css`` template in a module's source. */
export function minifyCssLiterals(code) {
  let out = '';
  let at = 0;
  for (let start = code.indexOf('css`'); start !== -1; start = code.indexOf('css`', at)) {
    out += code.slice(at, start + 4);
    let i = start + 4;
    let piece = '';
    for (;;) {
      const ch = code[i];
      if (ch === undefined) throw new Error('unterminated css template');
      if (ch === '\\') {
        piece += code.slice(i, i + 2);
        i += 2;
      } else if (ch === '`') {
        out += minifyCssText(piece) + '`';
        i += 1;
        break;
      } else if (ch === '$' && code[i + 1] === '{') {
        const end = interpolationEnd(code, i + 1);
        out += minifyCssText(piece) + code.slice(i, end);
        piece = '';
        i = end;
      } else {
        piece += ch;
        i += 1;
      }
    }
    at = i;
  }
  return out + code.slice(at);
}

/** The rollup plugin: applies {@link minifyCssLiterals} to the elements' TypeScript sources. */
export function cssLiterals() {
  return {
    name: 'mittari-minify-css-literals',
    transform(code, id) {
      if (!id.includes('/packages/elements/src/') || !code.includes('css`')) return null;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}
