/** Presentation properties copied from computed style into an exported, standalone SVG. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

// Characters XML 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates): one in a
// label would make the exported file unreadable, so each becomes U+FFFD.
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escapeText(s: string): string {
  return s
    .replace(XML_ILLEGAL, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replaceAll('"', '&quot;');
}

/** Options of {@link serializeSvg}. */
export interface SerializeOptions {
  /** Write each element's computed presentation style as attributes (for a standalone file). */
  readonly computedStyle?: boolean;
  /** Attributes left out (e.g. `tabindex`, `class` for a clean export). */
  readonly omit?: readonly string[];
}

function serialize(node: Node, options: SerializeOptions, out: string[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const t = node.textContent ?? '';
    if (t.trim() !== '') out.push(escapeText(t));
    return;
  }
  if (!(node instanceof Element)) return; // comments (Lit's markers) and the rest are not content
  const attrs = new Map<string, string>();
  for (const a of Array.from(node.attributes)) {
    if (!options.omit?.includes(a.name)) attrs.set(a.name, a.value);
  }
  if (options.computedStyle) {
    const cs = getComputedStyle(node);
    for (const p of STYLE_PROPS) {
      const v = cs.getPropertyValue(p);
      if (v && v !== 'normal' && v !== 'auto') attrs.set(p, v);
    }
    attrs.delete('style');
    attrs.delete('class');
  }
  const tag = node.localName;
  const sorted = [...attrs.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  out.push(`<${tag}${sorted.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}`);
  const children = Array.from(node.childNodes);
  if (children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const c of children) serialize(c, options, out);
  out.push(`</${tag}>`);
}

/**
 * A deterministic text form of an SVG element: attributes sorted, Lit's comment markers and
 * whitespace-only text dropped, text escaped. Used for golden snapshots and, with
 * `computedStyle`, for SVG export (a standalone file that looks like the chart did).
 *
 * @example
 * ```ts
 * serializeSvg(shadowRoot.querySelector('svg')!, { computedStyle: true });
 * ```
 */
export function serializeSvg(svg: Element, options: SerializeOptions = {}): string {
  const out: string[] = [];
  serialize(svg, options, out);
  let s = out.join('');
  if (!s.includes('xmlns=')) s = s.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  return s;
}
