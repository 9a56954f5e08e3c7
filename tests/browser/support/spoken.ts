// What core's `form: 'screen-reader'` makes of a Finnish display text, for tests that check an
// accessible name says the same facts as the tooltip: units in words, numbers without digit
// groups (a screen reader says "11 700" as two numbers). Takes whitespace-normalised text.

/**
 * A Finnish display text ("10,0 %", "−2,0 %-yks.", "11 700") in the spoken form ("10,0
 * prosenttia", "−2,0 prosenttiyksikköä", "11700"); text without numbers is returned as it is.
 *
 * @example
 * ```ts
 * spokenFi('esimerkkitavoite 10,0 %: Tavoite saavutettu'); // "esimerkkitavoite 10,0 prosenttia: Tavoite saavutettu"
 * ```
 */
export function spokenFi(text: string): string {
  return text
    .replace(/(\d) (?=\d{3}\b)/g, '$1')
    .replace(/(\d) %-yks\./g, '$1 prosenttiyksikköä')
    .replace(/(\d) %/g, '$1 prosenttia');
}
