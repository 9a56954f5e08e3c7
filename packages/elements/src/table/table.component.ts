import { html, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { MittariChartElement } from '../internal/chart-element.js';
import { chartStyles } from '../internal/chart.styles.js';
import { renderDataTable, type TableSort } from '../internal/data-table.js';
import { renderSourceLine, sourceInfo } from '../internal/source-line.js';
import { renderEmpty, renderError, renderLoading } from '../internal/states.js';
import { stateStyles } from '../internal/states.styles.js';
import type { TableModel } from '../internal/table-model.js';
import { text } from '../internal/text.js';
import { tokenStyles } from '../internal/tokens.js';
import { datasetTable, isTableModel } from './table-data.js';
import { tableStyles } from './table.styles.js';

/**
 * An accessible, sortable data table.
 *
 * @tagname mittari-table
 * @summary A table of what any chart shows, or of a dataset on its own: caption, column headers
 * with units, statuses as text, numbers formatted for the language and right-aligned; click a
 * header to sort.
 *
 * @csspart table - The table.
 * @csspart toolbar - The download button's row.
 * @csspart download - The CSV download button.
 * @csspart source - The source line.
 * @csspart state - The loading, error or empty state box.
 * @csspart retry - The retry button.
 *
 * @cssprop --mittari-color-border - Row rules.
 * @cssprop --mittari-color-text-muted - Units and statuses.

 */
export class MittariTable extends MittariChartElement {
  /** Shared tokens and state styles, then this element's own; theme through `--mittari-*` properties and parts. */
  static override styles = [tokenStyles, stateStyles, chartStyles, tableStyles];

  @state() private sort: TableSort | undefined;
  #model: TableModel | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const s = this.loader.state;
    this.#model =
      s.kind === 'ready'
        ? datasetTable(
            s.dataset,
            { indicator: this.indicator, area: this.area, period: this.period },
            this.locale,
          )
        : s.kind === 'idle' && isTableModel(this.data)
          ? this.data
          : undefined;
  }

  protected override tableModel(): TableModel | undefined {
    return this.#model;
  }

  protected override exportName(): string {
    return this.#model?.caption ?? 'mittari-table';
  }

  #onSort(column: number): void {
    const same = this.sort?.column === column;
    this.sort = {
      column,
      direction: same && this.sort?.direction === 'ascending' ? 'descending' : 'ascending',
    };
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const s = this.loader.state;
    if (s.kind === 'loading') return renderLoading(locale);
    if (s.kind === 'error') return renderError(s.failure, locale, () => this.loader.retry());
    const model = this.#model;
    if (!model) return renderEmpty(locale);
    const dataset = s.kind === 'ready' ? s.dataset : undefined;
    const ind = dataset && this.indicator ? dataset.indicators.get(this.indicator) : undefined;
    return html`<div class="wrap">
        ${renderDataTable(model, locale, { sort: this.sort, onSort: (c) => this.#onSort(c) })}
      </div>
      ${
        this.noExport
          ? ''
          : html`<div class="toolbar" part="toolbar">
              <button type="button" part="download" @click=${() => void this.download('csv')}>
                ${text('download.csv', locale)}
              </button>
            </div>`
      }
      ${dataset ? renderSourceLine(sourceInfo(dataset.meta, ind), locale) : ''}`;
  }
}
