/**
 * Ticks for a time axis in UTC: the interval (days … centuries) is chosen so the labels of the
 * asked language fit the pixel width, and never finer than the data's own frequency (no month
 * ticks under yearly data). Labels come from `Intl.DateTimeFormat`, so Finnish month names,
 * Swedish abbreviations and English ones follow the language; the year is written on a second
 * line under the first tick and wherever it changes.
 */

/** A language of the interface (structurally core's `Locale`). */
export type TickLocale = 'fi' | 'sv' | 'en';

/** The data frequency a time axis must not subdivide; `'time'` means any instant. */
export type TimeGrain = 'day' | 'month' | 'quarter' | 'year' | 'time';

/** One tick of an axis: its data value, its label, and a second line (the year) when that changes. */
export interface AxisTick {
  readonly value: number;
  readonly label: string;
  readonly context?: string;
}

/** The BCP 47 tags behind each language: Finland's Swedish, British English (day-month order). */
export const LOCALE_TAGS: Readonly<Record<TickLocale, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

const DAY = 86_400_000;

/** The unit and count of a tick interval. */
interface Interval {
  readonly unit: 'day' | 'week' | 'month' | 'year';
  readonly step: number;
  /** Approximate length, only to prune intervals that would give far too many ticks. */
  readonly approx: number;
}

const INTERVALS: readonly Interval[] = [
  { unit: 'day', step: 1, approx: DAY },
  { unit: 'day', step: 2, approx: 2 * DAY },
  { unit: 'week', step: 1, approx: 7 * DAY },
  { unit: 'week', step: 2, approx: 14 * DAY },
  { unit: 'month', step: 1, approx: 30.44 * DAY },
  { unit: 'month', step: 2, approx: 60.9 * DAY },
  { unit: 'month', step: 3, approx: 91.3 * DAY },
  { unit: 'month', step: 6, approx: 182.6 * DAY },
  { unit: 'year', step: 1, approx: 365.25 * DAY },
  { unit: 'year', step: 2, approx: 730.5 * DAY },
  { unit: 'year', step: 5, approx: 1826 * DAY },
  { unit: 'year', step: 10, approx: 3652 * DAY },
  { unit: 'year', step: 20, approx: 7305 * DAY },
  { unit: 'year', step: 50, approx: 18262 * DAY },
  { unit: 'year', step: 100, approx: 36525 * DAY },
  { unit: 'year', step: 200, approx: 73050 * DAY },
  { unit: 'year', step: 500, approx: 182625 * DAY },
];

function allowed(iv: Interval, grain: TimeGrain): boolean {
  switch (grain) {
    case 'year':
      return iv.unit === 'year';
    case 'quarter':
      return iv.unit === 'year' || (iv.unit === 'month' && iv.step % 3 === 0);
    case 'month':
      return iv.unit === 'year' || iv.unit === 'month';
    default:
      return true;
  }
}

/** Average glyph width of the 12 px axis font, rounded up so estimates err towards fewer ticks. */
export const TICK_CHAR_WIDTH = 7;
/** Space kept between two neighbouring tick labels. */
export const TICK_GAP = 12;

function utc(y: number, m: number, d: number): number {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const t = new Date(0);
  t.setUTCFullYear(y, m, d);
  return t.getTime();
}

function firstTick(iv: Interval, t0: number): number {
  const d = new Date(t0);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (iv.unit) {
    case 'day': {
      const day = Math.ceil(t0 / DAY) * DAY;
      return iv.step === 1 ? day : Math.ceil(t0 / (DAY * iv.step)) * DAY * iv.step;
    }
    case 'week': {
      // Weeks start on Monday (ISO 8601, as in Finland); 1970-01-05 was a Monday.
      const monday0 = 4 * DAY;
      const span = 7 * DAY * iv.step;
      return monday0 + Math.ceil((t0 - monday0) / span) * span;
    }
    case 'month': {
      let mm = Math.ceil(m / iv.step) * iv.step;
      let t = utc(y, mm, 1);
      if (t < t0) {
        mm += iv.step;
        t = utc(y, mm, 1);
      }
      return t;
    }
    case 'year': {
      let yy = Math.ceil(y / iv.step) * iv.step;
      if (utc(yy, 0, 1) < t0) yy += iv.step;
      return utc(yy, 0, 1);
    }
  }
}

function nextTick(iv: Interval, t: number): number {
  const d = new Date(t);
  switch (iv.unit) {
    case 'day':
      return t + DAY * iv.step;
    case 'week':
      return t + 7 * DAY * iv.step;
    case 'month':
      return utc(d.getUTCFullYear(), d.getUTCMonth() + iv.step, 1);
    case 'year':
      return utc(d.getUTCFullYear() + iv.step, 0, 1);
  }
}

function tickValues(iv: Interval, t0: number, t1: number, limit: number): number[] {
  const out: number[] = [];
  for (let t = firstTick(iv, t0); t <= t1 && out.length <= limit; t = nextTick(iv, t)) out.push(t);
  return out;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: TickLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { ...options, timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

function label(iv: Interval, t: number, grain: TimeGrain, locale: TickLocale): string {
  const d = new Date(t);
  if (iv.unit === 'year') return String(d.getUTCFullYear());
  // Quarterly data is labelled Q1–Q4 in every language, as Statistics Finland writes 2025Q3.
  if (iv.unit === 'month' && grain === 'quarter') return `Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
  if (iv.unit === 'month') return dateFormat(locale, { month: 'short' }).format(d);
  return dateFormat(locale, { day: 'numeric', month: 'numeric' }).format(d);
}

/**
 * Ticks for a UTC time domain `[t0, t1]` (milliseconds) on an axis `width` pixels wide: the finest
 * interval, no finer than `grain`, whose labels fit side by side.
 *
 * @example
 * ```ts
 * // 20 years of monthly data on 600 px: a tick every 2 years, labelled "2006", "2008", …
 * timeTicks(Date.UTC(2005, 0), Date.UTC(2024, 11), 600, 'month', 'fi');
 * // 3 quarters on 300 px: "Q1" with "2025" under it, "Q2", "Q3"
 * timeTicks(Date.UTC(2025, 0), Date.UTC(2025, 6), 300, 'quarter', 'fi');
 * ```
 */
export function timeTicks(
  t0: number,
  t1: number,
  width: number,
  grain: TimeGrain,
  locale: TickLocale,
): AxisTick[] {
  if (!Number.isFinite(t0) || !Number.isFinite(t1) || t1 < t0 || width <= 0) return [];
  const maxByWidth = Math.max(1, Math.floor(width / 24));
  for (const iv of INTERVALS) {
    if (!allowed(iv, grain)) continue;
    if ((t1 - t0) / iv.approx > maxByWidth + 1) continue;
    const values = tickValues(iv, t0, t1, maxByWidth + 2);
    if (values.length === 0) continue;
    const ticks = labelTicks(iv, values, grain, locale);
    if (fits(ticks, values, t0, t1, width)) return ticks;
  }
  // Even the coarsest interval is too dense (a very narrow axis): show the ends only.
  const year = (t: number): string => String(new Date(t).getUTCFullYear());
  return t1 === t0
    ? [{ value: t0, label: year(t0) }]
    : [
        { value: t0, label: year(t0) },
        { value: t1, label: year(t1) },
      ];
}

function labelTicks(
  iv: Interval,
  values: readonly number[],
  grain: TimeGrain,
  locale: TickLocale,
): AxisTick[] {
  let lastYear = Number.NaN;
  return values.map((t) => {
    const text = label(iv, t, grain, locale);
    const y = new Date(t).getUTCFullYear();
    if (iv.unit === 'year' || y === lastYear) {
      lastYear = y;
      return { value: t, label: text };
    }
    lastYear = y;
    return { value: t, label: text, context: String(y) };
  });
}

function fits(
  ticks: readonly AxisTick[],
  values: readonly number[],
  t0: number,
  t1: number,
  width: number,
): boolean {
  if (ticks.length <= 1) return true;
  const pxPer = t1 === t0 ? 0 : width / (t1 - t0);
  for (let i = 1; i < ticks.length; i++) {
    const a = ticks[i - 1]!;
    const b = ticks[i]!;
    const space = ((values[i] ?? 0) - (values[i - 1] ?? 0)) * pxPer;
    const need = (labelWidth(a) + labelWidth(b)) / 2 + TICK_GAP;
    if (space < need) return false;
  }
  return true;
}

/** Estimated width in pixels of a tick's widest line. */
export function labelWidth(t: AxisTick): number {
  return Math.max(t.label.length, t.context?.length ?? 0) * TICK_CHAR_WIDTH;
}
