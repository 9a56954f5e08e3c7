import {
  formatNumber,
  formatPeriod,
  formatValue,
  msg,
  type Indicator,
  type Locale,
  type MessageKey,
  type Unit,
} from '@mittari/core';

/** Units whose word goes in a table header; the others are plain numbers. */
const HEADER_UNITS: Partial<Record<Unit, MessageKey>> = {
  percent: 'unit.percent',
  'percentage-points': 'unit.percentage-points',
  euro: 'unit.euro',
  days: 'unit.days',
  weeks: 'unit.weeks',
  persons: 'unit.persons.other',
};

/**
 * The unit word for a table header (`%`, `%-yks.`, `henkilöä`), empty for plain numbers.
 *
 * @example
 * ```ts
 * unitLabel('percent', 'fi'); // "%"
 * ```
 */
export function unitLabel(unit: Unit, locale: Locale): string {
  const key = HEADER_UNITS[unit];
  return key ? msg(key, locale, { value: '' }).trim() : '';
}

/** Options of {@link formatIndicatorValue}. */
export interface FormatOptions {
  /** Always write the sign (changes, gaps). */
  readonly signed?: boolean;
  /** Format in this unit instead of the indicator's (a gap of a percent indicator is in percentage points). */
  readonly unit?: Unit;
}

/**
 * A value in the indicator's unit and decimals, written for the language (core's `formatValue`).
 *
 * @example
 * ```ts
 * formatIndicatorValue(10.8, { unit: 'percent', decimals: 1 }, 'fi'); // "10,8 %"
 * ```
 */
export function formatIndicatorValue(
  value: number,
  indicator: Pick<Indicator, 'unit' | 'decimals'>,
  locale: Locale,
  options: FormatOptions = {},
): string {
  const ind =
    indicator.decimals === undefined
      ? { unit: indicator.unit }
      : { unit: indicator.unit, decimals: indicator.decimals };
  return formatValue(value, ind, locale, {
    ...(options.signed ? { signed: true } : {}),
    ...(options.unit
      ? { unit: options.unit, ...(indicator.decimals !== undefined ? { decimals: indicator.decimals } : {}) }
      : {}),
  });
}

/** A plain number in the language (axis ticks). */
export function formatTick(value: number, locale: Locale, decimals: number): string {
  const d = Number.isInteger(value) ? 0 : Math.min(decimals, 2);
  return formatNumber(value, locale, { decimals: d });
}

/**
 * A period for reading: "syyskuu 2025", "september 2025", "3. neljännes 2025" (core's `formatPeriod`).
 *
 * @example
 * ```ts
 * formatPeriodText('2025-09', 'sv'); // "september 2025"
 * ```
 */
export function formatPeriodText(period: string, locale: Locale): string {
  return formatPeriod(period, locale);
}
