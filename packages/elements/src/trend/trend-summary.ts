import { addMessages, formatPeriod, msg, TREND_MESSAGES, type Locale } from '@mittari/core';
import type { ModelSeries, TrendModel } from './trend-data.js';
import { formatModelValue, formatSpokenValue, formatX, formatXValue, type TextForm } from './trend-format.js';

// Core keeps the trend chart's own texts out of its common catalogue; add them before reading.
addMessages(TREND_MESSAGES);

function hasValue(v: number | null | undefined): v is number {
  return v !== null && v !== undefined && !Number.isNaN(v);
}

function seriesSentence(model: TrendModel, s: ModelSeries, locale: Locale, form: TextForm): string {
  const value = (v: number): string =>
    form === 'display' ? formatModelValue(model, v, locale) : formatSpokenValue(model, v, locale);
  const n = Math.min(s.x.length, s.y.length);
  let first = -1;
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (hasValue(s.y[i])) {
      first = i;
      break;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    if (hasValue(s.y[i])) {
      last = i;
      break;
    }
  }
  if (first < 0) return msg('trend.series.empty', locale, { series: s.label });
  return msg('trend.series', locale, {
    series: s.label,
    first: value(s.y[first] as number),
    firstPeriod: formatX(model, s, first, locale),
    last: value(s.y[last] as number),
    lastPeriod: formatX(model, s, last, locale),
  });
}

/**
 * Whether any of the first `n` values is missing. A typed array can only hold NaN, which its own
 * `includes` finds without reading each value into a JS number (large series are read this way
 * on the first render, before the code is warm).
 */
function hasGap(y: ArrayLike<number | null>, n: number): boolean {
  if (ArrayBuffer.isView(y)) {
    const values = y as unknown as Float64Array;
    return (n === values.length ? values : values.subarray(0, n)).includes(Number.NaN);
  }
  for (let i = 0; i < n; i++) if (!hasValue(y[i])) return true;
  return false;
}

/** Whether any series has a provisional value / a gap. */
export function modelFlags(model: TrendModel): { provisional: boolean; gaps: boolean } {
  let provisional = false;
  let gaps = false;
  for (const s of model.series) {
    if (s.provisional) provisional = true;
    if (!gaps) {
      gaps = hasGap(s.y, Math.min(s.x.length, s.y.length));
    }
  }
  return { provisional, gaps };
}

/**
 * The generated text summary of a trend chart: each series from its first to its last value,
 * the latest target, breaks and notes, how many revisions (each is in its mark's title), and what dashes and gaps mean when there are any.
 * `form: 'screen-reader'` writes its values in the spoken form, for the copy only a screen reader reads.
 *
 * @example
 * ```ts
 * trendSummary(model, 'fi');
 * // "Helsinki: 10,1 % (tammikuu 2024) → 12,3 % (tammikuu 2025). Tavoite 9,0 % (2025-01–2025-12). …"
 * ```
 */
export function trendSummary(
  model: TrendModel,
  locale: Locale,
  // The element has these already: reading every value twice is what a first render can't afford.
  flags: { provisional: boolean; gaps: boolean } = modelFlags(model),
  form: TextForm = 'display',
): string {
  const parts = model.series.map((s) => seriesSentence(model, s, locale, form));
  // Long summaries are not read: the latest target and the breaks in full, revisions counted.
  const t = model.targets[model.targets.length - 1];
  if (t) {
    const fmt = (p: string): string =>
      model.xKind === 'period' ? formatPeriod(p, locale) : formatXValue(model, Number(p), locale);
    parts.push(
      msg('trend.target', locale, {
        value:
          form === 'display'
            ? formatModelValue({ ...model, change: false }, t.value, locale)
            : formatSpokenValue({ ...model, change: false }, t.value, locale),
        from: fmt(t.from),
        to: fmt(t.to),
      }),
    );
  }
  const revisions = model.markers.filter((m) => m.kind === 'revision');
  for (const m of model.markers) {
    if (m.kind === 'revision' && revisions.length > 1) continue;
    const key = m.kind === 'break' ? 'trend.break' : m.kind === 'revision' ? 'trend.revision' : 'trend.note';
    parts.push(
      msg(key, locale, {
        label: m.label,
        period: formatXValue(
          {
            ...model,
            xKind: model.xKind === 'number' ? 'number' : 'time',
            grain: model.xKind === 'period' ? 'day' : model.grain,
          },
          m.x,
          locale,
        ),
      }),
    );
  }
  if (revisions.length > 1) parts.push(msg('trend.revisions', locale, { count: revisions.length }));
  if (flags.provisional) parts.push(msg('trend.provisional', locale));
  if (flags.gaps) parts.push(msg('trend.gaps', locale));
  return parts.join(' ');
}
