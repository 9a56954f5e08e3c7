import { nothing } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';
import type { MapGeometry } from '../layout/map-geometry.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What the area paths show; the shapes themselves come from the geometry. */
export interface AreaPathsView {
  readonly geometry: MapGeometry;
  /** An area's fill: a colour or a hatch pattern's `url(#…)`. */
  readonly fillOf: (code: string) => string;
  /** The area that is the map's one tab stop. */
  readonly tabStop: string | undefined;
  /** An area's accessible name. */
  readonly labelOf: (code: string) => string;
}

// One detached <g> of bare paths per geometry (itself cached per layer and size, decision 0551):
// every map of that layer and size clones it — one native deep copy instead of 308 template
// instances — and then only sets what varies per map. Detached nodes are inert; nothing renders
// or runs from this copy.
const templates = new WeakMap<MapGeometry, SVGGElement>();

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

/**
 * Keeps one map's area paths: cloned from the geometry's template when the geometry changes,
 * otherwise the same elements, on which only changed fills, the tab stop and changed names are
 * set — so a recolour touches attributes and never rebuilds a path.
 */
class AreaPathsDirective extends Directive {
  #geometry: MapGeometry | undefined;
  #group: SVGGElement | undefined;
  #paths: SVGPathElement[] = [];
  #fills: string[] = [];
  #labels: string[] = [];
  #tabStop: string | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('areaPaths() belongs in a child position');
  }

  render(_view: AreaPathsView): typeof nothing {
    return nothing;
  }

  override update(_part: ChildPart, [view]: [AreaPathsView]): SVGGElement {
    const { geometry, fillOf, labelOf, tabStop } = view;
    const fresh = geometry !== this.#geometry || !this.#group;
    if (fresh) {
      this.#geometry = geometry;
      this.#group = template(geometry).cloneNode(true) as SVGGElement;
      this.#paths = Array.from(this.#group.children) as SVGPathElement[];
      this.#fills = [];
      this.#labels = [];
      this.#tabStop = undefined;
    }
    const { shapes } = geometry;
    // Per path, in the order fill, tabindex, aria-label: the attribute order the SVG export and
    // the golden snapshots have always had.
    for (let i = 0; i < shapes.length; i++) {
      const code = shapes[i]!.code;
      const path = this.#paths[i]!;
      const fill = fillOf(code);
      if (fill !== this.#fills[i]) path.setAttribute('fill', (this.#fills[i] = fill));
      if (fresh) path.setAttribute('tabindex', code === tabStop ? '0' : '-1');
      const label = labelOf(code);
      if (label !== this.#labels[i]) path.setAttribute('aria-label', (this.#labels[i] = label));
    }
    if (!fresh && tabStop !== this.#tabStop) {
      for (const path of this.#paths) {
        const code = path.dataset['code'];
        if (code === this.#tabStop) path.setAttribute('tabindex', '-1');
        else if (code === tabStop) path.setAttribute('tabindex', '0');
      }
    }
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
 * svg`<svg>${areaPaths({ geometry, fillOf, tabStop, labelOf })}</svg>`;
 * ```
 */
export const areaPaths = directive(AreaPathsDirective);
