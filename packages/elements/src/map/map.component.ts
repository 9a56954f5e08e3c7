import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { addMessages, localize, MAP_MESSAGES, msg, type Dataset, type Locale } from '@mittari/core';
import {
  BOUNDARY_LEVELS,
  loadBoundaries,
  successorOf,
  type BoundaryLevel,
  type Boundaries,
  type Division,
} from '@mittari/geo-fi';
import { MittariChartElement } from '../internal/chart-element.js';
import { emit } from '../internal/emit.js';
import { renderEmpty, renderError, renderLoading, renderPartialNote } from '../internal/states.js';
import type { TableModel } from '../internal/table-model.js';
import { classify, type ClassMethod } from '../layout/color-classes.js';
import { colorScale, type ColorScale } from '../layout/color-scale.js';
import { SCALE_KINDS, type ScaleKind, type Theme } from '../layout/color-palette.js';
import { areaModel, type AreaModel } from '../layout/map-data.js';
import { mapGeometry, viewBoxWith, type MapGeometry } from '../layout/map-geometry.js';
import { ARROW_KEYS, neighbourInDirection, rankStep } from '../layout/map-nav.js';
import { factLines, factsTable, formatFact, levelName, periodText } from './map-facts.js';
import { renderSummary } from './map-summary.js';
import { linkSelection } from './map-link.js';
import { findArea, renderAreaOptions } from './map-find.js';
import { areaPaths } from './map-areas.js';
import { LastValue } from '../internal/memo.js';
import { mapStyles } from './map.styles.js';

// Core keeps the map and ranking's own texts out of its common catalogue; add them before reading.
addMessages(MAP_MESSAGES);

const ALAND_CODES = new Set(['MK21', 'HVA91', 'ELY16', 'SK211', 'SK212', 'SK213']);

/** The code of the area path an event targets, if it targets one. */
function areaCodeOf(e: Event): string | undefined {
  const t = e.target;
  return t instanceof SVGPathElement && t.classList.contains('area') ? t.dataset['code'] : undefined;
}

/**
 * The regional comparison map: how does my area compare? Areas of one level coloured by an
 * indicator's value (direction-aware, colour-blind-safe classes), region borders on top, the
 * user's own area outlined, suppressed and missing areas hatched and explained.
 *
 * One tab stop: arrow keys move to the neighbour that way, Home / End to the best / weakest,
 * PageUp / PageDown one rank; Enter or click selects (and sets `area` on elements of the same
 * `group`). Every fact a tooltip shows is in the focused area's accessible name and the table.
 *
 * @summary Regional comparison map (choropleth) with keyboard navigation and a table alternative.
 *
 * @csspart chart - The map's SVG.
 * @csspart legend - The legend list.
 * @csspart tooltip - The tooltip.
 * @csspart find - The "find area" field.
 * @csspart level-switch - The level switch (with `levels`).
 * @csspart attribution - The boundary attribution line.
 * @csspart table - The data-table alternative.
 * @csspart download - Download buttons.
 *
 * @cssprop --mittari-map-border - Lines between areas (default: the background).
 * @cssprop --mittari-map-region-border - Region borders drawn over other levels.
 * @cssprop --mittari-map-highlight - Outline of the user's own area and the selected area.
 * @cssprop --mittari-map-hatch - Hatching of suppressed and missing areas.
 * @cssprop --mittari-map-max-height - Largest drawn height (default 36rem).
 *
 * @fires mittari-select - An area was picked (click, Enter or Space); detail has `area`, `value`, `indicator`, `period`.
 */
export class MittariMap extends MittariChartElement {
  /** Shared tokens and state styles, then this element's own; theme through `--mittari-*` properties and parts. */
  static override styles = [...MittariChartElement.styles, mapStyles];

  /** The geographic level shown: `region`, `municipality`, `employment-area`, `wellbeing-county`, `elinvoimakeskus`, … */
  @property({ reflect: true }) level = 'region';
  /** Optional comma-separated levels to switch between (a level switch is shown). */
  @property({ reflect: true }) levels: string | undefined = undefined;
  /** The municipal division the data is published on (2023 or 2025; default 2025). */
  @property({ type: Number, reflect: true }) division: number | undefined = undefined;
  /** The user's own area, outlined. */
  @property({ reflect: true }) highlight: string | undefined = undefined;
  /** `sequential` (default) or `diverging` (around the target, else the `compare` area's value). */
  @property({ reflect: true }) scale: ScaleKind = 'sequential';
  /** `quantile` (default), `equal` or `continuous`; `breaks` overrides. */
  @property({ reflect: true }) classification: 'quantile' | 'equal' | 'continuous' = 'quantile';
  /** Class bounds given by the user, comma-separated (e.g. `"6,8,10,12"`). */
  @property({ reflect: true }) breaks: string | undefined = undefined;
  /** Number of classes (default 5 sequential, 6 diverging). */
  @property({ type: Number, reflect: true }) classes: number | undefined = undefined;

  @state() private boundaries: Boundaries | undefined = undefined;
  @state() private aland: Boundaries | undefined = undefined;
  @state() private geoError: string | undefined = undefined;
  @state() private focused: string | undefined = undefined;
  /** What the last selection did to linked (`group`) elements, for screen readers (decision 0600). */
  @state() private linkedMessage = '';
  @state() private findMessage = '';
  /** Whether the find field has been used, so its datalist of area names is wanted. */
  @state() private findSuggestions = false;
  @state() private systemDark = false;

  #geoKey = '';
  #media: MediaQueryList | undefined;
  readonly #onScheme = (e: MediaQueryListEvent): void => {
    this.systemDark = e.matches;
  };
  readonly #model = new LastValue<AreaModel | string>();
  readonly #scale = new LastValue<ColorScale>();
  #focusAfterRender = false;

  /**
   * The tab stop's accessible name: every fact, as the tooltip shows them (decision 0570). The
   * other areas are named by their name only (`#namesFor`), so a recolour
   * rewrites fills and one name, not 308 descriptions, and focus still announces everything.
   */
  #tabStopLabel(model: AreaModel, locale: Locale, code: string | undefined): string {
    const f = code === undefined ? undefined : model.facts.get(code);
    return f ? factLines(model, f, locale, 'screen-reader').join(', ') : (code ?? '');
  }

  readonly #names = new LastValue<readonly string[]>();

  /**
   * The areas' names in shape order. They do not depend on the period or the indicator, so the
   * array (and with it the paths' names) outlives a recolour: keyed on what the names come from.
   */
  #namesFor(model: AreaModel, geometry: MapGeometry, locale: Locale): readonly string[] {
    return this.#names.get([this.loader.dataset, this.boundaries, geometry, locale], () =>
      geometry.shapes.map((s) => {
        const f = model.facts.get(s.code);
        return f ? localize(f.label, locale) : s.code;
      }),
    );
  }

  readonly #fills = new LastValue<readonly string[]>();

  /** The areas' fills in shape order: a class colour, or the hatch of a suppressed or missing value. */
  #fillsFor(model: AreaModel, geometry: MapGeometry, scale: ColorScale): readonly string[] {
    return this.#fills.get([model, geometry, scale], () =>
      geometry.shapes.map((s) => {
        const f = model.facts.get(s.code);
        return (
          scale.fill(f?.value ?? null) ??
          (f?.status === 'suppressed' ? 'url(#hatch-suppressed)' : 'url(#hatch-missing)')
        );
      }),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof matchMedia === 'function') {
      this.#media = matchMedia('(prefers-color-scheme: dark)');
      this.systemDark = this.#media.matches;
      this.#media.addEventListener('change', this.#onScheme);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#media?.removeEventListener('change', this.#onScheme);
  }

  /** The division boundaries follow. */
  get effectiveDivision(): Division {
    return this.division === 2023 ? 2023 : 2025;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const key = `${this.level}|${this.effectiveDivision}`;
    if (key !== this.#geoKey) {
      this.#geoKey = key;
      this.#loadGeo(key);
    }
  }

  #loadGeo(key: string): void {
    const level = this.level as BoundaryLevel;
    const division = this.effectiveDivision;
    this.boundaries = undefined;
    this.aland = undefined;
    this.geoError = undefined;
    if (!BOUNDARY_LEVELS[division].includes(level)) {
      this.geoError = `no boundaries for level "${this.level}" on the ${division} division`;
      return;
    }
    loadBoundaries({ level, division }).then(
      async (b) => {
        if (key !== this.#geoKey) return;
        // Levels without Åland (employment areas, elinvoimakeskukset) still draw it, as context.
        const hasAland = b.areas.some((a) => ALAND_CODES.has(a.code)) || level === 'municipality';
        const aland = hasAland
          ? undefined
          : await loadBoundaries({ level: 'region', division }).catch(() => undefined);
        if (key !== this.#geoKey) return;
        this.aland = aland;
        this.boundaries = b;
      },
      (e: unknown) => {
        if (key === this.#geoKey) this.geoError = e instanceof Error ? e.message : String(e);
      },
    );
  }

  /** The model for the current inputs (memoised: hover and focus do not rebuild it). */
  protected model(): AreaModel | string | undefined {
    const dataset = this.loader.dataset;
    const b = this.boundaries;
    // No `indicator` means the first one (decision 0500), as in the other elements.
    if (!dataset || !b) return undefined;
    return this.#model.get([dataset, b, this.indicator, this.period, this.compare], () =>
      areaModel({
        dataset: dataset as Dataset,
        indicator: this.indicator,
        areas: b.areas,
        period: this.period,
        reference: this.compare,
        successorOf: this.level === 'municipality' ? successorOf : undefined,
      }),
    );
  }

  /** The effective colour theme. */
  protected get colorTheme(): Theme {
    return this.theme === 'dark' || (this.theme === 'auto' && this.systemDark) ? 'dark' : 'light';
  }

  /** The colour scale for the shown values: sequential, or diverging around the target or the reference. */
  protected colorScaleFor(model: AreaModel): ColorScale {
    const kind: ScaleKind = (SCALE_KINDS as readonly string[]).includes(this.scale)
      ? this.scale
      : 'sequential';
    const center =
      kind === 'diverging' ? (model.commonTarget?.value ?? model.reference?.value ?? undefined) : undefined;
    const breaks = this.breaks
      ?.split(/[;,\s]+/)
      .map((s) => Number(s.replace(',', '.')))
      .filter((n) => Number.isFinite(n));
    const method: ClassMethod = breaks && breaks.length > 0 ? 'breaks' : this.classification;
    const key = [model, kind, center, method, this.breaks, this.classes, this.colorTheme];
    return this.#scale.get(key, () => {
      const values: (number | null)[] = [];
      for (const f of model.facts.values()) values.push(f.value);
      const c = classify(values, {
        kind,
        method,
        ...(this.classes !== undefined ? { classes: this.classes } : {}),
        ...(breaks ? { breaks } : {}),
        ...(center !== undefined && center !== null ? { center } : {}),
      });
      return colorScale(c, { kind, direction: model.indicator.direction, theme: this.colorTheme });
    });
  }

  readonly #table = new LastValue<TableModel>();

  /** The table alternative, memoised so that hover and focus re-render neither it nor its 308 rows. */
  protected override tableModel(): TableModel | undefined {
    const model = this.model();
    if (!model || typeof model === 'string') return undefined;
    const name = this.#name(model, this.locale);
    return this.#table.get([model, this.locale, name], () => factsTable(model, this.locale, name));
  }

  /** A table whenever there is a model: said without formatting its 308 rows (built on opening). */
  protected override hasTable(): boolean {
    const model = this.model();
    return model !== undefined && typeof model !== 'string';
  }

  protected override exportName(): string {
    return `${this.indicator ?? 'map'}-${this.level}`;
  }

  #name(model: AreaModel, locale: Locale): string {
    return (
      this.label ??
      msg('map.name', locale, {
        indicator: localize(model.indicator.label, locale),
        level: levelName(this.level, locale),
        period: periodText(model.period, locale),
      })
    );
  }

  /** Moves focus to an area (keyboard, find field). */
  focusArea(code: string): void {
    this.focused = code;
    this.#focusAfterRender = true;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#focusAfterRender && this.focused) {
      this.#focusAfterRender = false;
      const path = this.renderRoot.querySelector<SVGPathElement>(
        `path[data-code="${CSS.escape(this.focused)}"]`,
      );
      path?.focus();
    }
  }

  #select(model: AreaModel, code: string): void {
    const f = model.facts.get(code);
    if (!f) return;
    this.area = code;
    emit(this, 'mittari-select', {
      element: 'map',
      area: code,
      period: model.period,
      value: f.value,
      mark: 'area',
      indicator: model.indicator.id,
    });
    // Other charts changing silently would leave a screen-reader user unaware (decision 0600).
    if (linkSelection(this, code) > 0)
      this.linkedMessage = msg('linked.area', this.locale, { area: localize(f.label, this.locale) });
  }

  #onKeydown(e: KeyboardEvent, model: AreaModel, geometry: MapGeometry): void {
    const current = this.focused ?? model.order[0];
    if (!current) return;
    let next: string | undefined;
    const direction = ARROW_KEYS[e.key];
    if (direction && this.boundaries) {
      next = neighbourInDirection(
        {
          positions: geometry.byCode,
          neighbours: this.boundaries.neighbours,
          nearest: this.boundaries.nearest,
        },
        current,
        direction,
      );
    } else if (e.key === 'Home' || e.key === 'End' || e.key === 'PageUp' || e.key === 'PageDown') {
      next = rankStep(model.order, current, e.key);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.#select(model, current);
      return;
    } else return;
    e.preventDefault();
    if (next) this.focusArea(next);
  }

  #showTip(model: AreaModel, code: string, at?: { x: number; y: number }): void {
    const f = model.facts.get(code);
    if (!f) return;
    let point = at;
    if (!point) {
      const path = this.renderRoot.querySelector<SVGPathElement>(`path[data-code="${CSS.escape(code)}"]`);
      const box = path?.getBoundingClientRect();
      const host = this.renderRoot.querySelector('.chart')?.getBoundingClientRect();
      point =
        box && host ? { x: box.left + box.width / 2 - host.left, y: box.top - host.top } : { x: 0, y: 0 };
    }
    this.tooltip.show({ lines: factLines(model, f, this.locale), ...point });
  }

  // The area paths carry no listeners (map-areas.ts): focus, hover and click are heard on the
  // <svg>. `pointerenter` does not bubble, so it is caught on its way down (capture).
  readonly #onAreaPointerEnter = {
    handleEvent: (e: PointerEvent): void => {
      const code = areaCodeOf(e);
      const model = code ? this.model() : undefined;
      if (!code || !model || typeof model === 'string') return;
      const host = this.renderRoot.querySelector('.chart')?.getBoundingClientRect();
      this.#showTip(model, code, host ? { x: e.clientX - host.left, y: e.clientY - host.top } : undefined);
    },
    capture: true,
  };

  #onFind(e: Event, model: AreaModel): void {
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[part="find"]');
    const query = input?.value.trim() ?? '';
    if (!query) return;
    const code = findArea([...model.facts.values()], query);
    if (code) {
      const f = model.facts.get(code);
      this.findMessage = msg('find-area.found', this.locale, {
        area: f ? localize(f.label, this.locale) : code,
      });
      this.focusArea(code);
    } else {
      this.findMessage = msg('find-area.none', this.locale, { query });
    }
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const s = this.loader.state;
    if (s.kind === 'loading') return renderLoading(locale, '12rem');
    if (s.kind === 'error') return renderError(s.failure, locale, () => this.loader.retry());
    if (this.geoError) return renderError({ code: 'generic', detail: this.geoError }, locale, undefined);
    if (s.kind === 'idle') return renderEmpty(locale);
    if (!this.boundaries) return renderLoading(locale, '12rem');
    const model = this.model();
    if (!model || typeof model === 'string') return renderEmpty(locale);
    const geometry = mapGeometry(this.boundaries, this.size.width);
    const scale = this.colorScaleFor(model);
    return this.#renderMap(model, geometry, scale, locale);
  }

  #renderMap(model: AreaModel, geometry: MapGeometry, scale: ColorScale, locale: Locale): TemplateResult {
    const name = this.#name(model, locale);
    const tabStop = this.focused && model.facts.has(this.focused) ? this.focused : model.order[0];
    const highlight = this.highlight ? geometry.byCode.get(this.highlight) : undefined;
    const selected = this.area && this.area !== this.highlight ? geometry.byCode.get(this.area) : undefined;
    const focused = this.focused ? geometry.byCode.get(this.focused) : undefined;
    const aland = this.aland ? mapGeometry(this.aland, this.size.width).byCode.get('MK21') : undefined;
    // Åland's context outline lies west of layers that do not cover it: widen the view to hold it
    // (with a margin for its stroke) rather than let it spill over the card's edge.
    const [vx, vy, vw, vh] = viewBoxWith(geometry.viewBox, aland?.box, geometry.viewBox[2] * 0.01);
    const levels = (this.levels ?? '')
      .split(',')
      .map((l) => l.trim())
      .filter((l) => BOUNDARY_LEVELS[this.effectiveDivision].includes(l as BoundaryLevel));
    const partial = model.counts.suppressed + model.counts.missing + model.counts.provisional > 0;
    // Focus listeners sit on this <div>, not on the <svg>: Chromium makes an SVG element with
    // focus listeners a tab stop of its own, an extra stop before the areas.
    return html`<div
      class="chart"
      @focusin=${(e: FocusEvent) => {
        const code = areaCodeOf(e);
        if (!code) return;
        this.focused = code;
        this.#showTip(model, code);
      }}
      @focusout=${(e: FocusEvent) => {
        if (areaCodeOf(e)) this.tooltip.hide();
      }}
    >
      ${guard([model, this.level, locale], () => renderSummary(model, this.level, locale))}
      <div class="controls">
        ${
          levels.length > 1
            ? html`<label
                >${msg('levels.choose', locale)}
                <select
                  part="level-switch"
                  @change=${(e: Event) => (this.level = (e.target as HTMLSelectElement).value)}
                >
                  ${levels.map((l) => html`<option value=${l} ?selected=${l === this.level}>${levelName(l, locale)}</option>`)}
                </select></label
              >`
            : nothing
        }
        <form role="search" @submit=${(e: Event) => this.#onFind(e, model)}>
          <label
            >${msg('find-area', locale)}
            <input
              part="find"
              type="search"
              list="area-names"
              autocomplete="off"
              @change=${(e: Event) => this.#onFind(e, model)}
              @focus=${() => (this.findSuggestions = true)}
            />
          </label>
          <datalist id="area-names">
            ${
              // Suggestions are only seen while typing: hundreds of options are not built up front.
              this.findSuggestions ? guard([model], () => renderAreaOptions(model)) : nothing
            }
          </datalist>
        </form>
        <p class="visually-hidden" role="status" aria-live="polite">${this.findMessage}</p>
        <p class="visually-hidden linked-status" role="status" aria-live="polite">${this.linkedMessage}</p>
      </div>
      <svg
        part="chart"
        viewBox="${vx} ${vy} ${vw} ${vh}"
        role="group"
        aria-label=${name}
        aria-describedby="summary keys"
        @keydown=${(e: KeyboardEvent) => this.#onKeydown(e, model, geometry)}
        @pointerleave=${(e: PointerEvent) => this.tooltip.leave(e)}
        @pointerenter=${this.#onAreaPointerEnter}
        @click=${(e: MouseEvent) => {
          const code = areaCodeOf(e);
          if (!code) return;
          this.focused = code;
          this.#select(model, code);
        }}
      >
        <defs>
          <pattern
            id="hatch-suppressed"
            patternUnits="userSpaceOnUse"
            width="6"
            height="6"
            patternTransform="rotate(45)"
          >
            <rect class="hatch-bg" width="6" height="6"></rect>
            <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
          </pattern>
          <pattern id="hatch-missing" patternUnits="userSpaceOnUse" width="6" height="6">
            <rect class="hatch-bg" width="6" height="6"></rect>
            <circle class="hatch-line" cx="3" cy="3" r="0.9"></circle>
          </pattern>
        </defs>
        ${
          aland
            ? svg`<path class="context" d=${aland.d} fill="url(#hatch-missing)" fill-rule="evenodd"><title>${msg('area.outside-division', locale)}</title></path>`
            : nothing
        }
        ${guard([model, geometry, scale, tabStop, locale], () =>
          areaPaths({
            geometry,
            fills: this.#fillsFor(model, geometry, scale),
            names: this.#namesFor(model, geometry, locale),
            tabStop,
            tabStopLabel: this.#tabStopLabel(model, locale, tabStop),
          }),
        )}
        ${this.level !== 'region' ? svg`<path class="borders" d=${geometry.borders}></path>` : nothing}
        ${highlight ? svg`<path class="highlight" d=${highlight.d}></path>` : nothing}
        ${selected ? svg`<path class="selected" d=${selected.d}></path>` : nothing}
        ${focused ? svg`<path class="focus-outer" d=${focused.d}></path><path class="focus-inner" d=${focused.d}></path>` : nothing}
      </svg>
      ${this.tooltip.render()}
      ${guard([model, scale, locale, this.aland, this.highlight, this.colorTheme], () =>
        this.#renderLegend(model, scale, locale),
      )}
      <p class="attribution" part="attribution">${this.boundaries?.attribution ?? ''}</p>
      <p class="keys" id="keys">${msg('map.keys', locale)}</p>
      ${partial ? renderPartialNote(locale) : nothing}
      ${guard([model, locale, this.label, this.tableOpen, this.noExport], () => this.renderExtras(locale))}
    </div>`;
  }

  #renderLegend(model: AreaModel, scale: ColorScale, locale: Locale): TemplateResult {
    const swatch = (fill: string) =>
      html`<svg width="18" height="14" aria-hidden="true">
        <rect width="18" height="14" fill=${fill}></rect>
      </svg>`;
    const c = scale.classification;
    const fmt = (v: number) => formatFact(model, v, locale);
    const items: TemplateResult[] = [];
    if (c.method === 'continuous' && c.domain) {
      items.push(html`<li>${swatch(scale.fill(c.domain[0]) ?? '')}${fmt(c.domain[0])}</li>`);
      items.push(html`<li>${swatch(scale.fill(c.domain[1]) ?? '')}${fmt(c.domain[1])}</li>`);
    } else {
      c.classes.forEach((k, i) =>
        items.push(
          html`<li>
            ${swatch(scale.classFills[i] ?? '')}${msg('legend.range', locale, { from: fmt(k.from), to: fmt(k.to) })}
          </li>`,
        ),
      );
    }
    const hatch = (id: string) =>
      html`<svg width="18" height="14" aria-hidden="true">
        <defs>
          <pattern
            id=${`${id}-l`}
            patternUnits="userSpaceOnUse"
            width="6"
            height="6"
            patternTransform=${id === 'hatch-suppressed' ? 'rotate(45)' : ''}
          >
            <rect class="hatch-bg" width="6" height="6"></rect>
            ${
              id === 'hatch-suppressed'
                ? svg`<line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>`
                : svg`<circle class="hatch-line" cx="3" cy="3" r="0.9"></circle>`
            }
          </pattern>
        </defs>
        <rect width="18" height="14" fill=${`url(#${id}-l)`}></rect>
      </svg>`;
    if (model.counts.suppressed > 0)
      items.push(html`<li>${hatch('hatch-suppressed')}${msg('legend.suppressed', locale)}</li>`);
    if (model.counts.missing > 0 || this.aland)
      items.push(html`<li>${hatch('hatch-missing')}${msg('state.no-data', locale)}</li>`);
    if (this.aland) items.push(html`<li>${msg('area.outside-division', locale)}</li>`);
    const hl = this.highlight ? model.facts.get(this.highlight) : undefined;
    if (hl)
      items.push(
        html`<li>
          <svg width="18" height="14" aria-hidden="true">
            <rect
              x="1.5"
              y="1.5"
              width="15"
              height="11"
              fill="none"
              stroke="currentColor"
              stroke-width="3"
            ></rect></svg
          >${msg('legend.own-area', locale, { area: localize(hl.label, locale) })}
        </li>`,
      );
    let center = '';
    if (c.center !== undefined) {
      center = model.commonTarget
        ? msg('legend.centre.target', locale, { value: fmt(c.center) })
        : msg('legend.centre.reference', locale, {
            area: model.reference ? localize(model.reference.label, locale) : '',
            value: fmt(c.center),
          });
    }
    const unit = model.indicator.unit === 'percent' ? ' (%)' : '';
    const better =
      model.indicator.direction === 'higher-is-better' || model.indicator.direction === 'lower-is-better'
        ? ` — ${msg('legend.better', locale)}: ${this.colorTheme === 'dark' ? '▲' : '■'}`
        : '';
    return html`<p class="legend-title" id="legend-title">
        ${msg('legend', locale)}:
        ${localize(model.indicator.label, locale)}${unit}${center ? html`, ${center}` : nothing}
      </p>
      <ul class="legend" part="legend" aria-labelledby="legend-title" data-better=${better ? 'yes' : 'no'}>
        ${items}
      </ul>`;
  }
}
