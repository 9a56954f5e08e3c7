import type { Indicator } from '../schemas/indicator.js';
import type { Area } from '../schemas/area.js';
import type { Observation } from '../schemas/observation.js';
import type { Target } from '../schemas/target.js';
import type { Locale, LocalizedText } from '../schemas/primitives.js';
import { localize } from '../vocabulary.js';
import { attainment } from '../attainment.js';
import type { Change } from '../trend.js';
import { msg } from './messages.js';
import { formatChange, formatPeriod, formatShare, formatValue, statusLabel } from './format.js';

/** Input of {@link describeObservation}. */
export interface DescribeInput {
  readonly indicator: Pick<Indicator, 'label' | 'unit' | 'direction'> & Partial<Pick<Indicator, 'decimals'>>;
  /** The area, its label, or a plain name. */
  readonly area: Pick<Area, 'label'> | LocalizedText | string;
  /** The observation; `undefined` describes a period with no data. */
  readonly observation: Pick<Observation, 'period' | 'value' | 'status'> | undefined;
  /** The period, when there is no observation. */
  readonly period?: string;
  readonly target?: Pick<Target, 'value' | 'tolerance' | 'example'> | null;
  /** A change to mention, e.g. from {@link yearOnYear}. */
  readonly change?: Pick<Change, 'change' | 'status' | 'reference' | 'period'> | null;
  /** Coverage (0–1) of an aggregated estimate. */
  readonly coverage?: number;
  readonly locale: Locale;
  /** `tooltip` (default) or `screen-reader`: numbers without thousands separators, units in words. */
  readonly form?: 'tooltip' | 'screen-reader';
}

function areaName(area: DescribeInput['area'], locale: Locale): string {
  if (typeof area === 'string') return area;
  return 'label' in area ? localize(area.label, locale) : localize(area, locale);
}

/** Lower-cases a label's first letter to run on inside a sentence, unless it starts an acronym (ELY, TE). */
function inSentence(label: string): string {
  const [first, second] = [...label];
  if (first === undefined || second === undefined || second !== second.toLowerCase()) return label;
  return first.toLowerCase() + label.slice(first.length);
}

/**
 * One observation in one sentence, the same depth in fi, sv and en, for tooltips and screen
 * readers: area, indicator, value, target, gap to target, change, period and status. A
 * suppressed value is described as suppressed, never as a number.
 *
 * @example
 * ```ts
 * describeObservation({
 *   indicator: { label: { fi: 'Työttömien osuus' }, unit: 'percent', decimals: 1, direction: 'lower-is-better' },
 *   area: 'Pirkanmaa',
 *   observation: { period: '2025-09', value: 10.8, status: 'provisional' },
 *   target: { value: 9 },
 *   locale: 'fi',
 * });
 * // "Pirkanmaa: työttömien osuus 10,8 %, tavoite 9,0 %, 1,8 %-yks. tavoitetta heikompi (syyskuu 2025, ennakkotieto)"
 * ```
 */
export function describeObservation(input: DescribeInput): string {
  const { indicator, locale, observation } = input;
  const form = input.form === 'screen-reader' ? 'screen-reader' : 'display';
  const label = inSentence(localize(indicator.label, locale));
  const cell = observation ?? { value: null, status: 'missing' as const };
  const numeric = cell.value !== null && cell.status !== 'suppressed' && cell.status !== 'missing';
  const valueText = formatValue(cell, indicator, locale, { form });
  const parts: string[] = [numeric ? `${label} ${valueText}` : `${label}: ${valueText.toLowerCase()}`];

  if (input.target) {
    const targetWord = msg(input.target.example ? 'target.example' : 'target', locale);
    parts.push(`${targetWord} ${formatValue(input.target.value, indicator, locale, { form })}`);
    const a = attainment({ actual: cell, target: input.target, indicator });
    if (a.gap !== null && a.side !== null && indicator.direction !== 'neutral') {
      if (a.side === 'on-target') parts.push(msg('gap.on-target', locale));
      else {
        const gap = formatValue(
          Math.abs(a.gap),
          { unit: a.gapUnit, ...(indicator.decimals === undefined ? {} : { decimals: indicator.decimals }) },
          locale,
          { form, unit: a.gapUnit },
        );
        parts.push(msg(a.side === 'better' ? 'gap.better' : 'gap.worse', locale, { gap }));
      }
    }
  }
  if (input.change) {
    const yearly =
      input.change.reference.slice(0, 4) !== input.change.period.slice(0, 4) &&
      input.change.reference.slice(4) === input.change.period.slice(4);
    parts.push(
      `${msg(yearly ? 'change.year' : 'change.previous', locale)} ${formatChange(input.change, indicator, locale, { form })}`,
    );
  }

  const period = observation?.period ?? input.period;
  const tail: string[] = [];
  if (period !== undefined) tail.push(formatPeriod(period, locale));
  if (cell.status === 'estimate' && input.coverage !== undefined) {
    tail.push(msg('status.estimate.coverage', locale, { coverage: formatShare(input.coverage, locale) }));
  } else if (cell.status === 'provisional' || cell.status === 'estimate') {
    tail.push(statusLabel(cell.status, locale));
  }
  const suffix = tail.length ? ` (${tail.join(', ')})` : '';
  return `${areaName(input.area, locale)}: ${parts.join(', ')}${suffix}`;
}

/**
 * A ranking position as text: "sija 3/19", "plats 3/19", "rank 3 of 19".
 *
 * @example
 * ```ts
 * describeRank({ rank: 3, of: 19 }, 'sv'); // "plats 3/19"
 * ```
 */
export function describeRank(
  ranked: { readonly rank: number | null; readonly of: number },
  locale: Locale,
): string {
  return ranked.rank === null
    ? msg('state.no-data', locale)
    : msg('rank', locale, { rank: ranked.rank, total: ranked.of });
}
