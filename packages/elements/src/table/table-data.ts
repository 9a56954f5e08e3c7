import { formatPeriod, formatValue, localize, type Dataset, type Locale } from '@mittari/core';
import { canonicalArea } from '../internal/area.js';
import { unitLabel } from '../internal/format.js';
import type { TableCell, TableModel } from '../internal/table-model.js';
import { text } from '../internal/text.js';

/** What `<mittari-table>` is asked to show from a dataset. */
export interface TableSelection {
  readonly indicator?: string | undefined;
  readonly area?: string | undefined;
  readonly period?: string | undefined;
}

/**
 * A table from a dataset: with `area` and no `period`, that area's series (one row per
 * period); otherwise every area in one period (default: the latest), by name. Statuses are words,
 * a suppressed value has no number. `undefined` when there is nothing to show.
 *
 * @example
 * ```ts
 * datasetTable(dataset, { indicator: 'unemployed-share', period: '2025-01' }, 'sv');
 * ```
 */
export function datasetTable(
  dataset: Dataset,
  selection: TableSelection,
  locale: Locale,
): TableModel | undefined {
  const id = selection.indicator ?? dataset.indicators.keys().next().value;
  const ind = id === undefined ? undefined : dataset.indicators.get(id);
  if (!ind) return undefined;
  const store = dataset.observations;
  const unit = unitLabel(ind.unit, locale);
  const valueCol = { key: 'value', label: text('value', locale), ...(unit ? { unit } : {}), numeric: true };
  const statusCol = { key: 'status', label: text('status', locale) };
  const cell = (value: number | null, status: TableCell['status'] & string): TableCell => ({
    text: value === null ? text(`status.${status}`, locale) : formatValue(value, ind, locale),
    value,
    status,
    statusText: text(`status.${status}`, locale),
  });
  const indicatorLabel = localize(ind.label, locale);
  if (selection.area && !selection.period) {
    const code = canonicalArea(selection.area);
    const obs = store.select({ indicator: ind.id, areas: [code] });
    if (obs.length === 0) return undefined;
    const area = dataset.areas.get(code);
    return {
      caption: `${indicatorLabel}, ${area ? localize(area.label, locale) : code}`,
      columns: [{ key: 'period', label: text('period', locale) }, valueCol, statusCol],
      rows: obs.map((o) => [
        { text: formatPeriod(o.period, locale) },
        cell(o.value, o.status),
        { text: text(`status.${o.status}`, locale) },
      ]),
    };
  }
  const periods = store.periods(ind.id);
  const period = selection.period ?? periods[periods.length - 1];
  if (!period) return undefined;
  const rows: TableCell[][] = [];
  for (const code of store.areas(ind.id)) {
    const o = store.get(ind.id, code, period);
    if (!o) continue;
    const area = dataset.areas.get(code);
    rows.push([
      { text: area ? localize(area.label, locale) : code },
      cell(o.value, o.status),
      { text: text(`status.${o.status}`, locale) },
    ]);
  }
  if (rows.length === 0) return undefined;
  // Alphabetical by area name in the reader's language until the reader sorts otherwise.
  rows.sort((x, y) => (x[0]?.text ?? '').localeCompare(y[0]?.text ?? '', locale));
  return {
    caption: `${indicatorLabel}, ${formatPeriod(period, locale)}`,
    columns: [{ key: 'area', label: text('area', locale) }, valueCol, statusCol],
    rows,
  };
}

/** Whether `x` is a ready-made {@link TableModel} (the element-specific `data` form). */
export function isTableModel(x: unknown): x is TableModel {
  if (typeof x !== 'object' || x === null) return false;
  const t = x as Partial<TableModel>;
  return typeof t.caption === 'string' && Array.isArray(t.columns) && Array.isArray(t.rows);
}
