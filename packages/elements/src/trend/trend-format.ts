import {
  formatPeriod,
  formatValue,
  OBSERVATION_STATUSES,
  type Locale,
  type ObservationStatus,
} from '@mittari/core';
import { intlLocale } from '../internal/intl-locale.js';
import { text } from '../internal/text.js';
import type { ModelSeries, TrendModel } from './trend-data.js';

/**
 * A value of the model in its unit and decimals for the language; changes carry their sign.
 *
 * @example
 * ```ts
 * formatModelValue(model, 10.8, 'fi'); // "10,8 %"
 * ```
 */
export function formatModelValue(
  model: Pick<TrendModel, 'unit' | 'decimals' | 'change'>,
  v: number,
  locale: Locale,
): string {
  const key = `${model.unit}|${model.decimals ?? ''}|${model.change}|${locale}`;
  let f = VALUE_FORMATS.get(key);
  if (!f) {
    f = valueFormat(model, locale);
    VALUE_FORMATS.set(key, f);
  }
  return f(v);
}

/**
 * A value of the model in the spoken form: no digit groups and the unit in words ("219539
 * henkilöä"), for text that is only heard — a screen reader reads "219 539" as two numbers
 * (decision 0761). Used for one point or a handful of summary values, so not cached.
 *
 * @example
 * ```ts
 * formatSpokenValue({ unit: 'count', decimals: 0, change: false }, 219539, 'fi'); // "219539 henkilöä"
 * ```
 */
export function formatSpokenValue(
  model: Pick<TrendModel, 'unit' | 'decimals' | 'change'>,
  v: number,
  locale: Locale,
): string {
  const decimals = model.decimals ?? (model.unit === 'count' || model.unit === 'persons' ? 0 : 1);
  return formatValue(v, { unit: model.unit, decimals }, locale, {
    form: 'screen-reader',
    ...(model.change ? { signed: true } : {}),
  });
}

/** Display form for what is seen, spoken form for what is only heard. */
export type TextForm = 'display' | 'screen-reader';

// Long series are formatted value by value (table, CSV): one Intl formatter per unit and language.
const VALUE_FORMATS = new Map<string, (v: number) => string>();

function valueFormat(
  model: Pick<TrendModel, 'unit' | 'decimals' | 'change'>,
  locale: Locale,
): (v: number) => string {
  const unit = model.unit;
  const decimals = model.decimals ?? (unit === 'count' || unit === 'persons' ? 0 : 1);
  const ind = { unit, decimals };
  // The unit suffix, as the shared formatter writes it, read once from a formatted zero.
  const zero = formatValue(0, ind, locale);
  const plainZero = new Intl.NumberFormat(intlLocale(locale), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(0);
  const suffix = zero.startsWith(plainZero) ? zero.slice(plainZero.length) : '';
  const nf = new Intl.NumberFormat(intlLocale(locale), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: model.change ? 'exceptZero' : 'auto',
  });
  return (v) => `${nf.format(v)}${suffix}`;
}

/**
 * The x of a point for reading: the period ("syyskuu 2025"), the date, or the number.
 *
 * @example
 * ```ts
 * formatX(model, model.series[0]!, 0, 'sv'); // "januari 2025"
 * ```
 */
export function formatX(
  model: Pick<TrendModel, 'xKind' | 'grain'>,
  s: Pick<ModelSeries, 'periods' | 'x'>,
  i: number,
  locale: Locale,
): string {
  const p = s.periods?.[i];
  if (p !== undefined) return formatPeriod(p, locale);
  return formatXValue(model, s.x[i] ?? Number.NaN, locale);
}

/** An x value (not tied to a point) for reading. */
export function formatXValue(model: Pick<TrendModel, 'xKind' | 'grain'>, x: number, locale: Locale): string {
  if (Number.isNaN(x)) return '';
  const withTime = model.xKind === 'time' && model.grain === 'time';
  const key = `${model.xKind}|${withTime}|${locale}`;
  let f = X_FORMATS.get(key);
  if (!f) {
    const tag = intlLocale(locale);
    const nf = new Intl.NumberFormat(tag, { maximumFractionDigits: 6 });
    const df = new Intl.DateTimeFormat(tag, {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
      timeZone: 'UTC',
    });
    f = model.xKind === 'number' ? (v) => nf.format(v) : (v) => df.format(v);
    X_FORMATS.set(key, f);
  }
  return f(x);
}

const X_FORMATS = new Map<string, (v: number) => string>();

/** The status of point `i`: from the status column, else `final` for a number and `missing` for none. */
export function statusAt(s: Pick<ModelSeries, 'status' | 'y'>, i: number): ObservationStatus {
  const st = s.status?.[i];
  if (st !== undefined) return OBSERVATION_STATUSES[st] ?? 'missing';
  const v = s.y[i];
  return v === null || v === undefined || Number.isNaN(v) ? 'missing' : 'final';
}

/**
 * Point `i` for reading: the value with a non-final status in brackets, or the status word
 * alone when there is no value (a suppressed value is never shown).
 *
 * @example
 * ```ts
 * formatPoint(model, series, 3, 'fi'); // "10,8 % (ennakkotieto)" or "salattu"
 * ```
 */
export function formatPoint(
  model: Pick<TrendModel, 'unit' | 'decimals' | 'change'>,
  s: Pick<ModelSeries, 'status' | 'y'>,
  i: number,
  locale: Locale,
  form: TextForm = 'display',
): string {
  const v = s.y[i];
  const status = statusAt(s, i);
  if (v === null || v === undefined || Number.isNaN(v) || status === 'suppressed' || status === 'missing') {
    return text(status === 'suppressed' ? 'status.suppressed' : 'status.missing', locale);
  }
  const value = form === 'display' ? formatModelValue(model, v, locale) : formatSpokenValue(model, v, locale);
  return status === 'final' ? value : `${value} (${text(`status.${status}`, locale)})`;
}
