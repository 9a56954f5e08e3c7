import {
  addMessages,
  formatPeriod,
  formatValue,
  isMessageKey,
  localize,
  MAP_MESSAGES,
  msg,
  pluralForm,
  type Locale,
} from '@mittari/core';
import type { TableModel } from '../internal/table-model.js';
import { text } from '../internal/text.js';
import type { AreaFacts, AreaModel } from '../layout/map-data.js';

// Core keeps the map and ranking's own texts out of its common catalogue; add them before reading.
addMessages(MAP_MESSAGES);

/**
 * How a text is written: `display` for the screen ("11 700 henkilöä"), `screen-reader` for
 * accessible names and hidden summaries ("11700 henkilöä"): a reader says a grouped number as two.
 */
export type TextForm = 'display' | 'screen-reader';

/**
 * Formats a value of the model's indicator with core's `formatValue`; a signed value (a
 * difference) of a percent indicator is in percentage points.
 *
 * @example
 * ```ts
 * formatFact(model, 10.25, 'fi');        // "10,3 %"
 * formatFact(model, 0.8, 'fi', true);    // "+0,8 %-yks."
 * formatFact(model, 1200, 'fi', false, 'screen-reader'); // "1200 henkilöä"
 * ```
 */
export function formatFact(
  model: AreaModel,
  value: number,
  locale: Locale,
  signed = false,
  form: TextForm = 'display',
): string {
  const { unit, decimals } = model.indicator;
  return formatValue(value, model.indicator, locale, {
    form,
    ...(decimals === undefined ? {} : { decimals }),
    ...(signed ? { signed, unit: unit === 'percent' ? 'percentage-points' : unit } : {}),
  });
}

/**
 * A period as people write it, in the language (core's `formatPeriod`).
 *
 * @example
 * ```ts
 * periodText('2025-01', 'sv'); // "januari 2025"
 * ```
 */
export function periodText(period: string, locale: Locale): string {
  return formatPeriod(period, locale);
}

/**
 * Core writes field names in lower case for use in sentences; headers and labels start upper case.
 *
 * @example
 * ```ts
 * capitalise('sija', 'fi'); // "Sija"
 * ```
 */
export function capitalise(s: string, locale: Locale): string {
  return s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);
}

/** The value of an area as text: the number, or the status word when there is none. */
export function valueText(
  model: AreaModel,
  f: AreaFacts,
  locale: Locale,
  form: TextForm = 'display',
): string {
  if (f.value === null)
    return text(f.status === 'suppressed' ? 'status.suppressed' : 'status.missing', locale);
  const v = formatFact(model, f.value, locale, false, form);
  return f.status === 'final' ? v : `${v} (${text(`status.${f.status}`, locale)})`;
}

/** Rank as text. */
export function rankText(f: AreaFacts, locale: Locale): string {
  return f.rank === null ? msg('rank.none', locale) : msg('rank', locale, { rank: f.rank, total: f.of });
}

/** Difference from the reference as text, or `undefined` when there is no reference. */
export function differenceText(
  model: AreaModel,
  f: AreaFacts,
  locale: Locale,
  form: TextForm = 'display',
): string | undefined {
  if (!model.reference) return undefined;
  const diff = f.difference === null ? '–' : formatFact(model, f.difference, locale, true, form);
  return msg('difference.reference', locale, {
    reference: localize(model.reference.label, locale),
    difference: diff,
  });
}

/** Target and its status as text, or `undefined` when no target applies. */
export function targetText(
  model: AreaModel,
  f: AreaFacts,
  locale: Locale,
  form: TextForm = 'display',
): string | undefined {
  if (!f.target) return undefined;
  const t = `${msg(f.target.example ? 'target.example' : 'target', locale)} ${formatFact(model, f.target.value, locale, false, form)}`;
  const status = f.attainment ? text(`attainment.${f.attainment}`, locale) : undefined;
  return status ? `${t}: ${status}` : t;
}

/**
 * Every fact about an area, one line each: name, value, rank, difference, target. The tooltip
 * shows these lines and the table has the same strings in its cells; the focused area's
 * accessible name joins them in the `screen-reader` form.
 *
 * @example
 * ```ts
 * factLines(model, model.facts.get('KU091')!, 'fi'); // ["Helsinki", "10,2 %", "sija 5/308", …]
 * ```
 */
export function factLines(
  model: AreaModel,
  f: AreaFacts,
  locale: Locale,
  form: TextForm = 'display',
): string[] {
  const lines = [localize(f.label, locale), valueText(model, f, locale, form), rankText(f, locale)];
  const d = differenceText(model, f, locale, form);
  if (d) lines.push(d);
  const t = targetText(model, f, locale, form);
  if (t) lines.push(t);
  if (f.movedFrom) lines.push(msg('area.value-from-code', locale, { code: f.movedFrom }));
  return lines;
}

/** The table alternative: one row per area in rank order, the same texts as {@link factLines}. */
export function factsTable(model: AreaModel, locale: Locale, caption: string): TableModel {
  const hasTarget = [...model.facts.values()].some((f) => f.target);
  const ref = model.reference ? localize(model.reference.label, locale) : undefined;
  const columns = [
    { key: 'area', label: text('area', locale) },
    { key: 'value', label: text('value', locale), numeric: true },
    { key: 'rank', label: capitalise(msg('field.rank', locale), locale), numeric: true },
    ...(ref !== undefined
      ? [
          {
            key: 'difference',
            label: capitalise(msg('field.difference', locale, { reference: ref }), locale),
            numeric: true,
          },
        ]
      : []),
    ...(hasTarget ? [{ key: 'target', label: capitalise(msg('field.attainment', locale), locale) }] : []),
  ];
  const rows = model.order.flatMap((code) => {
    const f = model.facts.get(code);
    if (!f) return [];
    const cells = [
      { text: localize(f.label, locale) },
      {
        text: f.value === null ? valueText(model, f, locale) : formatFact(model, f.value, locale),
        value: f.value,
        status: f.status,
        statusText: text(`status.${f.status}`, locale),
      },
      { text: rankText(f, locale), value: f.rank },
      ...(ref !== undefined ? [{ text: differenceText(model, f, locale) ?? '', value: f.difference }] : []),
      ...(hasTarget ? [{ text: targetText(model, f, locale) ?? '' }] : []),
    ];
    return [cells];
  });
  return { caption, columns, rows };
}

/**
 * A level's name in the plural ("kunnat", "kommuner"), for chart names and the level switch;
 * an unknown level is shown as written.
 *
 * @example
 * ```ts
 * levelName('wellbeing-county', 'sv'); // "välfärdsområden"
 * ```
 */
export function levelName(level: string, locale: Locale): string {
  const key = `levels.${level}`;
  return isMessageKey(key) ? msg(key, locale) : level;
}

/**
 * The generated text summary: best and weakest area and how many have no value. The chart shows
 * the `display` form and describes itself with the `screen-reader` form.
 *
 * @example
 * ```ts
 * summaryText(model, 'municipality', 'fi', 'syyskuu 2025');
 * ```
 */
export function summaryText(
  model: AreaModel,
  level: string,
  locale: Locale,
  periodText: string,
  form: TextForm = 'display',
): string {
  // The order puts the areas without a value last: the best is the first with one, the weakest
  // the last with one — found without walking all the areas.
  const withValue = (c: string | undefined): AreaFacts | undefined => {
    const f = c === undefined ? undefined : model.facts.get(c);
    return f && f.value !== null ? f : undefined;
  };
  let worst: AreaFacts | undefined;
  for (let i = model.order.length - 1; i >= 0 && !worst; i--) worst = withValue(model.order[i]);
  const best = worst ? withValue(model.order[0]) : undefined;
  const indicator = localize(model.indicator.label, locale);
  const noValue = model.counts.suppressed + model.counts.missing;
  const plural = pluralForm(noValue, locale);
  const tail = noValue > 0 ? ` ${msg(`comparison.no-value.${plural}`, locale, { n: noValue })}` : '';
  if (!best || !worst) return `${indicator} ${periodText}.${tail}`;
  const neutral = model.indicator.direction === 'neutral' || model.indicator.direction === 'target-is-best';
  return (
    msg(neutral ? 'comparison.summary.neutral' : 'comparison.summary', locale, {
      indicator,
      period: periodText,
      count: model.facts.size,
      best: localize(best.label, locale),
      bestValue: valueText(model, best, locale, form),
      worst: localize(worst.label, locale),
      worstValue: valueText(model, worst, locale, form),
    }) + tail
  );
}
