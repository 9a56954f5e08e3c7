import type { MessageFamily } from './messages.js';

// The KPI tile's own texts: how a change is read out, and the sparkline's name.
// `<mittari-kpi>` adds them with `addMessages`.

const fi = {
  'kpi.change.up': 'nousu',
  'kpi.change.down': 'lasku',
  'kpi.change.same': 'ennallaan',
  'kpi.change.better': 'parempi',
  'kpi.change.worse': 'heikompi',
  'kpi.sparkline': 'Kehitys {from}–{to}',
} as const;

/** A key of the KPI tile's message family. */
export type KpiMessageKey = keyof typeof fi;

/**
 * The KPI tile's texts in fi / sv / en. Register them with {@link addMessages} before reading
 * them with {@link msg}.
 *
 * @example
 * ```ts
 * addMessages(KPI_MESSAGES);
 * msg('kpi.change.up', 'sv'); // "ökning"
 * ```
 */
export const KPI_MESSAGES: MessageFamily<KpiMessageKey> = {
  fi,
  sv: {
    'kpi.change.up': 'ökning',
    'kpi.change.down': 'minskning',
    'kpi.change.same': 'oförändrad',
    'kpi.change.better': 'bättre',
    'kpi.change.worse': 'sämre',
    'kpi.sparkline': 'Utveckling {from}–{to}',
  },
  en: {
    'kpi.change.up': 'up',
    'kpi.change.down': 'down',
    'kpi.change.same': 'unchanged',
    'kpi.change.better': 'better',
    'kpi.change.worse': 'worse',
    'kpi.sparkline': 'Trend {from}–{to}',
  },
};
