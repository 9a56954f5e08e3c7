import {
  formatNumber,
  formatValue,
  INTL_LOCALES,
  msg,
  type Indicator,
  type Locale,
  type MessageKey,
  type Unit,
  type ValueOptions,
} from '@mittari/core';

// Values, changes and periods are written by core (`formatValue`, `formatChange`,
// `formatPeriod`); what stays here is how the elements' own furniture is written: the unit in a
// table header and the numbers on an axis.

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

/**
 * A plain number on an axis: whole numbers without decimals, others with the indicator's
 * decimals but at most two, so ticks stay short.
 *
 * @example
 * ```ts
 * formatTick(7.5, 'fi', 1); // "7,5"
 * ```
 */
export function formatTick(value: number, locale: Locale, decimals: number): string {
  const d = Number.isInteger(value) ? 0 : Math.min(decimals, 2);
  return formatNumber(value, locale, { decimals: d });
}

/** From here on a value is written in scientific notation: beyond "biljoona", digits stop helping. */
const LARGE = 1e15;

const scientific = new Map<Locale, Intl.NumberFormat>();

/**
 * Core's {@link formatValue}, made safe for any number: a magnitude of 10^15 or more is written in
 * the locale's scientific notation with three significant digits and the unit ("1E308 %"), never
 * as hundreds of digits; a non-finite number (`NaN`, `Infinity`) as "no data", never as text
 * like "NaN" or "∞".
 *
 * @example
 * ```ts
 * formatValueSafe(1e308, { unit: 'count' }, 'fi'); // "1E308"
 * formatValueSafe(Number.NaN, { unit: 'percent' }, 'en'); // "no data"
 * ```
 */
export function formatValueSafe(
  value: number,
  indicator: Pick<Indicator, 'unit'> & Partial<Pick<Indicator, 'decimals'>>,
  locale: Locale,
  options: ValueOptions = {},
): string {
  if (!Number.isFinite(value)) return msg('state.no-data', locale);
  if (Math.abs(value) < LARGE) return formatValue(value, indicator, locale, options);
  let f = scientific.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALES[locale], { notation: 'scientific', maximumSignificantDigits: 3 });
    scientific.set(locale, f);
  }
  const sign = options.signed && value > 0 ? '+' : '';
  // The unit comes from core's own writing of a zero, so it matches the ordinary values exactly.
  const zero = formatValue(0, { ...indicator, decimals: 0 }, locale, { ...options, signed: false });
  return zero.replace('0', `${sign}${f.format(value)}`);
}
