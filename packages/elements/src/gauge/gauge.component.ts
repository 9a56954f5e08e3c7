import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { addMessages, GAUGE_MESSAGES, msg, type Locale } from '@mittari/core';
import { MittariChartElement } from '../internal/chart-element.js';
import { chartStyles } from '../internal/chart.styles.js';
import { emit } from '../internal/emit.js';
import { formatTick } from '../internal/format.js';
import { handleRovingKeydown } from '../internal/roving-focus.js';
import { renderSourceLine, sourceInfo } from '../internal/source-line.js';
import { renderEmpty, renderError, renderLoading, renderPartialNote } from '../internal/states.js';
import { stateStyles } from '../internal/states.styles.js';
import type { TableModel } from '../internal/table-model.js';
import { text } from '../internal/text.js';
import { statusIcon } from '../internal/status-icon.js';
import { tokenStyles } from '../internal/tokens.js';
import { BULLET_TICK_FONT_SIZE, bulletLayout, type BulletLayout } from '../layout/gauge-bullet.js';
import { emPixels } from '../internal/font-size.js';
import { isGaugeData, selectGaugeData, type GaugeData } from '../layout/gauge-data.js';
import { radialLayout, type RadialLayout } from '../layout/gauge-radial.js';
import { gaugeView, type GaugeView } from '../layout/gauge-view.js';
import { gaugeStyles } from './gauge.styles.js';

// Core keeps the gauge's own texts out of its common catalogue; add them before reading.
addMessages(GAUGE_MESSAGES);

/** The gauge's shapes: a horizontal bullet bar (default) or a half-circle. */
export type GaugeVariant = 'bullet' | 'radial';

interface Mark {
  readonly id: 'actual' | 'target' | 'previous';
  readonly label: string;
  readonly value: number | null;
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
}

/**
 * Actual against target for one indicator, area and period.
 *
 * @tagname mittari-gauge
 * @summary A target-vs-actual gauge (bullet or radial), direction-aware, with status by text,
 * shape and colour, the gap in the indicator's unit and the previous period as a ghost marker.
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The indicator name.
 * @csspart value - The actual value as text.
 * @csspart status - The target status (icon and text).
 * @csspart chart - The SVG chart.
 * @csspart bar - The actual value's bar or arc.
 * @csspart target - The target marker.
 * @csspart previous - The previous period's ghost marker.
 * @csspart band - Each qualitative band (met, near, missed).
 * @csspart tooltip - The tooltip.
 * @csspart table - The data-table alternative.
 * @csspart table-toggle - The disclosure holding the table.
 * @csspart toolbar - The download buttons' row.
 * @csspart download - Each download button.
 * @csspart source - The source line.
 * @csspart state - The loading, error or empty state box.
 * @csspart retry - The retry button of the error state.
 * @csspart partial - The partial-data note.
 *
 * @cssprop --mittari-color-accent - The actual value's bar.
 * @cssprop --mittari-color-target - The target marker.
 * @cssprop --mittari-color-ghost - The previous period's marker.
 * @cssprop --mittari-color-band-1 - The "met" band.
 * @cssprop --mittari-color-band-2 - The "near" band.
 * @cssprop --mittari-color-band-3 - The "missed" band.
 * @cssprop --mittari-color-met - The "met" status.
 * @cssprop --mittari-color-near - The "near" status.
 * @cssprop --mittari-color-missed - The "missed" status.
 * @cssprop --mittari-color-text - Text.
 * @cssprop --mittari-color-background - Background.
 * @cssprop --mittari-color-focus - The focus ring.
 * @cssprop --mittari-font-family - The font.
 *
 * @fires mittari-select - When a user picks a mark (click, Enter or Space); detail: `MittariSelectDetail`.
 */
export class MittariGauge extends MittariChartElement {
  /** Shared tokens and state styles, then this element's own; theme through `--mittari-*` properties and parts. */
  static override styles = [tokenStyles, stateStyles, chartStyles, gaugeStyles];

  /** `bullet` (default) or `radial`. */
  @property({ reflect: true }) variant: GaugeVariant = 'bullet';
  /** Hide the previous period's ghost marker. */
  @property({ type: Boolean, reflect: true, attribute: 'no-previous' }) noPrevious = false;

  #view: GaugeView | undefined;
  #data: GaugeData | undefined;

  /** The data shown now, whichever way it came in. */
  #resolve(): GaugeData | { empty: string } | undefined {
    const state = this.loader.state;
    if (state.kind === 'ready') {
      return selectGaugeData(state.dataset, {
        indicator: this.indicator,
        area: this.area,
        period: this.period,
      });
    }
    if (state.kind === 'idle' && isGaugeData(this.data)) return this.data;
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const d = this.#resolve();
    this.#data = d && 'indicator' in d ? d : undefined;
    this.#view = this.#data ? gaugeView(this.#data, this.locale) : undefined;
  }

  protected override tableModel(): TableModel | undefined {
    return this.#view?.table;
  }

  protected override exportName(): string {
    return this.#view
      ? `${this.#view.indicatorLabel}-${this.#view.areaLabel}-${this.#data?.period ?? ''}`
      : 'mittari-gauge';
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const state = this.loader.state;
    if (state.kind === 'loading') return renderLoading(locale, this.variant === 'radial' ? '14rem' : '9rem');
    if (state.kind === 'error') return renderError(state.failure, locale, () => this.loader.retry());
    const view = this.#view;
    const data = this.#data;
    if (!view || !data) return renderEmpty(locale);
    return html`<div class="gauge" part="base">
      <div class="head">
        <span class="title" part="title">${view.indicatorLabel}</span>
        <span class="where">${[view.areaLabel, view.periodLabel].filter(Boolean).join(' · ')}</span>
      </div>
      ${this.#renderFigures(view, data, locale)}
      <div class="chart">
        ${this.variant === 'radial' ? this.#renderRadial(view, data, locale) : this.#renderBullet(view, data, locale)}
        ${this.tooltip.render('gauge-tooltip')}
      </div>
      <p class="summary visually-hidden" id="summary">${view.summary}</p>
      ${view.partial ? renderPartialNote(locale) : nothing} ${this.renderExtras(locale)}
      ${renderSourceLine(sourceInfo(data.meta, data.indicator), locale)}
    </div>`;
  }

  #renderFigures(view: GaugeView, data: GaugeData, locale: Locale): TemplateResult {
    const domain = this.#domain(view, data);
    const meter = view.actual.value !== null;
    return html`<div class="figures">
        <span
          class="value"
          part="value"
          role=${meter ? 'meter' : nothing}
          aria-label=${meter ? this.label || view.name : nothing}
          aria-valuenow=${meter ? String(view.actual.value) : nothing}
          aria-valuemin=${meter ? String(domain[0]) : nothing}
          aria-valuemax=${meter ? String(domain[1]) : nothing}
          aria-valuetext=${meter ? view.summary : nothing}
          >${view.valueText}</span
        >
        ${
          view.status
            ? html`<span class="status status-${view.status}" part="status"
                ><svg viewBox="0 0 16 16" aria-hidden="true">${statusIcon(view.status)}</svg
                >${view.statusText}</span
              >`
            : nothing
        }
      </div>
      <dl class="facts">
        ${
          view.targetText
            ? html`<div>
                <dt>${text(view.exampleTarget ? 'target.example' : 'target', locale)}:</dt>
                <dd>${view.targetText}</dd>
              </div>`
            : nothing
        }
        ${
          view.gapText
            ? html`<div>
                <dt>${text('gap', locale)}:</dt>
                <dd>${view.gapText}</dd>
              </div>`
            : nothing
        }
        ${
          view.previousText && !this.noPrevious
            ? html`<div>
                <dt>${msg('gauge.previous-period', locale)}:</dt>
                <dd>${view.previousText}</dd>
              </div>`
            : nothing
        }
      </dl>`;
  }

  #domain(view: GaugeView, data: GaugeData): readonly [number, number] {
    return this.#layoutBullet(view, data).domain;
  }

  #scaleInput(view: GaugeView, data: GaugeData) {
    return {
      value: view.actual.value,
      target: data.target?.value ?? null,
      previous: this.noPrevious ? null : (data.previous?.value ?? null),
      tolerance: view.tolerance,
      direction: data.indicator.direction,
    };
  }

  #layoutBullet(view: GaugeView, data: GaugeData): BulletLayout {
    return bulletLayout({
      ...this.#scaleInput(view, data),
      width: this.size.width,
      // Tick labels are 0.6875em in the styles (11 px at the default size): room for the user's size.
      fontSize: emPixels(this, BULLET_TICK_FONT_SIZE / 16, BULLET_TICK_FONT_SIZE),
    });
  }

  #marks(
    view: GaugeView,
    data: GaugeData,
    positions: Partial<Record<Mark['id'], { x: number; y: number }>>,
    locale: Locale,
  ): Mark[] {
    const marks: Mark[] = [];
    const p = positions;
    if (p.actual) {
      marks.push({
        id: 'actual',
        label: `${msg('gauge.actual', locale)} ${view.spoken.value}`,
        value: view.actual.value,
        lines: [
          view.name,
          `${msg('gauge.actual', locale)}: ${view.valueText}`,
          ...(view.statusText ? [view.statusText] : []),
        ],
        ...p.actual,
      });
    }
    if (p.target && view.targetText) {
      const label = text(view.exampleTarget ? 'target.example' : 'target', locale);
      marks.push({
        id: 'target',
        label: `${label} ${view.spoken.target ?? view.targetText}`,
        value: data.target?.value ?? null,
        lines: [
          `${label}: ${view.targetText}`,
          ...(view.gapText ? [`${text('gap', locale)}: ${view.gapText}`] : []),
        ],
        ...p.target,
      });
    }
    if (p.previous && view.previousText && data.previous) {
      marks.push({
        id: 'previous',
        label: `${msg('gauge.previous-period', locale)} ${view.spoken.previous ?? view.previousText}`,
        value: data.previous.value,
        lines: [
          `${msg('gauge.previous-period', locale)} (${view.previousPeriodLabel ?? data.previous.period}): ${view.previousText}`,
        ],
        ...p.previous,
      });
    }
    return marks;
  }

  #markHandlers(mark: Mark, index: number, data: GaugeData) {
    const select = () =>
      emit(this, 'mittari-select', {
        element: 'gauge',
        indicator: data.indicator.id,
        ...(data.area ? { area: data.area.code } : {}),
        period: mark.id === 'previous' && data.previous ? data.previous.period : data.period,
        value: mark.value,
        mark: mark.id,
      });
    return {
      tabindex: index === 0 ? '0' : '-1',
      onClick: select,
      onKeydown: (e: KeyboardEvent) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          select();
          return;
        }
        handleRovingKeydown(e, this.renderRoot);
      },
      onShow: () => this.tooltip.show({ lines: mark.lines, x: mark.x, y: mark.y }),
      onHide: () => this.tooltip.hide(),
    };
  }

  #markGroup(
    mark: Mark,
    index: number,
    data: GaugeData,
    shape: SVGTemplateResult,
    ring: SVGTemplateResult,
  ): SVGTemplateResult {
    const h = this.#markHandlers(mark, index, data);
    return svg`<g data-mark=${mark.id} role="button" tabindex=${h.tabindex} aria-label=${mark.label}
      aria-describedby="summary"
      @click=${h.onClick} @keydown=${h.onKeydown} @focus=${h.onShow} @blur=${h.onHide}
      @pointerenter=${h.onShow} @pointerleave=${(e: PointerEvent) => this.tooltip.leave(e)}>${shape}${ring}</g>`;
  }

  #renderBullet(view: GaugeView, data: GaugeData, locale: Locale): TemplateResult {
    const l = this.#layoutBullet(view, data);
    const decimals = data.indicator.decimals ?? 1;
    const marks = this.#marks(
      view,
      data,
      {
        ...(l.bar ? { actual: { x: l.bar.x + l.bar.width, y: l.bar.y } } : {}),
        ...(l.target ? { target: { x: l.target.x, y: l.target.y1 } } : {}),
        ...(l.previous ? { previous: { x: l.previous.x, y: l.previous.y - 6 } } : {}),
      },
      locale,
    );
    const shapes: SVGTemplateResult[] = marks.map((m, i) => {
      if (m.id === 'actual' && l.bar) {
        const b = l.bar;
        return this.#markGroup(
          m,
          i,
          data,
          svg`<rect part="bar" class="bar animate" x=${b.x} y=${b.y} width=${b.width} height=${b.height} />`,
          svg`<rect class="focus-ring" x=${b.x - 3} y=${b.y - 3} width=${b.width + 6} height=${b.height + 6} rx="2"/>`,
        );
      }
      if (m.id === 'target' && l.target) {
        const t = l.target;
        return this.#markGroup(
          m,
          i,
          data,
          svg`<rect class="hit" x=${t.x - 6} y=${t.y1} width="12" height=${t.y2 - t.y1} /><line part="target" class="target-line" x1=${t.x} x2=${t.x} y1=${t.y1} y2=${t.y2} />`,
          svg`<rect class="focus-ring" x=${t.x - 5} y=${t.y1 - 3} width="10" height=${t.y2 - t.y1 + 6} rx="2"/>`,
        );
      }
      const p = l.previous ?? { x: 0, y: 0 };
      return this.#markGroup(
        m,
        i,
        data,
        svg`<path part="previous" class="ghost" d=${`M${p.x},${p.y - 6}L${p.x + 6},${p.y}L${p.x},${p.y + 6}L${p.x - 6},${p.y}Z`} />`,
        svg`<circle class="focus-ring" cx=${p.x} cy=${p.y} r="10"/>`,
      );
    });
    return html`<svg
      part="chart"
      class="gauge-svg"
      width=${l.width}
      height=${l.height}
      viewBox="0 0 ${l.width} ${l.height}"
      role="group"
      aria-label=${this.label || view.name}
    >
      <g aria-hidden="true">
        ${l.bands.map((b) => svg`<rect part="band" class="band band-${b.kind}" x=${b.x} y=${b.y} width=${b.width} height=${b.height} />`)}
        <line
          class="axis-line"
          x1=${l.ticks[0]?.x ?? 0}
          x2=${l.ticks[l.ticks.length - 1]?.x ?? 0}
          y1=${l.axisY}
          y2=${l.axisY}
        />
        ${l.ticks.map(
          (t) =>
            svg`<line class="axis-line" x1=${t.x} x2=${t.x} y1=${l.axisY} y2=${l.axisY + 3} /><text class="tick" x=${t.x} y=${t.y + 2} text-anchor="middle">${formatTick(t.value, locale, decimals)}</text>`,
        )}
      </g>
      ${shapes}
    </svg>`;
  }

  #renderRadial(view: GaugeView, data: GaugeData, locale: Locale): TemplateResult {
    const l: RadialLayout = radialLayout({ ...this.#scaleInput(view, data), width: this.size.width });
    const decimals = data.indicator.decimals ?? 1;
    const marks = this.#marks(
      view,
      data,
      {
        ...(l.bar ? { actual: { x: l.cx, y: l.cy - 30 } } : {}),
        ...(l.target ? { target: { x: l.target.x2, y: l.target.y2 } } : {}),
        ...(l.previous ? { previous: { x: l.previous.x, y: l.previous.y - 6 } } : {}),
      },
      locale,
    );
    const shapes = marks.map((m, i) => {
      if (m.id === 'actual' && l.bar) {
        return this.#markGroup(
          m,
          i,
          data,
          svg`<path part="bar" class="bar" d=${l.bar.d} />`,
          svg`<path class="focus-ring" d=${l.bar.d} />`,
        );
      }
      if (m.id === 'target' && l.target) {
        const t = l.target;
        return this.#markGroup(
          m,
          i,
          data,
          svg`<line class="hit" x1=${t.x1} y1=${t.y1} x2=${t.x2} y2=${t.y2} stroke="transparent" stroke-width="12"/><line part="target" class="target-line" x1=${t.x1} y1=${t.y1} x2=${t.x2} y2=${t.y2} />`,
          svg`<circle class="focus-ring" cx=${t.x2} cy=${t.y2} r="7"/>`,
        );
      }
      const p = l.previous ?? { x: 0, y: 0 };
      return this.#markGroup(
        m,
        i,
        data,
        svg`<circle part="previous" class="ghost" cx=${p.x} cy=${p.y} r="5"/>`,
        svg`<circle class="focus-ring" cx=${p.x} cy=${p.y} r="9"/>`,
      );
    });
    return html`<svg
      part="chart"
      class="gauge-svg"
      width=${l.width}
      height=${l.height}
      viewBox="0 0 ${l.width} ${l.height}"
      role="group"
      aria-label=${this.label || view.name}
    >
      <g aria-hidden="true">
        <path class="track" d=${l.track.d} />
        ${l.bands.map((b) => svg`<path part="band" class="band band-${b.kind}" d=${b.d} />`)}
        ${l.ticks.map((t) => svg`<text class="tick" x=${t.x} y=${t.y} text-anchor=${t.anchor}>${formatTick(t.value, locale, decimals)}</text>`)}
      </g>
      ${shapes}
    </svg>`;
  }
}
