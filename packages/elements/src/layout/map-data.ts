/**
 * The map's and the ranking's data model: for one indicator, level and period, each area's value,
 * status, rank, difference from the reference area and target status — the facts the tooltip,
 * the focused area's description and the table all print, so they cannot disagree.
 * Pure (core analytics over a core `Dataset`); no DOM.
 */
import {
  attainment,
  OBSERVATION_STATUSES,
  comparePeriods,
  findTarget,
  localize,
  rankPositions,
  type AttainmentStatus,
  type Dataset,
  type Indicator,
  type Locale,
  type LocalizedText,
  type ObservationStatus,
  type Target,
} from '@mittari/core';

/** One area's facts. */
export interface AreaFacts {
  readonly code: string;
  readonly label: LocalizedText;
  /** `null` when suppressed or missing. */
  readonly value: number | null;
  readonly status: ObservationStatus;
  /** 1 = best; `null` without a value. */
  readonly rank: number | null;
  /** How many areas were ranked. */
  readonly of: number;
  /** value − reference value; `null` when either is unknown. */
  readonly difference: number | null;
  /** The target that applies to this area, if any. */
  readonly target: Target | undefined;
  /** Target status; `null` for neutral indicators, `undefined` when no target applies. */
  readonly attainment: AttainmentStatus | null | undefined;
  /** Whether the value was moved here from an older municipality code (geo-fi successor). */
  readonly movedFrom: string | undefined;
}

/** The model of a map or ranking. */
export interface AreaModel {
  readonly indicator: Indicator;
  readonly period: string;
  readonly facts: ReadonlyMap<string, AreaFacts>;
  /** Codes in rank order (best first), areas without a value last. */
  readonly order: readonly string[];
  /** The reference area, when one was asked for and has a value or label. */
  readonly reference:
    { readonly code: string; readonly label: LocalizedText; readonly value: number | null } | undefined;
  /** The national / common target value for this period (`undefined` if none). */
  readonly commonTarget: Target | undefined;
  readonly counts: { readonly suppressed: number; readonly missing: number; readonly provisional: number };
}

/** What to build a model for. */
export interface AreaModelInput {
  readonly dataset: Dataset;
  /** Default: the dataset's first indicator (decision 0500). */
  readonly indicator?: string | undefined;
  /** The areas to show, e.g. a boundary layer's areas (code and names). */
  readonly areas: readonly { readonly code: string; readonly label: LocalizedText }[];
  /** Default: the latest period with any value for these areas. */
  readonly period?: string | undefined;
  /** Reference area to compare with (e.g. `SSS`). */
  readonly reference?: string | undefined;
  /** Old code → current code, for data published on an older municipal division. */
  readonly successorOf?: ((code: string) => string | undefined) | undefined;
}

/** Why a model could not be built. */
export type AreaModelProblem = 'no-indicator' | 'no-data';

/**
 * Builds the facts of every area of a layer for one indicator and period.
 *
 * @example
 * ```ts
 * const m = areaModel({ dataset, indicator: 'unemployed-share', areas: boundaries.areas, reference: 'SSS' });
 * if (typeof m !== 'string') m.facts.get('KU091')?.rank;
 * ```
 */
export function areaModel(input: AreaModelInput): AreaModel | AreaModelProblem {
  const { dataset } = input;
  const indicator = dataset.indicators.get(input.indicator ?? dataset.indicators.keys().next().value ?? '');
  if (!indicator) return 'no-indicator';
  // No area to show (a ranking at a level the dataset has none at) is no data, whatever the period.
  if (input.areas.length === 0) return 'no-data';
  const id = indicator.id;
  const shown = new Set(input.areas.map((a) => a.code));
  const period = input.period ?? latestWithValue(dataset, id, shown, dataset.observations.periods(id));
  if (!period) return 'no-data';

  // Values of the shown areas; data on older codes moves to the successor only where the
  // successor has no value of its own and exactly one old code points at it (a renumbering,
  // not a merger: merged areas' values cannot be combined without the underlying counts).
  // The period's rows as columns (no object per row): a recolour reads 308 values this way.
  const rows = dataset.observations.selectColumns({ indicator: id, from: period, to: period });
  const own = new Map<string, number>();
  const moved = new Map<string, number[]>();
  for (let r = 0; r < rows.area.length; r++) {
    const area = rows.area[r]!;
    if (shown.has(area)) own.set(area, r);
    else {
      const to = input.successorOf?.(area);
      if (to && to !== area && shown.has(to)) {
        const m = moved.get(to);
        if (m) m.push(r);
        else moved.set(to, [r]);
      }
    }
  }
  // Every cell is written as the same literal (one object shape).
  const cells = input.areas.map((a) => {
    let r = own.get(a.code);
    let movedFrom: string | undefined;
    if (r === undefined) {
      const m = moved.get(a.code);
      if (m && m.length === 1) {
        r = m[0]!;
        movedFrom = rows.area[r];
      }
    }
    const v = r === undefined ? Number.NaN : rows.value[r]!;
    return {
      area: a.code,
      value: Number.isNaN(v) ? null : v,
      status: r === undefined ? 'missing' : (OBSERVATION_STATUSES[rows.status[r]!] ?? 'missing'),
      movedFrom,
    };
  });

  const commonTarget = findTarget(
    dataset.targets.filter((t) => t.area === undefined || t.area === 'SSS'),
    id,
    'SSS',
    period,
  );
  // Ranks as positions in `cells` (core's typed-array ranking): no per-area rows to build and
  // look up again, which a recolour would pay for 308 areas.
  const ranking = rankPositions(
    cells,
    indicator.direction,
    commonTarget ? { target: commonTarget.value } : {},
  );

  let reference: AreaModel['reference'];
  if (input.reference) {
    const r = dataset.observations.get(id, input.reference, period);
    const label = dataset.areas.get(input.reference)?.label ??
      input.areas.find((a) => a.code === input.reference)?.label ?? { fi: input.reference };
    reference = { code: input.reference, label, value: r?.value ?? null };
  }

  const targetsOf = targetsByArea(dataset.targets, id);
  const counts = { suppressed: 0, missing: 0, provisional: 0 };
  const facts = new Map<string, AreaFacts>();
  input.areas.forEach((a, i) => {
    const c = cells[i] ?? { value: null, status: 'missing' as ObservationStatus, movedFrom: undefined };
    if (c.status === 'suppressed') counts.suppressed++;
    else if (c.status === 'missing') counts.missing++;
    else if (c.status !== 'final') counts.provisional++;
    const candidates = targetsOf(a.code);
    const target = candidates.length > 0 ? findTarget(candidates, id, a.code, period) : undefined;
    const rank = ranking.rank[i] ?? 0;
    facts.set(a.code, {
      code: a.code,
      label: dataset.areas.get(a.code)?.label ?? a.label,
      value: c.value,
      status: c.status,
      rank: rank > 0 ? rank : null,
      of: ranking.of,
      difference: c.value !== null && reference?.value != null ? c.value - reference.value : null,
      target,
      attainment: target
        ? attainment({ actual: { value: c.value, status: c.status }, target, indicator }).status
        : undefined,
      movedFrom: c.movedFrom,
    });
  });
  return {
    indicator,
    period,
    facts,
    order: Array.from(ranking.order, (i) => cells[i]!.area),
    reference,
    commonTarget,
    counts,
  };
}

/**
 * The targets that can apply to an area, by area: the indicator's targets for every area plus
 * those for that area, in the dataset's order — so `findTarget` picks exactly as it would from
 * all targets, but each area's search no longer walks (and parses the periods of) every target.
 */
function targetsByArea(targets: readonly Target[], indicator: string): (area: string) => readonly Target[] {
  const general: Target[] = [];
  const own = new Map<string, Target[]>();
  for (const t of targets) {
    if (t.indicator !== indicator) continue;
    if (t.area === undefined) general.push(t);
    else {
      const list = own.get(t.area);
      if (list) list.push(t);
      else own.set(t.area, [t]);
    }
  }
  return (area) => {
    const mine = own.get(area);
    return mine ? [...general, ...mine] : general;
  };
}

function latestWithValue(
  dataset: Dataset,
  indicator: string,
  shown: ReadonlySet<string>,
  periods: readonly string[],
): string | undefined {
  const sorted = [...periods].sort(comparePeriods);
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i];
    if (p === undefined) continue;
    if (
      dataset.observations
        .select({ indicator, from: p, to: p })
        .some((o) => shown.has(o.area) && o.value !== null)
    )
      return p;
  }
  return undefined;
}

/**
 * The area's name in a language.
 *
 * @example
 * ```ts
 * factLabel(facts, 'sv'); // "Helsingfors"
 * ```
 */
export function factLabel(facts: Pick<AreaFacts, 'label'>, locale: Locale): string {
  return localize(facts.label, locale);
}
