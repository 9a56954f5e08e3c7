import { html, nothing, type TemplateResult } from 'lit';
import { msg, type Locale } from '@mittari/core';
import type { TableCell, TableModel } from './table-model.js';

/** A sort order: a column index and a direction. */
export interface TableSort {
  readonly column: number;
  readonly direction: 'ascending' | 'descending';
}

function compareCells(
  a: TableCell | undefined,
  b: TableCell | undefined,
  numeric: boolean,
  locale: Locale,
): number {
  if (numeric) {
    const av = typeof a?.value === 'number' ? a.value : undefined;
    const bv = typeof b?.value === 'number' ? b.value : undefined;
    // Cells with no number (suppressed, missing) sort last in both directions' base order.
    if (av === undefined && bv === undefined) return 0;
    if (av === undefined) return 1;
    if (bv === undefined) return -1;
    return av - bv;
  }
  return (a?.text ?? '').localeCompare(b?.text ?? '', locale);
}

/**
 * The rows of `model` in `sort` order (stable; the given order when `sort` is undefined).
 *
 * @example
 * ```ts
 * sortRows(model, { column: 1, direction: 'descending' }, 'fi');
 * ```
 */
export function sortRows(
  model: TableModel,
  sort: TableSort | undefined,
  locale: Locale,
): readonly (readonly TableCell[])[] {
  if (!sort) return model.rows;
  const numeric = model.columns[sort.column]?.numeric === true;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return model.rows
    .map((row, i) => ({ row, i }))
    .sort((x, y) => {
      const c = compareCells(x.row[sort.column], y.row[sort.column], numeric, locale);
      // Empty numeric cells stay at the end whichever way the column is sorted.
      const emptyX = numeric && typeof x.row[sort.column]?.value !== 'number';
      const emptyY = numeric && typeof y.row[sort.column]?.value !== 'number';
      if (emptyX !== emptyY) return emptyX ? 1 : -1;
      return c * sign || x.i - y.i;
    })
    .map((x) => x.row);
}

function cellContent(cell: TableCell | undefined): TemplateResult | string {
  if (!cell) return '';
  if (cell.statusText && cell.status && cell.status !== 'final') {
    return typeof cell.value === 'number'
      ? html`${cell.text} <span class="cell-status">(${cell.statusText})</span>`
      : html`<span class="cell-status">${cell.statusText}</span>`;
  }
  return cell.text;
}

/** Options of {@link renderDataTable}. */
export interface DataTableOptions {
  readonly sort?: TableSort | undefined;
  /** Given, column headers become sort buttons calling it. */
  readonly onSort?: (column: number) => void;
}

/**
 * An accessible data table: caption, column headers with units, statuses as text, numbers
 * right-aligned, optional sortable headers (`aria-sort`). Labels render as text.
 */
export function renderDataTable(
  model: TableModel,
  locale: Locale,
  options: DataTableOptions = {},
): TemplateResult {
  const rows = sortRows(model, options.sort, locale);
  return html`<table class="data-table" part="table">
    <caption>
      ${model.caption}
    </caption>
    <thead>
      <tr>
        ${model.columns.map((c, i) => {
          const sorted = options.sort?.column === i ? options.sort.direction : undefined;
          const label = html`${c.label}${c.unit ? html` <span class="unit">(${c.unit})</span>` : nothing}`;
          return html`<th scope="col" class=${c.numeric ? 'num' : ''} aria-sort=${sorted ?? nothing}>
            ${
              options.onSort
                ? html`<button type="button" class="sort" @click=${() => options.onSort?.(i)}>
                    ${label}<span class="sort-icon" aria-hidden="true"
                      >${sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ' ⇅'}</span
                    >
                    <span class="visually-hidden">, ${msg('sort.by', locale, { column: c.label })}</span>
                  </button>`
                : label
            }
          </th>`;
        })}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            ${model.columns.map((c, i) =>
              i === 0 && !c.numeric
                ? html`<th scope="row">${cellContent(row[i])}</th>`
                : html`<td class=${c.numeric ? 'num' : ''}>${cellContent(row[i])}</td>`,
            )}
          </tr>`,
      )}
    </tbody>
  </table>`;
}
