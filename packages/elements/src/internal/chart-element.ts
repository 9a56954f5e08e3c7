import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Locale } from '@mittari/core';
import { MittariElement } from './base-element.js';
import { DataController } from './data-controller.js';
import { ResizeController } from './resize-controller.js';
import { TooltipController } from './tooltip.js';
import { renderDataTable } from './data-table.js';
import type { TableModel } from './table-model.js';
import { toCsv } from './csv.js';
import { serializeSvg } from './svg-serialize.js';
import { download, safeFilename } from './download.js';
import { text } from './text.js';
import { chartStyles } from './chart.styles.js';
import { tokenStyles } from './tokens.js';
import { stateStyles } from './states.styles.js';

/** What can be downloaded from a chart. */
export type ExportKind = 'csv' | 'svg' | 'png';

/**
 * The base of every data-driven element: the two ways in (`data`, or `src` / `source` plus the
 * selection attributes), loading through the shared client, container-width layout, a tooltip,
 * the data-table alternative and CSV / SVG / PNG export.
 */
export class MittariChartElement extends MittariElement {
  /** Shared tokens and state styles every Mittari element starts from. */
  static override styles = [tokenStyles, stateStyles, chartStyles];

  /** Typed data: a core `Dataset`, a `mittari/1` document, or the element's own plain object. */
  @property({ attribute: false }) data: unknown = undefined;
  /** A Mittari dataset URL. */
  @property({ reflect: true }) src: string | undefined = undefined;
  /** The id of a `<mittari-source>` on the page. */
  @property({ reflect: true }) source: string | undefined = undefined;
  /** The indicator id. */
  @property({ reflect: true }) indicator: string | undefined = undefined;
  /** The area code (canonical, e.g. `MK06`, `TA13`, `KU091`). */
  @property({ reflect: true }) area: string | undefined = undefined;
  /** The period (`2025`, `2025-Q3`, `2025-09`); default: the latest with data. */
  @property({ reflect: true }) period: string | undefined = undefined;
  /** A reference area code to compare with. */
  @property({ reflect: true }) compare: string | undefined = undefined;
  /** A group name tying elements together (shared selection). */
  @property({ reflect: true }) group: string | undefined = undefined;
  /** A heading-free accessible name for the chart; default: generated from the data. */
  @property({ reflect: true }) label: string | undefined = undefined;
  /** Hide the download buttons. */
  @property({ type: Boolean, reflect: true, attribute: 'no-export' }) noExport = false;

  /** Whether the data-table disclosure is open (its summary then says "hide"). */
  @state() protected tableOpen = false;

  protected readonly loader = new DataController(this, () => ({
    data: this.data,
    src: this.src,
    source: this.source,
  }));
  protected readonly size = new ResizeController(this);
  protected readonly tooltip = new TooltipController(this);

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.loader.sync();
  }

  /** What the chart shows, as a table (for the table alternative and CSV); undefined when nothing is shown. */
  protected tableModel(): TableModel | undefined {
    return undefined;
  }

  /**
   * Whether the chart has a table alternative to offer. By default: whether {@link tableModel}
   * gives one; a chart whose table is costly to build can answer without building it, since the
   * table itself is only built when the disclosure opens.
   */
  protected hasTable(): boolean {
    return this.tableModel() !== undefined;
  }

  /** A base for download file names. */
  protected exportName(): string {
    return this.localName;
  }

  /** The chart's SVG, for SVG and PNG export. */
  protected chartSvg(): SVGSVGElement | null {
    return this.renderRoot.querySelector<SVGSVGElement>('svg[part~="chart"]');
  }

  /** The shown data as CSV in the element's language (fi/sv: `;`, decimal comma, BOM). */
  toCsv(): string | undefined {
    const model = this.tableModel();
    return model ? toCsv(model, this.locale) : undefined;
  }

  /** The chart as a standalone SVG document (computed colours written in). */
  toSvg(): string | undefined {
    const svg = this.chartSvg();
    return svg
      ? serializeSvg(svg, {
          computedStyle: true,
          omit: ['tabindex', 'role', 'aria-label', 'aria-hidden', 'data-mark', 'focusable'],
        })
      : undefined;
  }

  /** The chart as a PNG, drawn with Canvas 2D from the same shapes. */
  async toPng(scale = 2): Promise<Blob | undefined> {
    const svg = this.chartSvg();
    if (!svg) return undefined;
    const { svgToPngBlob } = await import('./png.js');
    return svgToPngBlob(svg, scale);
  }

  /** Offers the shown data or the chart as a download. */
  async download(kind: ExportKind): Promise<void> {
    const name = this.exportName();
    if (kind === 'csv') {
      const csv = this.toCsv();
      if (csv !== undefined)
        download(safeFilename(name, 'csv'), new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    } else if (kind === 'svg') {
      const svg = this.toSvg();
      if (svg !== undefined) download(safeFilename(name, 'svg'), new Blob([svg], { type: 'image/svg+xml' }));
    } else {
      const png = await this.toPng();
      if (png) download(safeFilename(name, 'png'), png);
    }
  }

  /** The data-table alternative (a disclosure) and the download buttons. */
  protected renderExtras(locale: Locale, options: { svg?: boolean } = {}): TemplateResult | typeof nothing {
    if (!this.hasTable()) return nothing;
    // A closed disclosure's content is neither seen nor read, so its rows are built only when it
    // opens: first render stays proportional to the chart, not to the table.
    const table = this.tableOpen ? this.tableModel() : undefined;
    const svg = options.svg !== false;
    return html`<details
        class="table-alt"
        part="table-toggle"
        ?open=${this.tableOpen}
        @toggle=${(e: Event) => (this.tableOpen = (e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>${text(this.tableOpen ? 'table.hide' : 'table.show', locale)}</summary>
        ${table ? renderDataTable(table, locale) : nothing}
      </details>
      ${
        this.noExport
          ? nothing
          : html`<div class="toolbar" part="toolbar">
              <button type="button" part="download" @click=${() => void this.download('csv')}>
                ${text('download.csv', locale)}
              </button>
              ${
                svg
                  ? html`<button type="button" part="download" @click=${() => void this.download('svg')}>
                        ${text('download.svg', locale)}
                      </button>
                      <button type="button" part="download" @click=${() => void this.download('png')}>
                        ${text('download.png', locale)}
                      </button>`
                  : nothing
              }
            </div>`
      }`;
  }
}
