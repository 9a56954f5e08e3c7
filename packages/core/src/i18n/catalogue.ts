import type { Locale } from '../schemas/primitives.js';
import { COMMON_MESSAGES, type MessageCatalogue, type MessageKey } from './messages.js';
import { GAUGE_MESSAGES } from './messages-gauge.js';
import { KPI_MESSAGES } from './messages-kpi.js';
import { MAP_MESSAGES } from './messages-map.js';
import { TREND_MESSAGES } from './messages-trend.js';

// The whole catalogue at once, for tests, documentation and tools that list every text. An
// element never imports this module: it would carry every family's text (decision 0150).

/** Every family of the catalogue, by name. */
export const MESSAGE_FAMILIES = {
  common: COMMON_MESSAGES,
  gauge: GAUGE_MESSAGES,
  kpi: KPI_MESSAGES,
  map: MAP_MESSAGES,
  trend: TREND_MESSAGES,
} as const;

function language(locale: Locale): MessageCatalogue {
  return {
    ...COMMON_MESSAGES[locale],
    ...GAUGE_MESSAGES[locale],
    ...KPI_MESSAGES[locale],
    ...MAP_MESSAGES[locale],
    ...TREND_MESSAGES[locale],
  };
}

/**
 * The whole message catalogue: all interface text of every element in fi, sv and en, with the
 * same keys in each language, joined from every family. Read single texts through {@link msg}.
 *
 * @example
 * ```ts
 * MESSAGES.sv['trend.linear']; // "linjär trend"
 * ```
 */
export const MESSAGES: Readonly<Record<Locale, MessageCatalogue>> = {
  fi: language('fi'),
  sv: language('sv'),
  en: language('en'),
};

/** Every key of the catalogue, of every family. */
export const MESSAGE_KEYS = Object.keys(MESSAGES.fi) as MessageKey[];
