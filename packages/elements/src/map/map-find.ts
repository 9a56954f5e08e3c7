import { html, type TemplateResult } from 'lit';
import type { LocalizedText } from '@mittari/core';

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('fi').trim();

/**
 * The area a "find area" query names, in Finnish, Swedish or English: an exact name first,
 * then the first name starting with the query, then the first containing it (by Finnish
 * alphabetical order, so the answer does not depend on map order).
 *
 * @example
 * ```ts
 * findArea([{ code: 'KU091', label: { fi: 'Helsinki', sv: 'Helsingfors' } }], 'helsingfors'); // "KU091"
 * ```
 */
export function findArea(
  areas: readonly { readonly code: string; readonly label: LocalizedText }[],
  query: string,
): string | undefined {
  const q = fold(query);
  if (!q) return undefined;
  const names = areas
    .flatMap((a) =>
      [a.label.fi, a.label.sv, a.label.en]
        .filter((n): n is string => !!n)
        .map((n) => ({ code: a.code, name: fold(n) })),
    )
    .sort((x, y) => x.name.localeCompare(y.name, 'fi'));
  return (
    names.find((n) => n.name === q)?.code ??
    names.find((n) => n.name.startsWith(q))?.code ??
    names.find((n) => n.name.includes(q))?.code
  );
}

/**
 * The find field's suggestions: each area's Finnish name and, where it differs, its Swedish one.
 *
 * @example
 * ```ts
 * html`<datalist id="area-names">${renderAreaOptions(model)}</datalist>`;
 * ```
 */
export function renderAreaOptions(model: {
  readonly facts: ReadonlyMap<string, { readonly label: LocalizedText }>;
}): TemplateResult[] {
  return [...model.facts.values()].flatMap((f) =>
    [...new Set([f.label.fi, f.label.sv ?? f.label.fi])].map((n) => html`<option value=${n}></option>`),
  );
}
