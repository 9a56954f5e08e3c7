import { formatNumber, msg, type Locale, type MessageKey, type Unit } from '@mittari/core';

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
