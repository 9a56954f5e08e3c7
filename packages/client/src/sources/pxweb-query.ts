import type { ValueSelection, VariableSelection } from '../descriptor.js';

/** A selection with every variable resolved to explicit value codes. */
export type ExplicitSelection = ReadonlyMap<string, readonly string[]>;

/** The value codes of each variable of a table, in the table's order. */
export type TableValues = ReadonlyMap<string, readonly string[]>;

/** The values part of a variable's selection (without its codelist). */
export function valuesOf(sel: VariableSelection): ValueSelection {
  return typeof sel === 'object' && !Array.isArray(sel) && 'values' in sel ? sel.values : sel;
}

/** The codelist of a variable's selection, if any. */
export function codelistOf(sel: VariableSelection): string | undefined {
  return typeof sel === 'object' && !Array.isArray(sel) && 'codelist' in sel ? sel.codelist : undefined;
}

/** A PxWeb API 2 `valueCodes` expression for a selection. */
export function valueExpression(v: ValueSelection): string {
  if (Array.isArray(v)) return v.join(',');
  if (v === '*') return '*';
  if ('top' in v) return `top(${v.top})`;
  if ('from' in v) return `from(${v.from})`;
  return `[range(${v.range[0]},${v.range[1]})]`;
}

/** The codes a selection names without asking the server, or `undefined` when it needs the table's values. */
export function explicitCodes(v: ValueSelection): readonly string[] | undefined {
  return Array.isArray(v) ? v : undefined;
}

/**
 * Resolves a selection against a table's values: `*` is every value, `top(n)` the last n (the
 * latest periods: PxWeb lists time ascending), `from(x)` x and every later value, a range both
 * ends and what lies between. Unknown codes are kept, so the server reports them.
 */
export function resolveCodes(v: ValueSelection, all: readonly string[]): string[] {
  if (Array.isArray(v)) return [...v];
  if (v === '*') return [...all];
  if ('top' in v) return all.slice(Math.max(0, all.length - v.top));
  if ('from' in v) {
    const i = all.indexOf(v.from);
    return i < 0 ? [] : all.slice(i);
  }
  const a = all.indexOf(v.range[0]);
  const b = all.indexOf(v.range[1]);
  return a < 0 || b < 0 ? [] : all.slice(Math.min(a, b), Math.max(a, b) + 1);
}

/** The number of cells a selection asks for. */
export function cellCount(sel: ExplicitSelection): number {
  let n = 1;
  for (const codes of sel.values()) n *= codes.length;
  return n;
}

/**
 * Splits a selection into parts of at most `maxCells` cells each, cutting the variable with the
 * most values first (so the parts are few and large). A part that cannot be cut further is
 * returned as it is; the server's answer then decides.
 *
 * @example
 * ```ts
 * splitSelection(new Map([['Alue', areas309], ['Kuukausi', months24]]), 1000); // 8 parts of 39 areas × 24 months
 * ```
 */
export function splitSelection(sel: ExplicitSelection, maxCells: number): ExplicitSelection[] {
  const cells = cellCount(sel);
  if (cells <= maxCells) return [sel];
  let widest: string | undefined;
  let width = 1;
  for (const [name, codes] of sel) {
    if (codes.length > width) {
      widest = name;
      width = codes.length;
    }
  }
  if (widest === undefined) return [sel];
  const codes = sel.get(widest) ?? [];
  const perValue = cells / width;
  const chunk = Math.max(1, Math.floor(maxCells / perValue));
  const parts: ExplicitSelection[] = [];
  for (let i = 0; i < codes.length; i += chunk) {
    const part = new Map(sel);
    part.set(widest, codes.slice(i, i + chunk));
    parts.push(...splitSelection(part, maxCells));
  }
  return parts;
}
