import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { addMessages, localize, MAP_MESSAGES, msg, type Dataset, type Locale } from '@mittari/core';
import { MittariChartElement } from '../internal/chart-element.js';
import { emit } from '../internal/emit.js';
import { renderEmpty, renderError, renderLoading, renderPartialNote } from '../internal/states.js';
import type { TableModel } from '../internal/table-model.js';
import { areaModel, type AreaModel } from '../layout/map-data.js';
import { rankStep } from '../layout/map-nav.js';
import { rankingLayout } from '../layout/ranking-layout.js';
import { capitalise, factLines, factsTable, formatFact, levelName, periodText } from '../map/map-facts.js';
import { renderSummary } from '../map/map-summary.js';
import { linkSelection } from '../map/map-link.js';
import { LastValue } from '../internal/memo.js';
import { rankingStyles } from './ranking.styles.js';

// Core keeps the map and ranking's own texts out of its common catalogue; add them before reading.
addMessages(MAP_MESSAGES);

/**
 * Ranking bars: every area the dataset has at a level (geographic or `provider`) for one indicator and period,
 * best first by the indicator's direction, with the target line, the reference area's value and
 * the user's own area highlighted. The map's accessible twin: the same facts, keyboard,
 * tooltip, selection and table.
 *
 * @summary Horizontal bars of all areas in rank order.
 *
 * @csspart chart - The SVG.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data-table alternative.
 * @csspart download - Download buttons.
 *
 * @cssprop --mittari-ranking-bar - Bar colour.
 * @cssprop --mittari-ranking-highlight - Bar colour of the user's own area.
 *
 * @fires mittari-select - A row was picked (click, Enter or Space); detail has `area`, `value`, `indicator`, `period`.
 */
export class MittariRanking extends MittariChartElement {
  /** Shared tokens and state styles, then this element's own; theme through `--mittari-*` properties and parts. */
  static override styles = [...MittariChartElement.styles, rankingStyles];

  /** The level ranked: any geographic level or `provider`. */
  @property({ reflect: true }) level = 'region';
  /** The user's own area, highlighted. */
  @property({ reflect: true }) highlight: string | undefined = undefined;

  @state() private focused: string | undefined = undefined;
  /** What the last selection did to linked (`group`) elements, for screen readers (decision 0600). */
  @state() private linkedMessage = '';
  #focusAfterRender = false;
  readonly #model = new LastValue<AreaModel | string>();

  /** The areas to rank (cached per input), or a message key when there is nothing to show. */
  protected model(): AreaModel | string | undefined {
    const dataset = this.loader.dataset as Dataset | undefined;
    // No `indicator` means the first one (decision 0500), as in the other elements.
    if (!dataset) return undefined;
    return this.#model.get([dataset, this.level, this.indicator, this.period, this.compare], () =>
      areaModel({
        dataset,
        indicator: this.indicator,
        // The dataset declares every area it has values for (core checks that), so its own list
        // is the ranking's: a level the dataset does not cover is empty, not 308 "missing" bars.
        areas: [...dataset.areas.values()]
          .filter((a) => a.level === this.level)
          .map((a) => ({ code: a.code, label: a.label })),
        period: this.period,
        reference: this.compare,
      }),
    );
  }

  readonly #table = new LastValue<TableModel>();

  /** The table alternative, memoised so that hover and focus do not rebuild it. */
  protected override tableModel(): TableModel | undefined {
    const m = this.model();
    if (!m || typeof m === 'string') return undefined;
    const name = this.#name(m, this.locale);
    return this.#table.get([m, this.locale, name], () => factsTable(m, this.locale, name));
  }

  protected override exportName(): string {
    return `${this.indicator ?? 'ranking'}-${this.level}`;
  }

  #name(m: AreaModel, locale: Locale): string {
    return (
      this.label ??
      msg('ranking.name', locale, {
        indicator: localize(m.indicator.label, locale),
        level: levelName(this.level, locale),
        period: periodText(m.period, locale),
      })
    );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#focusAfterRender && this.focused) {
      this.#focusAfterRender = false;
      this.renderRoot.querySelector<SVGGElement>(`g[data-code="${CSS.escape(this.focused)}"]`)?.focus();
    }
  }

  #select(m: AreaModel, code: string): void {
    const f = m.facts.get(code);
    if (!f) return;
    this.area = code;
    emit(this, 'mittari-select', {
      element: 'ranking',
      area: code,
      period: m.period,
      value: f.value,
      mark: 'row',
      indicator: m.indicator.id,
    });
    // Other charts changing silently would leave a screen-reader user unaware (decision 0600).
    if (linkSelection(this, code) > 0)
      this.linkedMessage = msg('linked.area', this.locale, { area: localize(f.label, this.locale) });
  }

  #onKeydown(e: KeyboardEvent, m: AreaModel): void {
    const current = this.focused ?? m.order[0];
    if (!current) return;
    const i = m.order.indexOf(current);
    let next: string | undefined;
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') next = m.order[Math.min(m.order.length - 1, i + 1)];
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') next = m.order[Math.max(0, i - 1)];
    else if (e.key === 'Home' || e.key === 'End') next = rankStep(m.order, current, e.key);
    else if (e.key === 'PageDown' || e.key === 'PageUp') next = rankStep(m.order, current, e.key, 10);
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.#select(m, current);
      return;
    } else return;
    e.preventDefault();
    if (next) {
      this.focused = next;
      this.#focusAfterRender = true;
    }
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const s = this.loader.state;
    if (s.kind === 'loading') return renderLoading(locale, '12rem');
    if (s.kind === 'error') return renderError(s.failure, locale, () => this.loader.retry());
    const m = this.model();
    if (!m || typeof m === 'string') return renderEmpty(locale);
    const layout = rankingLayout(
      m.order.map((code) => {
        const f = m.facts.get(code);
        return {
          code,
          label: f ? localize(f.label, locale) : code,
          value: f?.value ?? null,
          status: f?.status ?? 'missing',
          rank: f?.rank ?? undefined,
          valueLabel: f
            ? f.value !== null
              ? formatFact(m, f.value, locale)
              : factLines(m, f, locale)[1]
            : undefined,
        };
      }),
      { width: this.size.width, target: m.commonTarget?.value, reference: m.reference?.value ?? undefined },
    );
    const tabStop = this.focused && m.facts.has(this.focused) ? this.focused : m.order[0];
    const partial = m.counts.suppressed + m.counts.missing + m.counts.provisional > 0;
    const name = this.#name(m, locale);
    const target = m.commonTarget;
    const targetWord = target
      ? capitalise(msg(target.example ? 'target.example' : 'target', locale), locale)
      : undefined;
    const targetLabel = target ? `${targetWord} ${formatFact(m, target.value, locale)}` : undefined;
    const targetSpoken = target
      ? `${targetWord} ${formatFact(m, target.value, locale, false, 'screen-reader')}`
      : undefined;
    const own = this.highlight ? m.facts.get(this.highlight) : undefined;
    return html`<div class="chart">
      ${renderSummary(m, this.level, locale)}
      <svg
        part="chart"
        width=${layout.width}
        height=${layout.height}
        viewBox="0 0 ${layout.width} ${layout.height}"
        role="group"
        aria-label=${name}
        aria-describedby="summary keys"
        @keydown=${(e: KeyboardEvent) => this.#onKeydown(e, m)}
      >
        <g class="axis" aria-hidden="true">
          ${layout.ticks.map(
            (t) =>
              svg`<line x1=${t.x} x2=${t.x} y1="18" y2=${layout.height}></line><text x=${t.x} y="14" text-anchor="middle">${formatFact(m, t.value, locale)}</text>`,
          )}
        </g>
        ${layout.rows.map((r) => {
          const f = m.facts.get(r.code);
          if (!f) return nothing;
          const lines = factLines(m, f, locale);
          const spoken = factLines(m, f, locale, 'screen-reader');
          const own = r.code === this.highlight;
          return svg`<g
            class=${own ? 'row own' : 'row'}
            data-mark
            data-code=${r.code}
            role="button"
            tabindex=${r.code === tabStop ? '0' : '-1'}
            aria-label=${spoken.join(', ')}
            @focus=${() => {
              this.focused = r.code;
              this.tooltip.show({ lines, x: r.valueX, y: r.y });
            }}
            @blur=${() => this.tooltip.hide()}
            @pointerenter=${() => this.tooltip.show({ lines, x: r.valueX, y: r.y })}
            @pointerleave=${(e: PointerEvent) => this.tooltip.leave(e)}
            @click=${() => {
              this.focused = r.code;
              this.#select(m, r.code);
            }}
          >
            <rect class="focus-ring" x="1" y=${r.y + 1} width=${layout.width - 2} height=${22} rx="3"></rect>
            <text x=${layout.labelWidth - 6} y=${r.y + 16} text-anchor="end">${r.label}</text>
            ${
              r.hasBar
                ? svg`<rect class="bar" x=${r.barX} y=${r.barY} width=${Math.max(1, r.barWidth)} height=${r.barHeight}></rect>
                 <text x=${r.valueX} y=${r.y + 16}>${formatFact(m, r.value ?? 0, locale)}</text>`
                : svg`<text class="no-value" x=${r.valueX} y=${r.y + 16}>${lines[1] ?? ''}</text>`
            }
          </g>`;
        })}
        <line
          class="zero"
          x1=${layout.zeroX}
          x2=${layout.zeroX}
          y1="18"
          y2=${layout.height}
          aria-hidden="true"
        ></line>
        ${
          layout.targetX !== undefined
            ? svg`<line class="target-line" x1=${layout.targetX} x2=${layout.targetX} y1="18" y2=${layout.height}><title>${targetSpoken}</title></line>`
            : nothing
        }
        ${
          layout.referenceX !== undefined && m.reference
            ? svg`<line class="reference-line" x1=${layout.referenceX} x2=${layout.referenceX} y1="18" y2=${layout.height}><title>${localize(m.reference.label, locale)}</title></line>`
            : nothing
        }
      </svg>
      ${this.tooltip.render()}
      <p class="visually-hidden linked-status" role="status" aria-live="polite">${this.linkedMessage}</p>
      <ul class="legend" part="legend">
        ${targetLabel ? html`<li><span class="key-line target" aria-hidden="true"></span>${targetLabel}</li>` : nothing}
        ${
          m.reference && m.reference.value !== null
            ? html`<li>
                <span class="key-line reference" aria-hidden="true"></span
                >${localize(m.reference.label, locale)} ${formatFact(m, m.reference.value, locale)}
              </li>`
            : nothing
        }
        ${own ? html`<li><span class="key-own" aria-hidden="true"></span>${msg('legend.own-area', locale, { area: localize(own.label, locale) })}</li>` : nothing}
      </ul>
      <p class="keys" id="keys">${msg('ranking.keys', locale)}</p>
      ${partial ? renderPartialNote(locale) : nothing}
      ${guard([this.tableModel(), locale, this.tableOpen, this.noExport], () => this.renderExtras(locale))}
    </div>`;
  }
}
