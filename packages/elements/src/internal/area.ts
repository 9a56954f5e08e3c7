import { normalizeAreaCode } from '@mittari/core';

/**
 * The canonical form of an area code from an attribute (`MK6` → `MK06`), or the input as
 * given when core cannot tell (a bare `06` needs a level): it then simply matches nothing.
 *
 * @example
 * ```ts
 * canonicalArea('KU91'); // "KU091"
 * ```
 */
export function canonicalArea(code: string): string {
  const r = normalizeAreaCode(code.trim());
  return r.success ? r.data.code : code.trim();
}
