import { addMessages, formatPeriod, msg, TREND_MESSAGES, type Locale } from '@mittari/core';
import type { ModelSeries, TrendModel } from './trend-data.js';
import { formatModelValue, formatX, formatXValue } from './trend-format.js';

// Core keeps the trend chart's own texts out of its common catalogue; add them before reading.
addMessages(TREND_MESSAGES);

function hasValue(v: number | null | undefined): v is number {
  return v !== null && v !== undefined && !Number.isNaN(v);
}

function seriesSentence(model: TrendModel, s: ModelSeries, locale: Locale): string {
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
    first: formatModelValue(model, s.y[first] as number, locale),
    firstPeriod: formatX(model, s, first, locale),
    last: formatModelValue(model, s.y[last] as number, locale),
    lastPeriod: formatX(model, s, last, locale),
  });
}

/** Whether any series has a provisional value / a gap. */
export function modelFlags(model: TrendModel): { provisional: boolean; gaps: boolean } {
  let provisional = false;
  let gaps = false;
  for (const s of model.series) {
    if (s.provisional) provisional = true;
    if (!gaps) {
      const n = Math.min(s.x.length, s.y.length);
      for (let i = 0; i < n; i++) {
        if (!hasValue(s.y[i])) {
          gaps = true;
          break;
        }
      }
    }
  }
  return { provisional, gaps };
}

/**
 * The generated text summary of a trend chart: each series from its first to its last value,
 * the latest target, breaks and notes, how many revisions (each is in its mark's title), and what dashes and gaps mean when there are any.
 *
 * @example
 * ```ts
 * trendSummary(model, 'fi');
 * // "Helsinki: 10,1 % (tammikuu 2024) → 12,3 % (tammikuu 2025). Tavoite 9,0 % (2025-01–2025-12). …"
 * ```
 */
export function trendSummary(model: TrendModel, locale: Locale): string {
  const parts = model.series.map((s) => seriesSentence(model, s, locale));
  // Long summaries are not read: the latest target and the breaks in full, revisions counted.
  const t = model.targets[model.targets.length - 1];
  if (t) {
    const fmt = (p: string): string =>
      model.xKind === 'period' ? formatPeriod(p, locale) : formatXValue(model, Number(p), locale);
    parts.push(
      msg('trend.target', locale, {
        value: formatModelValue({ ...model, change: false }, t.value, locale),
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
  const flags = modelFlags(model);
  if (flags.provisional) parts.push(msg('trend.provisional', locale));
  if (flags.gaps) parts.push(msg('trend.gaps', locale));
  return parts.join(' ');
}
