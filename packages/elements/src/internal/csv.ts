import type { Locale } from '@mittari/core';
import type { TableCell, TableModel } from './table-model.js';

/** The CSV dialect of each language: fi/sv as Finnish spreadsheets read it, en as RFC 4180. */
export const CSV_DIALECTS = {
  fi: { separator: ';', decimal: ',', bom: true },
  sv: { separator: ';', decimal: ',', bom: true },
  en: { separator: ',', decimal: '.', bom: false },
} as const satisfies Record<Locale, { separator: string; decimal: string; bom: boolean }>;

function quote(field: string, separator: string): string {
  return /["\r\n]/.test(field) || field.includes(separator) ? `"${field.replaceAll('"', '""')}"` : field;
}

/**
 * Text that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, CR) is prefixed
 * with `'`, so a hostile label cannot run in the reader's spreadsheet (CSV injection).
 */
function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function numberText(value: number, decimal: string): string {
  // Full precision, no grouping: spreadsheets must read the number back exactly.
  const s = String(value);
  return decimal === '.' ? s : s.replace('.', decimal);
}

function cellText(cell: TableCell, numeric: boolean, decimal: string): string {
  if (numeric) {
    if (typeof cell.value === 'number' && Number.isFinite(cell.value)) return numberText(cell.value, decimal);
    // A suppressed or missing value exports as its status word, never a number.
    return defuse(cell.statusText ?? cell.status ?? '');
  }
  return defuse(cell.text);
}

/**
 * The table as CSV in the language's dialect: fi/sv with `;`, decimal comma and a UTF-8 BOM
 * (so Excel opens it right), en with `,` and `.`. Headers carry the unit in parentheses.
 *
 * @example
 * ```ts
 * toCsv({ caption: 'x', columns: [{ key: 'v', label: 'Arvo', unit: '%', numeric: true }],
 *         rows: [[{ text: '8,2 %', value: 8.2 }]] }, 'fi'); // "\uFEFFArvo (%)\r\n8,2\r\n"
 * ```
 */
export function toCsv(model: TableModel, locale: Locale): string {
  const { separator, decimal, bom } = CSV_DIALECTS[locale];
  const header = model.columns.map((c) =>
    quote(defuse(c.unit ? `${c.label} (${c.unit})` : c.label), separator),
  );
  const lines = [header.join(separator)];
  for (const row of model.rows) {
    lines.push(
      model.columns
        .map((c, i) => {
          const cell = row[i];
          return cell ? quote(cellText(cell, c.numeric === true, decimal), separator) : '';
        })
        .join(separator),
    );
  }
  return (bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}
