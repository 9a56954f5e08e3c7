import type { ObservationStatus } from '@mittari/core';

/** One column of a data table; `numeric` columns are right-aligned and exported as numbers. */
export interface TableColumn {
  readonly key: string;
  /** The header, already translated. */
  readonly label: string;
  /** The unit shown in the header, e.g. `%` or `henkilöä`; already translated. */
  readonly unit?: string;
  readonly numeric?: boolean;
}

/**
 * One cell: what is shown (`text`, formatted for the language), the number behind it for
 * sorting and export (`null` when there is none — a suppressed or missing value never has one)
 * and the status that explains a missing number.
 */
export interface TableCell {
  readonly text: string;
  readonly value?: number | null;
  readonly status?: ObservationStatus;
  /** The translated status word, shown and exported instead of a number when there is none. */
  readonly statusText?: string;
}

/** What a chart shows, as a table: the data-table alternative, `<mittari-table>` and CSV export all read it. */
export interface TableModel {
  /** The caption, already translated. */
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly TableCell[])[];
}
