import type { Indicator } from '../schemas/indicator.js';
import type { Locale, ObservationStatus, Unit } from '../schemas/primitives.js';
import type { Cell } from '../suppression.js';
import type { Change } from '../trend.js';
import { periodFrequency, periodStart } from '../period.js';
import { msg, type MessageKey } from './messages.js';

/** The Intl locale used for each interface language: Finnish and Swedish as written in Finland. */
export const INTL_LOCALES: Readonly<Record<Locale, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** Options of {@link formatNumber}. */
export interface NumberOptions {
  /** Digits after the decimal separator (exactly). Default 0. */
  readonly decimals?: number;
  /**
   * Thousands separators. Default true (fi/sv: a no-break space). Screen-reader text turns it
   * off: a reader says "11 700" as two numbers.
   */
  readonly grouping?: boolean;
  /** Show `+` on positive numbers (changes, gaps). Default false. */
  readonly signed?: boolean;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(
  locale: Locale,
  decimals: number,
  grouping: boolean,
  signed: boolean,
): Intl.NumberFormat {
  const key = `${locale}|${decimals}|${grouping}|${signed}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALES[locale], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: grouping,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    numberFormats.set(key, f);
  }
  return f;
}

function clampDecimals(d: number | undefined): number {
  return Math.min(6, Math.max(0, Math.floor(d ?? 0)));
}

/**
 * Formats a number for a language: fi/sv `11 700,3` (no-break space, decimal comma, `−` minus),
 * en `11,700.3`.
 *
 * @example
 * ```ts
 * formatNumber(11700.25, 'fi', { decimals: 1 });                   // "11 700,3"
 * formatNumber(11700, 'fi', { grouping: false });                  // "11700"
 * formatNumber(0.8, 'en', { decimals: 1, signed: true });          // "+0.8"
 * ```
 */
export function formatNumber(value: number, locale: Locale, options: NumberOptions = {}): string {
  if (!Number.isFinite(value)) return '';
  const decimals = clampDecimals(options.decimals);
  // Rounding −0.04 to one decimal must not print "−0,0".
  const rounded = Number(value.toFixed(decimals));
  return numberFormat(locale, decimals, options.grouping ?? true, options.signed ?? false).format(
    rounded === 0 ? 0 : value,
  );
}

/** Options of {@link formatValue}. */
export interface ValueOptions {
  /** `display` (default) for the screen; `screen-reader` writes numbers without grouping and units in words. */
  readonly form?: 'display' | 'screen-reader';
  /** Override the indicator's decimals. */
  readonly decimals?: number;
  /** Show `+` on positive values. */
  readonly signed?: boolean;
  /**
   * Write the value in this unit instead of the indicator's (e.g. a gap in percentage points),
   * still with the indicator's decimals; the unit's default decimals only when it has none.
   */
  readonly unit?: Unit;
}

const DEFAULT_DECIMALS: Readonly<Record<Unit, number>> = {
  percent: 1,
  'percentage-points': 1,
  count: 0,
  persons: 0,
  euro: 0,
  days: 0,
  weeks: 0,
  ratio: 2,
  score: 2,
  index: 1,
};

const PLURAL_RULES = new Map<string, Intl.PluralRules>();

/**
 * Which plural form of a catalogue text (keys ending in `.one` / `.other`) a number takes in a
 * language, by `Intl.PluralRules` (one set of rules per language and number of decimals, kept).
 *
 * @example
 * ```ts
 * pluralForm(1, 'fi');    // "one"  ("1 alue")
 * pluralForm(1, 'fi', 1); // "other" ("1,0 prosenttia")
 * pluralForm(3, 'sv');    // "other"
 * ```
 */
export function pluralForm(value: number, locale: Locale, decimals = 0): 'one' | 'other' {
  const key = `${locale}|${decimals}`;
  let rules = PLURAL_RULES.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(INTL_LOCALES[locale], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    PLURAL_RULES.set(key, rules);
  }
  return rules.select(Math.abs(value)) === 'one' ? 'one' : 'other';
}

const SHORT_UNITS: ReadonlySet<Unit> = new Set<Unit>([
  'percent',
  'percentage-points',
  'euro',
  'days',
  'weeks',
]);
const LONG_UNITS: ReadonlySet<Unit> = new Set<Unit>([
  'percent',
  'percentage-points',
  'euro',
  'days',
  'weeks',
  'persons',
]);

/**
 * Formats an indicator value with its unit and decimals. `null`, missing and suppressed values
 * come out as words ("Ei tietoa", "tieto salattu"), never as a number.
 *
 * @example
 * ```ts
 * const share = { unit: 'percent', decimals: 1 } as const;
 * formatValue(8.2, share, 'fi');                            // "8,2 %"
 * formatValue(1.8, { unit: 'percentage-points', decimals: 1 }, 'sv'); // "1,8 procentenheter"
 * formatValue(11700, { unit: 'persons' }, 'fi', { form: 'screen-reader' }); // "11700 henkilöä"
 * formatValue({ value: null, status: 'suppressed' }, share, 'en');       // "value suppressed"
 * ```
 */
export function formatValue(
  value: number | null | undefined | Cell,
  indicator: Pick<Indicator, 'unit'> & Partial<Pick<Indicator, 'decimals'>>,
  locale: Locale,
  options: ValueOptions = {},
): string {
  const c =
    value === null || value === undefined
      ? { value: null, status: 'missing' as const }
      : typeof value === 'number'
        ? { value, status: 'final' as const }
        : value;
  if (c.status === 'suppressed') return msg('status.suppressed.value', locale);
  if (c.value === null || !Number.isFinite(c.value) || c.status === 'missing')
    return msg('state.no-data', locale);
  const unit = options.unit ?? indicator.unit;
  // The indicator's decimals hold in an overriding unit too: a gap of a one-decimal percent
  // share is written with one decimal in percentage points.
  const decimals = clampDecimals(options.decimals ?? indicator.decimals ?? DEFAULT_DECIMALS[unit]);
  const sr = options.form === 'screen-reader';
  const n = formatNumber(c.value, locale, { decimals, grouping: !sr, signed: options.signed ?? false });
  if (sr && LONG_UNITS.has(unit)) {
    return msg(`unit.${unit}.${pluralForm(c.value, locale, decimals)}` as MessageKey, locale, { value: n });
  }
  if (SHORT_UNITS.has(unit)) return msg(`unit.${unit}` as MessageKey, locale, { value: n });
  return n;
}

/**
 * Formats a change (from {@link changeFrom} / {@link yearOnYear}, or a plain number) with its
 * sign; percent indicators change in percentage points. A change that could not be computed
 * comes out as words (across a break: "not comparable").
 *
 * @example
 * ```ts
 * formatChange(yearOnYear(series, '2025-09', { unit: 'percent' }), { unit: 'percent', decimals: 1 }, 'fi'); // "+0,8 %-yks."
 * formatChange(-120, { unit: 'persons' }, 'en'); // "-120"
 * ```
 */
export function formatChange(
  change: number | null | Pick<Change, 'change' | 'status'>,
  indicator: Pick<Indicator, 'unit'> & Partial<Pick<Indicator, 'decimals'>>,
  locale: Locale,
  options: Omit<ValueOptions, 'signed' | 'unit'> = {},
): string {
  const c =
    change === null || typeof change === 'number'
      ? { change, status: change === null ? 'missing' : 'ok' }
      : change;
  if (c.status === 'break') return msg('change.break', locale);
  if (c.status === 'suppressed') return msg('status.suppressed.value', locale);
  if (c.change === null) return msg('state.no-data', locale);
  const unit: Unit = indicator.unit === 'percent' ? 'percentage-points' : indicator.unit;
  const decimals = options.decimals ?? indicator.decimals;
  return formatValue(c.change, { unit, ...(decimals === undefined ? {} : { decimals }) }, locale, {
    ...options,
    signed: true,
    unit,
  });
}

/**
 * The name of an observation status in a language.
 *
 * @example
 * ```ts
 * statusLabel('provisional', 'fi'); // "ennakkotieto"
 * ```
 */
export function statusLabel(status: ObservationStatus, locale: Locale): string {
  return msg(`status.${status}`, locale);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(
  locale: Locale,
  options: Pick<Intl.DateTimeFormatOptions, 'day' | 'month' | 'year'>,
): Intl.DateTimeFormat {
  // Callers pass day / month / year only; a plain key avoids serialising options on every call.
  const key = `${locale}|${options.day}|${options.month}|${options.year}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALES[locale], { ...options, timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f;
}

/**
 * Formats a canonical period for people, with month names from `Intl.DateTimeFormat`:
 * `long` (default) "syyskuu 2025" / "september 2025" / "September 2025", "3. neljännes 2025";
 * `short` "syys 2025", "Q3/2025", "14.9.2025". A string that is not a canonical period is
 * returned as it is.
 *
 * @example
 * ```ts
 * formatPeriod('2025-09', 'fi');          // "syyskuu 2025"
 * formatPeriod('2025-Q3', 'sv');          // "3:e kvartalet 2025"
 * formatPeriod('2025-09-14', 'en');       // "14 September 2025"
 * ```
 */
export function formatPeriod(period: string, locale: Locale, style: 'long' | 'short' = 'long'): string {
  const f = periodFrequency(period);
  const start = periodStart(period);
  if (!f || !start) return period;
  const year = period.slice(0, 4);
  switch (f) {
    case 'year':
      return year;
    case 'quarter': {
      const q = Number(period.slice(6));
      return style === 'long'
        ? msg(`period.q${q}` as MessageKey, locale, { year })
        : msg('period.quarter.short', locale, { quarter: q, year });
    }
    case 'month':
      return dateFormat(locale, { month: style === 'long' ? 'long' : 'short', year: 'numeric' }).format(
        start,
      );
    case 'day':
      return style === 'long'
        ? dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(start)
        : dateFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric' }).format(start);
  }
}

/**
 * Formats a share 0–1 as a percentage, e.g. coverage.
 *
 * @example
 * ```ts
 * formatShare(0.973, 'fi'); // "97 %"
 * ```
 */
export function formatShare(share: number, locale: Locale, decimals = 0): string {
  return formatValue(share * 100, { unit: 'percent', decimals }, locale);
}
