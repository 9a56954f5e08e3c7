import type { MessageFamily } from './messages.js';

// The target-vs-actual gauge's own texts. Kept out of the common catalogue so that a page with
// only other elements does not carry them; `<mittari-gauge>` adds them with `addMessages`.

const fi = {
  'gauge.actual': 'Toteuma',
  'gauge.previous-period': 'Edellinen jakso',
  'gauge.summary':
    '{area}: {indicator} {value}, tavoite {target}. {status}. Ero tavoitteeseen {gap} ({period}).',
  'gauge.no-target': '{area}: {indicator} {value} ({period}). Tavoitetta ei ole asetettu.',
} as const;

/** A key of the gauge's message family. */
export type GaugeMessageKey = keyof typeof fi;

/**
 * The gauge's texts in fi / sv / en: the actual and previous-period labels and the generated
 * summary sentence. Register them with {@link addMessages} before reading them with {@link msg}.
 *
 * @example
 * ```ts
 * addMessages(GAUGE_MESSAGES);
 * msg('gauge.actual', 'sv'); // "Utfall"
 * ```
 */
export const GAUGE_MESSAGES: MessageFamily<GaugeMessageKey> = {
  fi,
  sv: {
    'gauge.actual': 'Utfall',
    'gauge.previous-period': 'Föregående period',
    'gauge.summary':
      '{area}: {indicator} {value}, mål {target}. {status}. Skillnad mot målet {gap} ({period}).',
    'gauge.no-target': '{area}: {indicator} {value} ({period}). Inget mål har satts.',
  },
  en: {
    'gauge.actual': 'Actual',
    'gauge.previous-period': 'Previous period',
    'gauge.summary':
      '{area}: {indicator} {value}, target {target}. {status}. Gap to target {gap} ({period}).',
    'gauge.no-target': '{area}: {indicator} {value} ({period}). No target has been set.',
  },
};
