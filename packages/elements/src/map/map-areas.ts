import { nothing } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';
import type { MapGeometry } from '../layout/map-geometry.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What the area paths show; the shapes themselves come from the geometry. */
export interface AreaPathsView {
  readonly geometry: MapGeometry;
  /**
   * Each shape's fill, in `geometry.shapes` order: a colour or a hatch pattern's `url(#…)`. Pass
   * the same array again when nothing changed: the paths are then not visited at all.
   */
  readonly fills: readonly string[];
  /** Each shape's accessible name when it is not the tab stop, in `geometry.shapes` order; same array, same names. */
  readonly names: readonly string[];
  /** The area that is the map's one tab stop. */
  readonly tabStop: string | undefined;
  /** The tab stop's accessible name (all its facts, decision 0570). */
  readonly tabStopLabel: string;
}

// One detached <g> of bare paths per geometry (itself cached per layer and size, decision 0551):
// every map of that layer and size clones it — one native deep copy instead of 308 template
// instances — and then only sets what varies per map. Detached nodes are inert; nothing renders
// or runs from this copy.
const templates = new WeakMap<MapGeometry, SVGGElement>();
const indices = new WeakMap<MapGeometry, ReadonlyMap<string, number>>();

function template(geometry: MapGeometry): SVGGElement {
  let g = templates.get(geometry);
  if (g) return g;
  g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('class', 'areas');
  for (const shape of geometry.shapes) {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('class', 'area');
    path.setAttribute('data-mark', '');
    path.setAttribute('fill-rule', 'evenodd');
    path.setAttribute('role', 'button');
    path.setAttribute('data-code', shape.code);
    path.setAttribute('d', shape.d);
    g.append(path);
  }
  templates.set(geometry, g);
  return g;
}

/** A shape's position in `geometry.shapes`, by area code. */
function indexOf(geometry: MapGeometry): ReadonlyMap<string, number> {
  let map = indices.get(geometry);
  if (!map) indices.set(geometry, (map = new Map(geometry.shapes.map((s, i) => [s.code, i]))));
  return map;
}

/**
 * Keeps one map's area paths: cloned from the geometry's template when the geometry changes,
 * otherwise the same elements. A recolour hands over a new fills array and touches only the
 * `fill` attributes that differ and the two tab-stop names (the old one back to its area's name,
 * the new one to its facts): no path is rebuilt, no class or other attribute changes, so the
 * browser restyles only the paths whose colour changed.
 */
class AreaPathsDirective extends Directive {
  #geometry: MapGeometry | undefined;
  #group: SVGGElement | undefined;
  #paths: SVGPathElement[] = [];
  /** What each path's attributes are set to now. */
  #fills: string[] = [];
  #labels: string[] = [];
  /** The arrays last applied (by identity): an unchanged one is not walked again. */
  #fillsFrom: readonly string[] | undefined;
  #namesFrom: readonly string[] | undefined;
  #tabStop: string | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('areaPaths() belongs in a child position');
  }

  render(_view: AreaPathsView): typeof nothing {
    return nothing;
  }

  #setLabel(i: number, label: string): void {
    if (label !== this.#labels[i]) this.#paths[i]?.setAttribute('aria-label', (this.#labels[i] = label));
  }

  override update(_part: ChildPart, [view]: [AreaPathsView]): SVGGElement {
    const { geometry, fills, names, tabStop, tabStopLabel } = view;
    const fresh = geometry !== this.#geometry || !this.#group;
    if (fresh) {
      this.#geometry = geometry;
      this.#group = template(geometry).cloneNode(true) as SVGGElement;
      this.#paths = Array.from(this.#group.children) as SVGPathElement[];
      this.#fills = [];
      this.#labels = [];
      this.#fillsFrom = undefined;
      this.#namesFrom = undefined;
      this.#tabStop = undefined;
    }
    const { shapes } = geometry;
    const newFills = fills !== this.#fillsFrom;
    const newNames = names !== this.#namesFrom;
    if (newFills || newNames) {
      // Per path, in the order fill, tabindex, aria-label: the attribute order the SVG export and
      // the golden snapshots have always had.
      for (let i = 0; i < shapes.length; i++) {
        const path = this.#paths[i]!;
        const code = shapes[i]!.code;
        if (newFills) {
          const fill = fills[i] ?? '';
          if (fill !== this.#fills[i]) path.setAttribute('fill', (this.#fills[i] = fill));
        }
        if (fresh) path.setAttribute('tabindex', code === tabStop ? '0' : '-1');
        if (newNames) this.#setLabel(i, code === tabStop ? tabStopLabel : (names[i] ?? code));
      }
      this.#fillsFrom = fills;
    }
    const index = indexOf(geometry);
    const was = this.#tabStop === undefined ? undefined : index.get(this.#tabStop);
    const now = tabStop === undefined ? undefined : index.get(tabStop);
    if (!fresh && tabStop !== this.#tabStop) {
      if (was !== undefined) this.#paths[was]?.setAttribute('tabindex', '-1');
      if (now !== undefined) this.#paths[now]?.setAttribute('tabindex', '0');
    }
    if (!newNames) {
      // Names unchanged: only the tab stop's label can differ (its facts, or a new tab stop).
      if (was !== undefined && was !== now) this.#setLabel(was, names[was] ?? this.#tabStop ?? '');
      if (now !== undefined) this.#setLabel(now, tabStopLabel);
    }
    this.#namesFrom = names;
    this.#tabStop = tabStop;
    return this.#group!;
  }
}

/**
 * The map's areas as one `<g class="areas">` of `<path class="area">` elements, kept across
 * renders (see {@link AreaPathsDirective}). Listen on an ancestor: the paths carry no listeners.
 *
 * @example
 * ```ts
 * svg`<svg>${areaPaths({ geometry, fills, names, tabStop, tabStopLabel })}</svg>`;
 * ```
 */
export const areaPaths = directive(AreaPathsDirective);
