import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { addMessages, msg, TREND_MESSAGES, type Locale } from '@mittari/core';
import { MittariChartElement } from '../internal/chart-element.js';
import { chartStyles } from '../internal/chart.styles.js';
import { renderDataTable } from '../internal/data-table.js';
import { emit } from '../internal/emit.js';
import { renderSourceLine, sourceInfo } from '../internal/source-line.js';
import { renderEmpty, renderError, renderLoading } from '../internal/states.js';
import { stateStyles } from '../internal/states.styles.js';
import type { TableCell, TableModel } from '../internal/table-model.js';
import { text } from '../internal/text.js';
import { isInTooltip } from '../internal/tooltip.js';
import { emPixels } from '../internal/font-size.js';
import { tokenStyles } from '../internal/tokens.js';
import { BASE_FONT_SIZE, layoutTrend, type TrendLayout } from '../layout/trend-layout.js';
import { exactIndex, isNavKey, moveFocus, nearestIndex, type TrendFocus } from '../layout/trend-nav.js';
import { seriesShape, shapePath } from '../layout/trend-palette.js';
import { scaleInvert, scaleMap } from '../layout/trend-scale.js';
import {
  derive,
  fromDataset,
  fromTrendData,
  periodsPerPage,
  type TrendAnnotation,
  type TrendData,
  type TrendModel,
} from './trend-data.js';
import {
  formatModelValue,
  formatPoint,
  formatSpokenValue,
  formatX,
  formatXValue,
  statusAt,
} from './trend-format.js';
import { modelFlags, trendSummary } from './trend-summary.js';
import { trendStyles } from './trend.styles.js';
import { LastValue } from '../internal/memo.js';

// Core keeps the trend chart's own texts out of its common catalogue; add them before reading.
addMessages(TREND_MESSAGES);

/**
 * Reduction columns per CSS pixel, at least: one column per device pixel keeps every extreme,
 * but a 2 px anti-aliased stroke also shows where in the pixel the extremes lie. Two columns
 * per CSS pixel (also at DPR 1) keep the rasterised difference from the full render under 0.1 %
 * of pixels at DPR 1 and 2 (`trend-raster.test.ts`); above that, one column per device pixel.
 */
export const MIN_COLUMNS_PER_PX = 2;

/** The ResizeController's width before its first report. */
const RESIZE_FALLBACK = 320;
/** The axis and marker text size in the styles, em. */
const TICK_EM = 0.75;

/** Rows per page of the data-table alternative: long series are read a page at a time. */
export const TABLE_PAGE = 100;

const list = (s: string | undefined): string[] => (s ?? '').split(/[\s,]+/).filter((x) => x !== '');

function isTrendData(x: unknown): x is TrendData {
  return typeof x === 'object' && x !== null && Array.isArray((x as { series?: unknown }).series);
}

/** The texts of a model in a language: flags, and the summary as shown and as heard. */
interface TrendTexts {
  readonly flags: ReturnType<typeof modelFlags>;
  readonly summary: string;
  readonly spokenSummary: string;
}

/**
 * A trend chart: one or more series over periods of any frequency (or over time or a plain
 * number), with targets that change over time and their tolerance band, the comparison area,
 * series breaks, revision notes and user annotations, an optional rolling mean, trend line and
 * year-on-year view, and an efficiency mode (one indicator per another). Dense series are
 * reduced per device pixel column without visible difference; tooltips, the keyboard path and
 * the data table read the exact values.
 *
 * @summary How are we doing over time, and are we getting more for the same money?
 *
 * Child `<mittari-annotation period="2023-06" kind="note|break|revision">text</mittari-annotation>`
 * elements are read as annotations (their text is the label); they are not rendered themselves.
 *
 * @csspart base - The figure around everything.
 * @csspart title - The chart's name.
 * @csspart summary - The generated text summary.
 * @csspart legend - The legend.
 * @csspart chart - The SVG.
 * @csspart tooltip - The crosshair tooltip.
 * @csspart table-toggle - The disclosure holding the data table.
 * @csspart table - The data table.
 * @csspart toolbar - The download buttons.
 * @csspart download - One download button.
 * @csspart source - The source line.
 * @csspart state - Loading, error and empty states.
 *
 * @cssprop --mittari-trend-series-1 - Colour of the first series (and -2 … -5 for the next).
 * @cssprop --mittari-trend-reference - Colour of the comparison series.
 * @cssprop --mittari-color-target - Colour of the target line.
 * @cssprop --mittari-color-band-1 - Fill of the tolerance band.
 * @cssprop --mittari-color-focus - Focus ring colour.
 *
 * @fires mittari-select - A point was picked (Enter, Space or click); `value` is `null` for a suppressed or missing value.
 */
export class MittariTrend extends MittariChartElement {
  /** Shared tokens and state styles, then this element's own; theme through `--mittari-*` properties and parts. */
  static override styles = [tokenStyles, stateStyles, chartStyles, trendStyles];

  /** Efficiency mode: the indicator to divide by (e.g. cost per placement). */
  @property({ reflect: true }) per: string | undefined = undefined;
  /** Multiplier of the ratio in efficiency mode (e.g. 1000 for "per 1 000"). */
  @property({ type: Number, attribute: 'per-scale' }) perScale = 1;
  /** `level` (default) or `change`: the change from a year earlier. */
  @property({ reflect: true }) view: 'level' | 'change' = 'level';
  /** Window of a rolling mean drawn over each series, in periods; 0 for none. */
  @property({ type: Number, reflect: true }) rolling = 0;
  /** Draw a least-squares trend line over each series (after its last break). */
  @property({ type: Boolean, reflect: true }) trend = false;
  /** First period shown (inclusive). */
  @property({ reflect: true }) from: string | undefined = undefined;
  /** Last period shown (inclusive). */
  @property({ reflect: true }) to: string | undefined = undefined;
  /** Stretch the value axis to zero. */
  @property({ type: Boolean, reflect: true }) zero = false;
  /** Height of the chart in CSS pixels. */
  @property({ type: Number, reflect: true }) height = 320;
  /** User annotations, added to those of the data and the `<mittari-annotation>` children. */
  @property({ attribute: false }) annotations: readonly TrendAnnotation[] = [];
  /** Reduce dense series per device pixel column (visually lossless). Off draws every point. */
  @property({ type: Boolean }) decimate = true;

  @state() private focusPoint: TrendFocus | undefined = undefined;
  @state() private hasFocus = false;
  @state() private hoverX: number | undefined = undefined;
  @state() private tablePage = 0;
  @state() private childNotes: readonly TrendAnnotation[] = [];

  readonly #model = new LastValue<TrendModel | undefined>();
  readonly #layout = new LastValue<TrendLayout>();
  #observer: MutationObserver | undefined;
  #width: number | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // The crosshair follows a hover tooltip: when that closes (leaving it, Escape), so does it.
    this.tooltip.onClose = () => {
      if (!this.hasFocus) this.hoverX = undefined;
    };
    this.#readChildren();
    if (typeof MutationObserver !== 'undefined') {
      this.#observer = new MutationObserver(() => this.#readChildren());
      this.#observer.observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** `<mittari-annotation period="2023-06" kind="note">Label</mittari-annotation>` children. */
  #readChildren(): void {
    const notes: TrendAnnotation[] = [];
    for (const el of Array.from(this.querySelectorAll('mittari-annotation'))) {
      const label = el.textContent?.trim() ?? '';
      if (label === '') continue;
      const period = el.getAttribute('period') ?? undefined;
      const x = el.getAttribute('x');
      const kindAttr = el.getAttribute('kind');
      const kind = kindAttr === 'break' || kindAttr === 'revision' ? kindAttr : 'note';
      notes.push({
        label,
        kind,
        ...(period !== undefined ? { period } : {}),
        ...(x !== null && x !== '' ? { x: Number(x) } : {}),
      });
    }
    const same =
      notes.length === this.childNotes.length &&
      notes.every((n, i) => JSON.stringify(n) === JSON.stringify(this.childNotes[i]));
    if (!same) this.childNotes = notes;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (
      changed.has('data') ||
      changed.has('indicator') ||
      changed.has('area') ||
      changed.has('per') ||
      changed.has('view')
    ) {
      this.focusPoint = undefined;
      this.tablePage = 0;
    }
  }

  /** The model for the current input, recomputed only when an input changes. */
  protected model(): TrendModel | undefined {
    const locale = this.locale;
    const dataset = this.loader.dataset;
    const key = [
      this.data,
      dataset,
      locale,
      this.indicator,
      this.area,
      this.compare,
      this.per,
      this.perScale,
      this.from,
      this.to,
      this.view,
      this.rolling,
      this.trend,
      this.annotations,
      this.childNotes,
    ];
    return this.#model.get(key, () => {
      const extra = [...this.annotations, ...this.childNotes];
      let model: TrendModel | undefined;
      if (dataset) {
        model = fromDataset(
          dataset,
          {
            indicators:
              list(this.indicator).length > 0
                ? list(this.indicator)
                : dataset.observations.indicators().slice(0, 1),
            areas: list(this.area),
            compare: this.compare,
            per: this.per,
            perScale: this.perScale,
            from: this.from,
            to: this.to,
          },
          locale,
          extra,
        );
      } else if (isTrendData(this.data)) {
        model = fromTrendData(this.data, locale, extra);
      }
      if (model)
        model = derive(
          model,
          { change: this.view === 'change', rolling: this.rolling, trend: this.trend },
          locale,
        );
      return model;
    });
  }

  #text: ({ model: TrendModel; locale: Locale } & TrendTexts) | undefined;

  /** The summary and flags read every value: once per model, not on every pointer move or key. */
  #textFor(model: TrendModel, locale: Locale): TrendTexts {
    const t = this.#text;
    if (t && t.model === model && t.locale === locale) return t;
    const flags = modelFlags(model);
    const next = {
      model,
      locale,
      flags,
      summary: trendSummary(model, locale, flags),
      spokenSummary: trendSummary(model, locale, flags, 'screen-reader'),
    };
    this.#text = next;
    return next;
  }

  #layoutFor(model: TrendModel): TrendLayout {
    // Before the first ResizeObserver report, read the width once: laying out 100 000 points at
    // a guessed width and again a frame later would do the work twice.
    if (this.#width === undefined && this.isConnected && this.clientWidth > 0) this.#width = this.clientWidth;
    const measured = this.size.width !== RESIZE_FALLBACK || this.#width === undefined;
    const width = Math.max(120, measured ? this.size.width : (this.#width ?? RESIZE_FALLBACK));
    const ratio = typeof devicePixelRatio === 'number' && devicePixelRatio > 0 ? devicePixelRatio : 1;
    const dpr = this.decimate ? Math.max(MIN_COLUMNS_PER_PX, ratio) : Infinity;
    // Axis text is 0.75em in the styles: measure it so the layout makes room at the user's size.
    const fontSize = emPixels(this, TICK_EM, BASE_FONT_SIZE);
    const key = [model, width, this.height, dpr, this.zero, fontSize];
    const locale = this.locale;
    return this.#layout.get(key, () =>
      layoutTrend({
        xKind: model.xKind,
        grain: model.grain,
        series: model.series.map((s) => ({
          id: s.id,
          label: s.label,
          reference: s.reference,
          x: s.x,
          y: s.y,
          provisional: s.provisional,
          breaks: s.breaks,
        })),
        overlays: model.overlays,
        targets: model.targets,
        markers: model.markers,
        width,
        height: this.height,
        dpr,
        fontSize,
        locale,
        zero: this.zero || model.change,
      }),
    );
  }

  /** The accessible name: the `label` attribute, else the indicator (and the view). */
  #name(model: TrendModel): string {
    if (this.label) return this.label;
    return model.change ? `${model.title}, ${msg('change.year', this.locale)}` : model.title;
  }

  protected override exportName(): string {
    return `${this.localName}-${this.indicator ?? 'data'}`;
  }

  /** Every x of every series, ascending and distinct: the rows of the table. */
  #rowsX(model: TrendModel): Float64Array {
    let total = 0;
    for (const s of model.series) total += s.x.length;
    const all = new Float64Array(total);
    let k = 0;
    for (const s of model.series) for (let i = 0; i < s.x.length; i++) all[k++] = s.x[i] as number;
    all.sort();
    let n = 0;
    for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[n - 1]) all[n++] = all[i] as number;
    return all.subarray(0, n);
  }

  #tableRows(model: TrendModel, xs: Float64Array, from: number, to: number): TableCell[][] {
    const locale = this.locale;
    const rows: TableCell[][] = [];
    const cursors = model.series.map(() => 0);
    for (let r = from; r < to; r++) {
      const x = xs[r] as number;
      const row: TableCell[] = [];
      let label = '';
      model.series.forEach((s, k) => {
        // Rows are visited in order, so each series is walked forwards once.
        let i = cursors[k] ?? 0;
        if (r === from) i = Math.max(0, exactIndex(s.x, x) >= 0 ? exactIndex(s.x, x) : nearestIndex(s.x, x));
        while (i < s.x.length && (s.x[i] as number) < x) i++;
        cursors[k] = i;
        if (i < s.x.length && s.x[i] === x) {
          if (label === '') label = formatX(model, s, i, locale);
          const v = s.y[i];
          const status = statusAt(s, i);
          const has = v !== null && v !== undefined && !Number.isNaN(v) && status !== 'suppressed';
          row.push({
            text: has ? formatModelValue(model, v, locale) : '',
            value: has ? v : null,
            status,
            statusText: text(`status.${status}`, locale),
          });
        } else {
          row.push({ text: '', value: null, status: 'missing', statusText: text('status.missing', locale) });
        }
      });
      if (model.targets.length > 0) {
        const t = model.targets.find((t) => x >= t.x0 && x <= t.x1);
        row.push(
          t
            ? { text: formatModelValue({ ...model, change: false }, t.value, locale), value: t.value }
            : { text: '', value: null },
        );
      }
      rows.push([{ text: label || formatXValue(model, x, locale) }, ...row]);
    }
    return rows;
  }

  #tableColumns(model: TrendModel): TableModel['columns'] {
    const locale = this.locale;
    const first =
      model.xKind === 'period'
        ? text('period', locale)
        : model.xKind === 'time'
          ? msg('trend.time', locale)
          : msg('trend.x', locale);
    return [
      { key: 'x', label: first },
      ...model.series.map((s) => ({ key: s.id, label: s.label, numeric: true })),
      ...(model.targets.length > 0 ? [{ key: 'target', label: text('target', locale), numeric: true }] : []),
    ];
  }

  /** The whole series as a table (CSV export); built only when asked. */
  protected override tableModel(): TableModel | undefined {
    const model = this.model();
    if (!model) return undefined;
    const xs = this.#rowsX(model);
    return {
      caption: this.#name(model),
      columns: this.#tableColumns(model),
      rows: this.#tableRows(model, xs, 0, xs.length),
    };
  }

  #focusText(model: TrendModel, f: TrendFocus): string {
    const s = model.series[f.series];
    if (!s) return '';
    const locale = this.locale;
    let out = msg('trend.point', locale, {
      series: s.label,
      period: formatX(model, s, f.index, locale),
      value: formatPoint(model, s, f.index, locale, 'screen-reader'),
    });
    const x = s.x[f.index] as number;
    const t = model.targets.find((t) => x >= t.x0 && x <= t.x1);
    if (t)
      out += `. ${text('target', locale)} ${formatSpokenValue({ ...model, change: false }, t.value, locale)}`;
    return out;
  }

  #initialFocus(model: TrendModel): TrendFocus | undefined {
    const k = Math.max(
      0,
      model.series.findIndex((s) => !s.reference && s.x.length > 0),
    );
    const s = model.series[k];
    if (!s || s.x.length === 0) return undefined;
    // The `period` attribute picks the starting point; else the latest value.
    const at = this.period !== undefined && s.periods ? s.periods.indexOf(this.period) : -1;
    if (at >= 0) return { series: k, index: at };
    let i = s.x.length - 1;
    while (i > 0 && (s.y[i] === null || Number.isNaN(s.y[i] as number))) i--;
    return { series: k, index: i };
  }

  #showTooltipAt(model: TrendModel, layout: TrendLayout, x: number): void {
    const locale = this.locale;
    const lines: string[] = [];
    let head = '';
    let top = layout.plot.bottom;
    model.series.forEach((s) => {
      const i = model.xKind === 'period' ? exactIndex(s.x, x) : nearestIndex(s.x, x);
      if (i < 0) return;
      if (head === '') head = formatX(model, s, i, locale);
      lines.push(`${s.label}: ${formatPoint(model, s, i, locale)}`);
      const v = s.y[i];
      if (v !== null && v !== undefined && !Number.isNaN(v)) top = Math.min(top, scaleMap(layout.y, v));
    });
    const t = model.targets.find((t) => x >= t.x0 && x <= t.x1);
    if (t)
      lines.push(
        `${text('target', locale)}: ${formatModelValue({ ...model, change: false }, t.value, locale)}`,
      );
    if (lines.length === 0) return;
    this.tooltip.show({ lines: [head, ...lines], x: scaleMap(layout.x, x), y: top });
  }

  #onKeydown(e: KeyboardEvent, model: TrendModel, layout: TrendLayout): void {
    const f = this.focusPoint ?? this.#initialFocus(model);
    if (!f) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.#select(model, f);
      return;
    }
    if (!isNavKey(e.key)) return;
    e.preventDefault();
    const next = moveFocus(
      f,
      e.key,
      model.series.map((s) => s.x),
      periodsPerPage(model.grain),
    );
    this.focusPoint = next;
    const x = model.series[next.series]?.x[next.index];
    if (x !== undefined) {
      this.hoverX = x;
      this.#showTooltipAt(model, layout, x);
    }
  }

  #select(model: TrendModel, f: TrendFocus): void {
    const s = model.series[f.series];
    if (!s) return;
    const v = s.y[f.index];
    const status = statusAt(s, f.index);
    const value = v === null || v === undefined || Number.isNaN(v) || status === 'suppressed' ? null : v;
    const period = s.periods?.[f.index];
    emit(this, 'mittari-select', {
      element: 'trend',
      ...(this.indicator !== undefined ? { indicator: this.indicator } : {}),
      ...(s.area !== undefined ? { area: s.area } : {}),
      ...(period !== undefined ? { period } : {}),
      value,
      mark: 'point',
    });
  }

  #onPointer(e: PointerEvent, model: TrendModel, layout: TrendLayout): void {
    const svgEl = e.currentTarget as SVGSVGElement;
    const rect = svgEl.getBoundingClientRect();
    const px = e.clientX - rect.left;
    if (px < layout.plot.left - 4 || px > layout.plot.right + 4) return;
    const xv = scaleInvert(layout.x, px);
    // Snap to the nearest point of the longest series, so the crosshair sits on data.
    let best = model.series[0];
    for (const s of model.series) if (s.x.length > (best?.x.length ?? 0)) best = s;
    if (!best) return;
    const i = nearestIndex(best.x, xv);
    const x = best.x[i];
    if (x === undefined) return;
    this.hoverX = x;
    this.#showTooltipAt(model, layout, x);
  }

  #onPointerLeave(e: PointerEvent): void {
    // Onto the tooltip is still hovering (WCAG 1.4.13); the tooltip's own leave closes it.
    if (this.hasFocus || isInTooltip(e.relatedTarget)) return;
    this.hoverX = undefined;
    this.tooltip.hide();
  }

  #renderLegend(model: TrendModel, layout: TrendLayout, locale: Locale): TemplateResult {
    let colour = 0;
    const swatch = (cls: string, shape: TemplateResult | typeof nothing, dashed = false) =>
      html`<svg width="28" height="12" aria-hidden="true" class=${cls}>
        <line class="line ${dashed ? 'dashed' : ''}" x1="1" y1="6" x2="27" y2="6"></line>
        ${shape}
      </svg>`;
    return html`<ul class="legend" part="legend" aria-label=${msg('legend', locale)}>
      ${layout.series.map((s) => {
        const cls = s.reference ? 'ref' : `s${colour++ % 5}`;
        const shape = svg`<path class="end" d=${shapePath(seriesShape(s.index), 14, 6, 3.5)}></path>`;
        return html`<li>${swatch(cls, shape, false)}<span>${s.label}</span></li>`;
      })}
      ${
        model.targets.length > 0
          ? html`<li>
              <svg width="28" height="12" aria-hidden="true">
                ${model.targets.some((t) => t.low !== undefined) ? svg`<rect class="band" x="1" y="1" width="26" height="10"></rect>` : nothing}
                <line class="target" x1="1" y1="6" x2="27" y2="6"></line>
              </svg>
              <span
                >${model.targets.some((t) => t.example) ? text('target.example', locale) : text('target', locale)}${model.targets.some((t) => t.low !== undefined) ? ` (${msg('trend.tolerance', locale).toLowerCase()})` : ''}</span
              >
            </li>`
          : nothing
      }
      ${
        layout.overlays.length > 0
          ? [...new Set(layout.overlays.map((o) => o.kind))].map(
              (k) =>
                html`<li>
                  <svg width="28" height="12" aria-hidden="true" class="s0">
                    <line class="overlay ${k === 'trend' ? 'trend' : ''}" x1="1" y1="6" x2="27" y2="6"></line>
                  </svg>
                  <span
                    >${k === 'trend' ? msg('trend.linear', locale) : msg('trend.rolling', locale, { n: this.rolling })}</span
                  >
                </li>`,
            )
          : nothing
      }
      ${
        model.series.some((s) => s.provisional)
          ? html`<li>
              ${swatch('s0', svg`<circle class="point hollow" cx="27" cy="6" r="3"></circle>`, true)}<span
                >${text('status.provisional', locale)}</span
              >
            </li>`
          : nothing
      }
    </ul>`;
  }

  #renderChart(model: TrendModel, layout: TrendLayout): TemplateResult {
    const { plot } = layout;
    // Label offsets below and above the plot were drawn for 12 px text.
    const k = layout.fontSize / BASE_FONT_SIZE;
    const f = this.focusPoint;
    const fs = f ? model.series[f.series] : undefined;
    const fx = f && fs ? fs.x[f.index] : undefined;
    const fy = f && fs ? fs.y[f.index] : undefined;
    const focusAt =
      this.hasFocus && fx !== undefined && fy !== null && fy !== undefined && !Number.isNaN(fy)
        ? { x: scaleMap(layout.x, fx), y: scaleMap(layout.y, fy) }
        : undefined;
    let colour = 0;
    const classes = layout.series.map((s) => (s.reference ? 'ref' : `s${colour++ % 5}`));
    const order = [...layout.series].sort((a, b) => Number(b.reference) - Number(a.reference));
    const focusLabel = f ? this.#focusText(model, f) : this.#name(model);
    const crossX = this.hoverX !== undefined ? scaleMap(layout.x, this.hoverX) : undefined;
    return html`<svg
      part="chart"
      width=${layout.width}
      height=${layout.height}
      viewBox="0 0 ${layout.width} ${layout.height}"
      role="group"
      aria-labelledby="title"
      aria-describedby="summary keys"
      @pointermove=${(e: PointerEvent) => this.#onPointer(e, model, layout)}
      @pointerleave=${(e: PointerEvent) => this.#onPointerLeave(e)}
    >
      <g class="grid" aria-hidden="true">
        ${layout.yTicks.map(
          (t) => svg`<line x1=${plot.left} x2=${plot.right} y1=${t.pos} y2=${t.pos}></line>
            <text class="tick" x=${plot.left - 6} y=${t.pos} text-anchor="end" dominant-baseline="middle">${t.label}</text>`,
        )}
      </g>
      <g class="axis" aria-hidden="true">
        <line x1=${plot.left} x2=${plot.right} y1=${plot.bottom} y2=${plot.bottom}></line>
        ${layout.xTicks.map(
          (t) => svg`<line x1=${t.pos} x2=${t.pos} y1=${plot.bottom} y2=${plot.bottom + 4}></line>
            <text class="tick" x=${t.pos} y=${plot.bottom + Math.round(16 * k)} text-anchor="middle">${t.label}</text>
            ${t.context !== undefined ? svg`<text class="tick" x=${t.pos} y=${plot.bottom + Math.round(30 * k)} text-anchor="middle">${t.context}</text>` : nothing}`,
        )}
      </g>
      <g aria-hidden="true">
        ${layout.target?.band ? svg`<path class="band" d=${layout.target.band}></path>` : nothing}
        ${layout.target ? svg`<path class="target" d=${layout.target.line}></path>` : nothing}
      </g>
      <g class="markers" aria-hidden="true">
        ${layout.markers.map((m) =>
          m.kind === 'revision'
            ? svg`<g class="marker revision"><path d="M${m.x - 4},${plot.bottom}L${m.x},${plot.bottom - 7}L${m.x + 4},${plot.bottom}Z"><title>${m.label}</title></path></g>`
            : svg`<g class="marker ${m.kind}"><line x1=${m.x} x2=${m.x} y1=${plot.top - 2 - Math.round((1 - m.lane) * 16 * k)} y2=${plot.bottom}></line>
                ${m.labelled ? svg`<text x=${m.anchor === 'start' ? m.x + 4 : m.x - 4} y=${plot.top - 6 - Math.round((1 - m.lane) * 16 * k)} text-anchor=${m.anchor}>${m.label}</text>` : nothing}
                <title>${m.label}</title></g>`,
        )}
      </g>
      <g class="series" aria-hidden="true">
        ${order.map((s) => {
          const cls = classes[s.index] ?? 's0';
          const end = this.#endPoint(model, layout, s.index);
          return svg`<g class=${cls} data-series=${s.id}>
            ${s.solid ? svg`<path class="line" d=${s.solid}></path>` : nothing}
            ${s.dashed ? svg`<path class="line dashed" d=${s.dashed}></path>` : nothing}
            ${s.points.map((p) => svg`<circle class="point ${p.provisional ? 'hollow' : ''}" cx=${p.x} cy=${p.y} r="3"></circle>`)}
            ${s.points.length === 0 ? s.isolated.map((p) => svg`<circle class="point ${p.provisional ? 'hollow' : ''}" cx=${p.x} cy=${p.y} r="2.5"></circle>`) : nothing}
            ${end ? svg`<path class="end" d=${shapePath(seriesShape(s.index), end.x, end.y, 4)}></path>` : nothing}
          </g>`;
        })}
        ${layout.overlays.map((o) => svg`<g class=${classes[o.series] ?? 's0'}><path class="overlay ${o.kind === 'trend' ? 'trend' : ''}" d=${o.d}></path></g>`)}
      </g>
      ${crossX !== undefined ? svg`<line class="crosshair" aria-hidden="true" x1=${crossX} x2=${crossX} y1=${plot.top} y2=${plot.bottom}></line>` : nothing}
      ${this.hasFocus ? svg`<rect class="plot-focus" aria-hidden="true" x=${plot.left - 3} y=${plot.top - 3} width=${plot.right - plot.left + 6} height=${plot.bottom - plot.top + 6}></rect>` : nothing}
      ${focusAt ? svg`<circle class="focus-point" aria-hidden="true" cx=${focusAt.x} cy=${focusAt.y} r="6"></circle>` : nothing}
      <rect
        class="hit"
        data-mark
        tabindex="0"
        role="img"
        aria-label=${focusLabel}
        x=${plot.left}
        y=${plot.top}
        width=${Math.max(1, plot.right - plot.left)}
        height=${Math.max(1, plot.bottom - plot.top)}
        @keydown=${(e: KeyboardEvent) => this.#onKeydown(e, model, layout)}
        @focus=${() => {
          this.hasFocus = true;
          if (!this.focusPoint) this.focusPoint = this.#initialFocus(model);
          const p = this.focusPoint;
          const x = p ? model.series[p.series]?.x[p.index] : undefined;
          if (x !== undefined) {
            this.hoverX = x;
            this.#showTooltipAt(model, layout, x);
          }
        }}
        @blur=${() => {
          this.hasFocus = false;
          this.hoverX = undefined;
          this.tooltip.hide();
        }}
        @click=${(e: MouseEvent) => {
          const s = model.series.findIndex((x) => !x.reference);
          const series = model.series[Math.max(0, s)];
          if (!series || this.hoverX === undefined) return;
          const i = nearestIndex(series.x, this.hoverX);
          this.focusPoint = { series: Math.max(0, s), index: i };
          this.#select(model, this.focusPoint);
          e.preventDefault();
        }}
      ></rect>
    </svg>`;
  }

  #endPoint(model: TrendModel, layout: TrendLayout, k: number): { x: number; y: number } | undefined {
    const s = model.series[k];
    if (!s) return undefined;
    for (let i = Math.min(s.x.length, s.y.length) - 1; i >= 0; i--) {
      const v = s.y[i];
      if (v !== null && v !== undefined && !Number.isNaN(v))
        return { x: scaleMap(layout.x, s.x[i] as number), y: scaleMap(layout.y, v) };
    }
    return undefined;
  }

  #renderTable(model: TrendModel, locale: Locale): TemplateResult {
    let body: TemplateResult | typeof nothing = nothing;
    if (this.tableOpen) {
      const xs = this.#rowsX(model);
      const pages = Math.max(1, Math.ceil(xs.length / TABLE_PAGE));
      const page = Math.min(this.tablePage, pages - 1);
      const from = page * TABLE_PAGE;
      const to = Math.min(xs.length, from + TABLE_PAGE);
      const pageModel: TableModel = {
        caption: this.#name(model),
        columns: this.#tableColumns(model),
        rows: this.#tableRows(model, xs, from, to),
      };
      body = html`${renderDataTable(pageModel, locale)}
      ${
        pages > 1
          ? html`<div class="pager">
              <button type="button" ?disabled=${page === 0} @click=${() => (this.tablePage = page - 1)}>
                ${msg('trend.previous', locale)}
              </button>
              <span role="status"
                >${msg('trend.rows', locale, { from: from + 1, to, total: xs.length })}</span
              >
              <button
                type="button"
                ?disabled=${page >= pages - 1}
                @click=${() => (this.tablePage = page + 1)}
              >
                ${msg('trend.next', locale)}
              </button>
            </div>`
          : nothing
      }`;
    }
    return html`<details
        class="table-alt"
        part="table-toggle"
        @toggle=${(e: Event) => (this.tableOpen = (e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>${text('table.show', locale)}</summary>
        ${body}
      </details>
      ${
        this.noExport
          ? nothing
          : html`<div class="toolbar" part="toolbar">
              <button type="button" part="download" @click=${() => void this.download('csv')}>
                ${text('download.csv', locale)}
              </button>
              <button type="button" part="download" @click=${() => void this.download('svg')}>
                ${text('download.svg', locale)}
              </button>
              <button type="button" part="download" @click=${() => void this.download('png')}>
                ${text('download.png', locale)}
              </button>
            </div>`
      }`;
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const st = this.loader.state;
    if (st.kind === 'loading') return renderLoading(locale, `${this.height}px`);
    if (st.kind === 'error') return renderError(st.failure, locale, () => this.loader.retry());
    const model = this.model();
    if (!model) {
      if (this.data === undefined && !this.src && !this.source)
        return renderError({ code: 'no-input' }, locale, undefined);
      return renderEmpty(locale);
    }
    const points = model.series.reduce((n, s) => n + s.x.length, 0);
    if (points === 0) return renderEmpty(locale);
    const layout = this.#layoutFor(model);
    const { flags, summary, spokenSummary } = this.#textFor(model, locale);
    const f = this.focusPoint;
    const dataset = this.loader.dataset;
    // The summary is shown with grouped numbers and heard, once, from its spoken copy (0761).
    return html`<figure class="chart" part="base">
      <figcaption class="title" id="title" part="title">${this.#name(model)}</figcaption>
      <p class="summary" part="summary" aria-hidden="true">${summary}</p>
      <p class="visually-hidden" id="summary">${spokenSummary}</p>
      ${this.#renderLegend(model, layout, locale)}
      <div class="plot-wrap">${this.#renderChart(model, layout)} ${this.tooltip.render()}</div>
      <p id="keys" class="visually-hidden">${msg('trend.keys', locale)}</p>
      <div class="visually-hidden" aria-live="polite">
        ${this.hasFocus && f ? this.#focusText(model, f) : ''}
      </div>
      ${
        flags.provisional || flags.gaps
          ? html`<p class="notes" part="partial">
              ${flags.provisional ? msg('trend.provisional', locale) : ''}
              ${flags.gaps ? msg('trend.gaps', locale) : ''}
            </p>`
          : nothing
      }
      ${this.#renderTable(model, locale)}
      ${dataset ? renderSourceLine(sourceInfo(dataset.meta, model.indicator), locale) : nothing}
    </figure>`;
  }
}
