/**
 * Arrow-key movement between areas of a map: to the geographic neighbour in the arrow's
 * direction, using @mittari/geo-fi's neighbour lists; areas cut off by sea (islands) use the
 * layer's `nearest` table. Pure; positions are the label anchors of {@link MapGeometry}.
 */

/** Arrow directions. */
export const NAV_DIRECTIONS = ['up', 'down', 'left', 'right'] as const;
/** An arrow direction. */
export type NavDirection = (typeof NAV_DIRECTIONS)[number];

/** The keys the map listens to, mapped to directions. */
export const ARROW_KEYS: Readonly<Record<string, NavDirection>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** What navigation needs from a layer. */
export interface NavLayer {
  /** Anchor of each area (y pointing down, as on screen). */
  readonly positions: ReadonlyMap<string, { readonly x: number; readonly y: number }>;
  /** Areas sharing a border. */
  readonly neighbours: Readonly<Record<string, readonly string[]>>;
  /** For areas cut off by sea: the nearest area each way (`null`: none that way). */
  readonly nearest: Readonly<Record<string, Readonly<Record<NavDirection, string | null>>>>;
}

const UNIT: Readonly<Record<NavDirection, readonly [number, number]>> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

// Within 67.5° of the arrow counts as "that way": wide enough that a neighbour to the
// north-north-east answers ArrowUp, narrow enough that it never answers ArrowRight first.
const MIN_COS = Math.cos((67.5 * Math.PI) / 180);

function bestInCone(
  from: { x: number; y: number },
  direction: NavDirection,
  candidates: Iterable<string>,
  positions: NavLayer['positions'],
): string | undefined {
  const [ux, uy] = UNIT[direction];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const code of candidates) {
    const p = positions.get(code);
    if (!p) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const dist = Math.hypot(dx, dy);
    if (dist === 0) continue;
    const cos = (dx * ux + dy * uy) / dist;
    if (cos < MIN_COS) continue;
    // Prefer straight ahead, then near: a neighbour at 60° off counts as three times as far.
    const score = dist * (1 + (2 * (1 - cos)) / (1 - MIN_COS));
    if (score < bestScore || (score === bestScore && best !== undefined && code < best)) {
      bestScore = score;
      best = code;
    }
  }
  return best;
}

/**
 * The area an arrow key moves to from `code`, or `undefined` when nothing lies that way.
 * Order of preference: the island table (`nearest`), a bordering neighbour in that direction,
 * then the nearest area of the whole layer in that direction (so an arrow never dead-ends while
 * something is still there).
 *
 * @example
 * ```ts
 * neighbourInDirection(layer, 'KU091', 'right'); // "KU092" (Vantaa lies east of Helsinki)
 * ```
 */
export function neighbourInDirection(
  layer: NavLayer,
  code: string,
  direction: NavDirection,
): string | undefined {
  const from = layer.positions.get(code);
  if (!from) return undefined;
  const island = layer.nearest[code]?.[direction];
  if (island && layer.positions.has(island)) return island;
  return (
    bestInCone(from, direction, layer.neighbours[code] ?? [], layer.positions) ??
    bestInCone(from, direction, layer.positions.keys(), layer.positions)
  );
}

/**
 * Moves through a rank order for Home/End/PageUp/PageDown (`step` areas per page).
 *
 * @example
 * ```ts
 * rankStep(['a', 'b', 'c'], 'a', 'End'); // "c"
 * ```
 */
export function rankStep(
  order: readonly string[],
  code: string | undefined,
  key: string,
  step = 1,
): string | undefined {
  if (order.length === 0) return undefined;
  const i = code === undefined ? -1 : order.indexOf(code);
  const at = (n: number) => order[Math.max(0, Math.min(order.length - 1, n))];
  switch (key) {
    case 'Home':
      return at(0);
    case 'End':
      return at(order.length - 1);
    case 'PageDown':
      return at(i < 0 ? 0 : i + step);
    case 'PageUp':
      return at(i < 0 ? 0 : i - step);
    default:
      return undefined;
  }
}
