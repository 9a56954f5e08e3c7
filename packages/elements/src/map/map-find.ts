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
