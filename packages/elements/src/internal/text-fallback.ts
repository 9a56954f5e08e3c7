import type { Locale } from '@mittari/core';

/**
 * TODO(core): interface strings the elements need that core's message catalogue does not have
 * (yet). Everything else comes from core (see `text.ts`). Complete in fi / sv / en (the
 * `satisfies` below makes a missing language a type error). Move these to core and delete.
 */
export const FALLBACK_TEXT = {
  'error.rate-limited': {
    fi: 'Tietolähde rajoittaa kyselyjä. Yritä hetken kuluttua uudelleen.',
    sv: 'Datakällan begränsar förfrågningarna. Försök igen om en stund.',
    en: 'The data source is limiting requests. Try again shortly.',
  },
  'error.too-many-cells': {
    fi: 'Kysely on liian suuri tietolähteelle.',
    sv: 'Förfrågan är för stor för datakällan.',
    en: 'The query is too large for the data source.',
  },
  'error.aborted': { fi: 'Lataus keskeytettiin.', sv: 'Laddningen avbröts.', en: 'Loading was cancelled.' },
  'error.no-source': {
    fi: 'Tietolähdettä ”{id}” ei ole sivulla.',
    sv: 'Datakällan ”{id}” finns inte på sidan.',
    en: 'There is no data source “{id}” on the page.',
  },
  'error.no-data-input': {
    fi: 'Tietolähdettä ei ole annettu.',
    sv: 'Ingen datakälla har angetts.',
    en: 'No data source has been given.',
  },
  'error.what': { fi: 'Lähde: {what}', sv: 'Källa: {what}', en: 'Source: {what}' },
  partial: {
    fi: 'Osa luvuista puuttuu tai on salattuja, ennakkotietoja tai arvioita.',
    sv: 'En del värden saknas eller är skyddade, preliminära eller uppskattningar.',
    en: 'Some values are missing, suppressed, provisional or estimates.',
  },
  actual: { fi: 'Toteuma', sv: 'Utfall', en: 'Actual' },
  'previous-period': { fi: 'Edellinen jakso', sv: 'Föregående period', en: 'Previous period' },
  'change.better': { fi: 'parempi', sv: 'bättre', en: 'better' },
  'change.worse': { fi: 'heikompi', sv: 'sämre', en: 'worse' },
  'change.same': { fi: 'ennallaan', sv: 'oförändrad', en: 'unchanged' },
  'change.up': { fi: 'nousu', sv: 'ökning', en: 'up' },
  'change.down': { fi: 'lasku', sv: 'minskning', en: 'down' },
  sparkline: { fi: 'Kehitys {from}–{to}', sv: 'Utveckling {from}–{to}', en: 'Trend {from}–{to}' },
  'sort.by': {
    fi: 'Järjestä sarakkeen {column} mukaan',
    sv: 'Sortera efter {column}',
    en: 'Sort by {column}',
  },
  'gauge.summary': {
    fi: '{area}: {indicator} {value}, tavoite {target}. {status}. Ero tavoitteeseen {gap} ({period}).',
    sv: '{area}: {indicator} {value}, mål {target}. {status}. Skillnad mot målet {gap} ({period}).',
    en: '{area}: {indicator} {value}, target {target}. {status}. Gap to target {gap} ({period}).',
  },
  'gauge.no-target': {
    fi: '{area}: {indicator} {value} ({period}). Tavoitetta ei ole asetettu.',
    sv: '{area}: {indicator} {value} ({period}). Inget mål har satts.',
    en: '{area}: {indicator} {value} ({period}). No target has been set.',
  },
  'source.failed': {
    fi: 'Tietolähde ”{id}” ei toimi: {message}',
    sv: 'Datakällan ”{id}” fungerar inte: {message}',
    en: 'Data source “{id}” failed: {message}',
  },
} as const satisfies Record<string, Record<Locale, string>>;

/** A key of the elements' stop-gap string table. */
export type FallbackKey = keyof typeof FALLBACK_TEXT;
