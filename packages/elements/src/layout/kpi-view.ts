import {
  addMessages,
  attainment,
  formatPeriod,
  KPI_MESSAGES,
  localize,
  msg,
  previousPeriodChange,
  yearOnYear,
  type AttainmentStatus,
  type Change,
  type Direction,
  type Locale,
  type SeriesPoint,
} from '@mittari/core';
import { formatValueSafe, unitLabel } from '../internal/format.js';
import { text } from '../internal/text.js';
import type { TableModel } from '../internal/table-model.js';
import type { KpiData } from './kpi-data.js';

// Core keeps the KPI tile's own texts out of its common catalogue; add them before reading.
addMessages(KPI_MESSAGES);

/** A change written for reading: arrow, signed amount, and whether it is good news. */
export interface KpiChange {
  readonly label: string;
  /** `up`, `down`, `same`, or `none` when it cannot be computed (missing, suppressed, a break). */
  readonly direction: 'up' | 'down' | 'same' | 'none';
  /** Judged by the indicator's direction; `neutral` when not judged. */
  readonly tone: 'better' | 'worse' | 'neutral';
  /** The signed amount as shown, with digit grouping ("+1 200"). */
  readonly amountText: string;
  /**
   * The whole change as a sentence part for screen readers, numbers in core's spoken form (no
   * digit grouping, units in words): a reader says "1 200" as two numbers.
   */
  readonly text: string;
}

/** Everything the tile writes, for one language. */
export interface KpiView {
  readonly name: string;
  readonly indicatorLabel: string;
  readonly areaLabel: string;
  readonly periodLabel: string;
  readonly current: SeriesPoint | undefined;
  /** The latest value as shown ("219 539"). */
  readonly valueText: string;
  /** The latest value for screen readers ("219539 henkilöä"): no digit grouping, units in words. */
  readonly valueSpoken: string;
  readonly previous: KpiChange;
  readonly yearAgo: KpiChange;
  readonly status: AttainmentStatus | undefined;
  readonly statusText: string | undefined;
  readonly targetText: string | undefined;
  readonly partial: boolean;
  /** The visually hidden summary, every number in the spoken form. */
  readonly summary: string;
  readonly table: TableModel;
}

function tone(change: number, direction: Direction): KpiChange['tone'] {
  if (change === 0 || direction === 'neutral' || direction === 'target-is-best') return 'neutral';
  const better = direction === 'higher-is-better' ? change > 0 : change < 0;
  return better ? 'better' : 'worse';
}

function describeChange(c: Change, data: KpiData, locale: Locale, label: string): KpiChange {
  if (c.status !== 'ok' || c.change === null) {
    const why =
      c.status === 'break'
        ? '–'
        : text(`status.${c.status === 'suppressed' ? 'suppressed' : 'missing'}`, locale);
    return { label, direction: 'none', tone: 'neutral', amountText: why, text: `${label}: ${why}` };
  }
  const amountText = formatValueSafe(c.change, data.indicator, locale, { signed: true, unit: c.unit });
  const amountSpoken = formatValueSafe(c.change, data.indicator, locale, {
    signed: true,
    unit: c.unit,
    form: 'screen-reader',
  });
  const direction = c.change > 0 ? 'up' : c.change < 0 ? 'down' : 'same';
  const t = tone(c.change, data.indicator.direction);
  const words = [
    msg(
      direction === 'up' ? 'kpi.change.up' : direction === 'down' ? 'kpi.change.down' : 'kpi.change.same',
      locale,
    ),
  ];
  if (t !== 'neutral') words.push(msg(t === 'better' ? 'kpi.change.better' : 'kpi.change.worse', locale));
  return { label, direction, tone: t, amountText, text: `${label}: ${amountSpoken} (${words.join(', ')})` };
}

/** A point's value as shown (`display`) or as spoken (`screen-reader`), or its status word. */
function pointText(
  p: SeriesPoint | undefined,
  data: KpiData,
  locale: Locale,
  form: 'display' | 'screen-reader' = 'display',
): string {
  if (!p) return text('status.missing', locale);
  return p.value === null
    ? text(`status.${p.status}`, locale)
    : formatValueSafe(p.value, data.indicator, locale, { form });
}

/**
 * The tile's texts and table for a language: the latest value, the changes from the previous
 * period and from a year earlier (core's, so none across a break), and the target status.
 *
 * @example
 * ```ts
 * kpiView(data, 'fi').previous.text; // "Muutos edellisestä jaksosta: −0,2 %-yks. (lasku, parempi)"
 * ```
 */
export function kpiView(data: KpiData, locale: Locale, sparkPeriods = 12): KpiView {
  const ind = data.indicator;
  const current = data.series[data.series.length - 1];
  const options = { unit: ind.unit, ...(data.annotations ? { breaks: data.annotations } : {}) };
  const period = current?.period ?? '';
  const prev = describeChange(
    previousPeriodChange(data.series, period, options),
    data,
    locale,
    text('change.previous', locale),
  );
  const year = describeChange(
    yearOnYear(data.series, period, options),
    data,
    locale,
    text('change.year', locale),
  );
  const att = attainment({ actual: current ?? null, target: data.target ?? null, indicator: ind });
  const status = data.target && att.status !== null ? att.status : undefined;
  const indicatorLabel = localize(ind.label, locale);
  const areaLabel = data.area ? localize(data.area.label, locale) : '';
  const periodLabel = period ? formatPeriod(period, locale) : '';
  const valueText = pointText(current, data, locale);
  const valueSpoken = pointText(current, data, locale, 'screen-reader');
  const targetText = data.target ? formatValueSafe(data.target.value, ind, locale) : undefined;
  const targetSpoken = data.target
    ? formatValueSafe(data.target.value, ind, locale, { form: 'screen-reader' })
    : undefined;
  const statusText = status ? text(`attainment.${status}`, locale) : undefined;
  const shown = data.series.slice(-sparkPeriods);
  const partial = shown.some((p) => p.status !== 'final');
  const name = [indicatorLabel, areaLabel, periodLabel].filter(Boolean).join(', ');
  const summary = [
    `${name}: ${valueSpoken}${current && current.value !== null && current.status !== 'final' ? ` (${text(`status.${current.status}`, locale)})` : ''}.`,
    `${prev.text}.`,
    `${year.text}.`,
    ...(targetSpoken
      ? [
          `${text(data.target?.example ? 'target.example' : 'target', locale)} ${targetSpoken}${statusText ? `: ${statusText}` : ''}.`,
        ]
      : []),
  ].join(' ');
  const unit = unitLabel(ind.unit, locale);
  return {
    name,
    indicatorLabel,
    areaLabel,
    periodLabel,
    current,
    valueText,
    valueSpoken,
    previous: prev,
    yearAgo: year,
    status,
    statusText,
    targetText,
    partial,
    summary,
    table: {
      caption: [indicatorLabel, areaLabel].filter(Boolean).join(', '),
      columns: [
        { key: 'period', label: text('period', locale) },
        { key: 'value', label: text('value', locale), ...(unit ? { unit } : {}), numeric: true },
      ],
      rows: shown.map((p) => [
        { text: formatPeriod(p.period, locale) },
        {
          text: pointText(p, data, locale),
          value: p.value,
          status: p.status,
          statusText: text(`status.${p.status}`, locale),
        },
      ]),
    },
  };
}
