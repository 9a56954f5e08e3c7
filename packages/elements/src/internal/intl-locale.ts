import type { Locale } from '@mittari/core';

const INTL_LOCALE: Readonly<Record<Locale, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** The `Intl` locale tag for a Mittari locale (Finland's Swedish, British English). */
export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale];
}
