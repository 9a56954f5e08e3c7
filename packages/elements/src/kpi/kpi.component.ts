import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { addMessages, formatPeriod, KPI_MESSAGES, msg, type Locale } from '@mittari/core';
import { MittariChartElement } from '../internal/chart-element.js';
import { chartStyles } from '../internal/chart.styles.js';
import { emit } from '../internal/emit.js';
import { renderSourceLine, sourceInfo } from '../internal/source-line.js';
import { renderEmpty, renderError, renderLoading, renderPartialNote } from '../internal/states.js';
import { stateStyles } from '../internal/states.styles.js';
import { statusIcon } from '../internal/status-icon.js';
import type { TableModel } from '../internal/table-model.js';
import { text } from '../internal/text.js';
import { tokenStyles } from '../internal/tokens.js';
import { finiteKpiData, isKpiData, selectKpiData, type KpiData } from '../layout/kpi-data.js';
import { sparkline } from '../layout/kpi-sparkline.js';
import { kpiView, type KpiChange, type KpiView } from '../layout/kpi-view.js';
import { kpiStyles } from './kpi.styles.js';

// Core keeps the KPI tile's own texts out of its common catalogue; add them before reading.
addMessages(KPI_MESSAGES);

const ARROWS = { up: '▲', down: '▼', same: '▶', none: '–' } as const;

/**
 * A KPI tile for one indicator and area.
 *
 * @tagname mittari-kpi
 * @summary The indicator's name, its latest value, the change from the previous period and
 * from a year earlier (arrow, sign and words; coloured by whether the change is good), a
 * sparkline of the last periods and the target status.
 *
 * @csspart base - The tile.
 * @csspart title - The indicator name.
 * @csspart value - The latest value.
 * @csspart change - Each change line.
 * @csspart sparkline - The sparkline SVG (also `chart`).
 * @csspart status - The target status.
 * @csspart table - The data-table alternative.
 * @csspart table-toggle - The disclosure holding the table.
 * @csspart toolbar - The download buttons' row.
 * @csspart download - Each download button.
 * @csspart source - The source line.
 * @csspart state - The loading, error or empty state box.
 * @csspart retry - The retry button.
 * @csspart partial - The partial-data note.
 *
 * @cssprop --mittari-color-accent - The sparkline.
 * @cssprop --mittari-color-met - A change for the better, and "met".
 * @cssprop --mittari-color-missed - A change for the worse, and "missed".
 * @cssprop --mittari-color-near - "Near the target".
 * @cssprop --mittari-color-border - The tile's border.
 *
 * @fires mittari-select - When a user activates the tile's value; detail: `MittariSelectDetail`.
 */
export class MittariKpi extends MittariChartElement {
  /** Shared tokens and state styles, then this element's own; theme through `--mittari-*` properties and parts. */
  static override styles = [tokenStyles, stateStyles, chartStyles, kpiStyles];

  /** How many periods the sparkline shows. */
  @property({ type: Number, reflect: true }) periods = 12;

  #view: KpiView | undefined;
  #data: KpiData | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.loader.state;
    const n = Math.max(2, this.periods || 12);
    this.#data =
      state.kind === 'ready'
        ? selectKpiData(state.dataset, {
            indicator: this.indicator,
            area: this.area,
            period: this.period,
            periods: n,
          })
        : state.kind === 'idle' && isKpiData(this.data)
          ? finiteKpiData(this.data)
          : undefined;
    this.#view = this.#data && this.#data.series.length > 0 ? kpiView(this.#data, this.locale, n) : undefined;
  }

  protected override tableModel(): TableModel | undefined {
    return this.#view?.table;
  }

  protected override exportName(): string {
    return this.#view ? `${this.#view.indicatorLabel}-${this.#view.areaLabel}` : 'mittari-kpi';
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const state = this.loader.state;
    if (state.kind === 'loading') return renderLoading(locale, '10rem');
    if (state.kind === 'error') return renderError(state.failure, locale, () => this.loader.retry());
    const view = this.#view;
    const data = this.#data;
    if (!view || !data) return renderEmpty(locale);
    return html`<section class="tile" part="base" aria-label=${this.label || view.name}>
      <p class="title" part="title">${view.indicatorLabel}</p>
      <p class="where">${[view.areaLabel, view.periodLabel].filter(Boolean).join(' · ')}</p>
      <div class="row">
        <span class="value" part="value">${view.valueText}</span>
        <div class="chart">
          ${this.#renderSparkline(view, data, locale)}${this.tooltip.render('kpi-tooltip')}
        </div>
      </div>
      <ul class="changes">
        ${this.#renderChange(view.previous)} ${this.#renderChange(view.yearAgo)}
      </ul>
      ${
        view.status
          ? html`<div class="status status-${view.status}" part="status">
              <svg viewBox="0 0 16 16" aria-hidden="true">${statusIcon(view.status)}</svg>${view.statusText}
              ${view.targetText ? html`<span class="target">(${text(data.target?.example ? 'target.example' : 'target', locale)} ${view.targetText})</span>` : nothing}
            </div>`
          : nothing
      }
      <p class="visually-hidden" id="summary">${view.summary}</p>
      ${view.partial ? renderPartialNote(locale) : nothing} ${this.renderExtras(locale)}
      ${renderSourceLine(sourceInfo(data.meta, data.indicator), locale)}
    </section>`;
  }

  #renderChange(c: KpiChange): TemplateResult {
    return html`<li class="change tone-${c.tone}" part="change">
      <span class="arrow" aria-hidden="true">${ARROWS[c.direction]}</span>
      <span class="visually-hidden">${c.text}</span>
      <span aria-hidden="true"
        ><span class="amount">${c.amountText}</span> <span class="words">${c.label}</span></span
      >
    </li>`;
  }

  #renderSparkline(view: KpiView, data: KpiData, locale: Locale): TemplateResult | typeof nothing {
    const n = Math.max(2, this.periods || 12);
    const shown = data.series.slice(-n);
    if (shown.length < 2) return nothing;
    const width = Math.max(80, Math.min(160, Math.round(this.size.width * 0.4)));
    const s = sparkline(shown, { width, height: 36, n, target: data.target?.value });
    const first = shown[0]?.period ?? '';
    const last = shown[shown.length - 1]?.period ?? '';
    // Periods as words: a reader spells "2024-10" out as a subtraction.
    const label = msg('kpi.sparkline', locale, {
      from: formatPeriod(first, locale),
      to: formatPeriod(last, locale),
    });
    const select = () =>
      emit(this, 'mittari-select', {
        element: 'kpi',
        indicator: data.indicator.id,
        ...(data.area ? { area: data.area.code } : {}),
        period: last,
        value: view.current?.value ?? null,
        mark: 'actual',
      });
    return html`<svg
      part="chart sparkline"
      width=${s.width}
      height=${s.height}
      viewBox="0 0 ${s.width} ${s.height}"
      role="group"
      aria-label=${label}
    >
      ${s.targetY !== undefined ? svg`<line class="spark-target" x1="0" x2=${s.width} y1=${s.targetY} y2=${s.targetY} />` : nothing}
      <path class="spark-line" d=${s.d} />
      ${
        s.last
          ? svg`<g data-mark="actual" tabindex="0" role="button" aria-label=${`${view.periodLabel}: ${view.valueSpoken}`}
            @click=${select} @keydown=${(e: KeyboardEvent) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                select();
              }
            }}
            @focus=${() => this.tooltip.show({ lines: [view.periodLabel, view.valueText], x: s.last?.x ?? 0, y: s.last?.y ?? 0 })}
            @blur=${() => this.tooltip.hide()}><circle class="spark-dot" cx=${s.last.x} cy=${s.last.y} r="3.5"/><circle class="focus-ring" cx=${s.last.x} cy=${s.last.y} r="7"/></g>`
          : nothing
      }
    </svg>`;
  }
}
