import type { Boundaries } from './boundaries.js';

/**
 * The keyboard-navigation graph of a layer: land neighbours plus, both ways, the sea links of
 * {@link Boundaries.nearest}, so every area can be reached from every other. Symmetric; lists sorted.
 *
 * @example
 * ```ts
 * const graph = navigationGraph(await loadBoundaries({ level: 'region' }));
 * graph.get('MK21'); // Åland's neighbours: ["MK02"]
 * ```
 */
export function navigationGraph(
  boundaries: Pick<Boundaries, 'neighbours' | 'nearest'>,
): Map<string, string[]> {
  const links = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    if (a === b) return;
    if (!links.has(a)) links.set(a, new Set());
    if (!links.has(b)) links.set(b, new Set());
    links.get(a)!.add(b);
    links.get(b)!.add(a);
  };
  for (const [code, list] of Object.entries(boundaries.neighbours)) {
    if (!links.has(code)) links.set(code, new Set());
    for (const other of list) link(code, other);
  }
  for (const [code, ways] of Object.entries(boundaries.nearest)) {
    for (const other of [ways.up, ways.down, ways.left, ways.right]) if (other) link(code, other);
  }
  return new Map([...links].map(([k, v]) => [k, [...v].sort()]));
}
