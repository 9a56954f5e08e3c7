import {
  addMessages,
  attainment,
  formatPeriod,
  formatValue,
  GAUGE_MESSAGES,
  localize,
  msg,
  type Attainment,
  type AttainmentStatus,
  type Locale,
} from '@mittari/core';
import { unitLabel } from '../internal/format.js';
import { text } from '../internal/text.js';
import type { TableModel } from '../internal/table-model.js';
import { gaugeActual, type GaugeData, type GaugeValue } from './gauge-data.js';

// Core keeps the gauge's own texts out of its common catalogue; add them before reading.
addMessages(GAUGE_MESSAGES);

/** Everything the gauge writes, for one language: texts, the status, the table. */
export interface GaugeView {
  /** The accessible name: indicator, area, period. */
  readonly name: string;
  /** The generated text summary for screen readers, its numbers in the spoken form ("11700"). */
  readonly summary: string;
  readonly indicatorLabel: string;
  readonly areaLabel: string;
  readonly periodLabel: string;
  readonly actual: GaugeValue;
  /** The value as written, or the status word when there is no value. */
  readonly valueText: string;
  readonly targetText: string | undefined;
  readonly gapText: string | undefined;
  readonly previousText: string | undefined;
  /** The previous period in words ("joulukuu 2024"), when there is one. */
  readonly previousPeriodLabel: string | undefined;
  /**
   * The value, target and previous value in the spoken form ("219539 henkilöä"), for the marks'
   * accessible names: a reader says a grouped "219 539" as two numbers (decision 0761).
   */
  readonly spoken: { readonly value: string; readonly target?: string; readonly previous?: string };
  readonly attainment: Attainment;
  /** `met` / `near` / `missed` / `unknown`, or `undefined` without a target or for neutral indicators. */
  readonly status: AttainmentStatus | undefined;
  readonly statusText: string | undefined;
  /** Some value shown is suppressed, missing, provisional or an estimate. */
  readonly partial: boolean;
  readonly exampleTarget: boolean;
  readonly table: TableModel;
  /** The tolerance band as an absolute amount in the indicator's unit. */
  readonly tolerance: number;
}

function statusWord(status: GaugeValue['status'], locale: Locale): string {
  return text(`status.${status}`, locale);
}

function valueOrStatus(
  v: GaugeValue,
  data: GaugeData,
  locale: Locale,
  form: 'display' | 'screen-reader' = 'display',
): string {
  return v.value === null
    ? statusWord(v.status, locale)
    : formatValue(v.value, data.indicator, locale, { form });
}

/**
 * The gauge's texts and table for a language, computed from its data with core's attainment.
 *
 * @example
 * ```ts
 * gaugeView(data, 'sv').summary; // "Birkaland: … mål 9,0 procent. Målet uppnås inte. …"
 * ```
 */
export function gaugeView(data: GaugeData, locale: Locale): GaugeView {
  const ind = data.indicator;
  const actual = gaugeActual(data);
  const indicatorLabel = localize(ind.label, locale);
  const areaLabel = data.area ? localize(data.area.label, locale) : '';
  const periodLabel = formatPeriod(data.period, locale);
  const target = data.target;
  const att = attainment({ actual, target: target ?? null, indicator: ind });
  const status = target && att.status !== null ? att.status : undefined;
  const valueText = valueOrStatus(actual, data, locale);
  const targetText = target ? formatValue(target.value, ind, locale) : undefined;
  const gapText =
    att.gap !== null ? formatValue(att.gap, ind, locale, { signed: true, unit: att.gapUnit }) : undefined;
  // The summary is only ever spoken (visually hidden, and the meter's value text), so its
  // numbers are in core's spoken form: a reader says "11 700" as two numbers.
  const sr = { form: 'screen-reader' } as const;
  const valueSpoken = valueOrStatus(actual, data, locale, 'screen-reader');
  const targetSpoken = target ? formatValue(target.value, ind, locale, sr) : undefined;
  const gapSpoken =
    att.gap !== null
      ? formatValue(att.gap, ind, locale, { ...sr, signed: true, unit: att.gapUnit })
      : undefined;
  const prev = data.previous;
  const previousText = prev ? valueOrStatus(prev, data, locale) : undefined;
  const previousSpoken = prev ? valueOrStatus(prev, data, locale, 'screen-reader') : undefined;
  const statusText = status ? text(`attainment.${status}`, locale) : undefined;
  const partial = actual.status !== 'final' || (prev !== undefined && prev.status !== 'final');
  const tolerance = target?.tolerance
    ? target.tolerance.kind === 'absolute'
      ? target.tolerance.value
      : target.tolerance.value * Math.abs(target.value)
    : 0;
  const name = [indicatorLabel, areaLabel, periodLabel].filter(Boolean).join(', ');
  const statusNote =
    actual.status !== 'final' && actual.value !== null ? ` (${statusWord(actual.status, locale)})` : '';
  const summary = target
    ? msg('gauge.summary', locale, {
        area: areaLabel || indicatorLabel,
        indicator: areaLabel ? indicatorLabel : '',
        value: valueSpoken + statusNote,
        target: targetSpoken ?? '',
        status: statusText ?? '',
        gap: gapSpoken ?? '–',
        period: periodLabel,
      })
    : msg('gauge.no-target', locale, {
        area: areaLabel || indicatorLabel,
        indicator: areaLabel ? indicatorLabel : '',
        value: valueSpoken + statusNote,
        period: periodLabel,
      });
  const unit = unitLabel(ind.unit, locale);
  const cell = (v: GaugeValue) => ({
    text: valueOrStatus(v, data, locale),
    value: v.value,
    status: v.status,
    statusText: statusWord(v.status, locale),
  });
  const rows = [[{ text: msg('gauge.actual', locale) }, { text: periodLabel }, cell(actual)]];
  if (prev)
    rows.push([
      { text: msg('gauge.previous-period', locale) },
      { text: formatPeriod(prev.period, locale) },
      cell(prev),
    ]);
  if (target) {
    rows.push([
      { text: text(target.example ? 'target.example' : 'target', locale) },
      { text: periodLabel },
      {
        text: targetText ?? '',
        value: target.value,
        status: 'final',
        statusText: statusWord('final', locale),
      },
    ]);
  }
  return {
    name,
    summary: summary
      .replace(/\s+/g, ' ')
      .replace(/ ([,.])/g, '$1')
      .trim(),
    indicatorLabel,
    areaLabel,
    periodLabel,
    actual,
    valueText,
    targetText,
    gapText,
    previousText,
    previousPeriodLabel: prev ? formatPeriod(prev.period, locale) : undefined,
    spoken: {
      value: valueSpoken,
      ...(targetSpoken !== undefined ? { target: targetSpoken } : {}),
      ...(previousSpoken !== undefined ? { previous: previousSpoken } : {}),
    },
    attainment: att,
    status,
    statusText,
    partial,
    exampleTarget: target?.example === true,
    table: {
      caption: name,
      columns: [
        { key: 'series', label: text('indicator', locale) },
        { key: 'period', label: text('period', locale) },
        { key: 'value', label: text('value', locale), ...(unit ? { unit } : {}), numeric: true },
      ],
      rows,
    },
    tolerance,
  };
}
