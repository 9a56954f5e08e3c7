import * as z from 'zod/mini';
import './schemas/zod.js';
import { DATASET_FORMAT, DatasetDocument, RowObservation } from './schemas/dataset.js';
import type { Indicator } from './schemas/indicator.js';
import type { Area, Membership } from './schemas/area.js';
import type { Target } from './schemas/target.js';
import type { Annotation } from './schemas/annotation.js';
import { fromZodIssues } from './schemas/issues.js';
import { normalizeAreaCode } from './area-code.js';
import { comparePeriods, parsePeriod } from './period.js';
import { fail, MAX_ISSUES, ok, quote, type Issue, type Result } from './result.js';
import { ObservationStore } from './store.js';
import { applySecondarySuppression, isCountUnit } from './suppression.js';
import type { Dataset } from './dataset.js';

/** Options of {@link parseDataset}. */
export interface ParseDatasetOptions {
  /**
   * Small-count threshold k for `count` and `persons` indicators that set no `suppressBelow`
   * of their own. Off when omitted; {@link DEFAULT_SUPPRESS_BELOW} (5) is the documented choice.
   */
  readonly suppressBelow?: number;
}

// The observation columns are validated by hand below: zod spends about 0.2 s per million
// array elements, and a column-wise file has six such columns.
const DocumentHead = z.extend(z.omit(DatasetDocument, { observations: true }), { observations: z.unknown() });

const STATUS = { suppressed: 3, missing: 4 } as const;

class Issues {
  readonly list: Issue[] = [];
  add(path: (string | number)[], message: string): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ path, message });
  }
  get full(): boolean {
    return this.list.length >= MAX_ISSUES;
  }
}

/**
 * Validates a Mittari dataset document (`mittari/1`, decision 0002) — a parsed JSON value or
 * JSON text — and loads it into memory: periods normalised (`2025M09` → `2025-09`), values
 * behind a `suppressed` status dropped, small counts suppressed (primary and secondary), and the
 * observations indexed in an {@link ObservationStore}. Never throws: every problem comes back
 * as an issue with its path and the bad value.
 *
 * @example
 * ```ts
 * const r = parseDataset(await (await fetch('/data/steering.json')).json());
 * if (!r.success) console.error(r.error.message); // e.g. 'observations.periods.3: invalid period: "2025-13"'
 * else r.data.observations.get('unemployed-share', 'MK06', '2025-01');
 * ```
 */
export function parseDataset(input: unknown, options: ParseDatasetOptions = {}): Result<Dataset> {
  try {
    return parseUnsafe(input, options);
  } catch (e) {
    // Defence in depth: a bug here must reach the caller as an error state, not an exception.
    return fail([
      { path: [], message: `could not read dataset: ${e instanceof Error ? e.message : quote(e)}` },
    ]);
  }
}

function parseUnsafe(input: unknown, options: ParseDatasetOptions): Result<Dataset> {
  let doc = input;
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc) as unknown;
    } catch (e) {
      return fail([{ path: [], message: `invalid JSON: ${e instanceof Error ? e.message : 'parse error'}` }]);
    }
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return fail([{ path: [], message: `not a dataset: ${quote(doc)}` }]);
  }
  const format = (doc as { format?: unknown }).format;
  if (format !== DATASET_FORMAT) {
    return fail([
      { path: ['format'], message: `unsupported format: ${quote(format)} (expected "${DATASET_FORMAT}")` },
    ]);
  }
  const head = DocumentHead.safeParse(doc, { reportInput: true });
  if (!head.success) return fail(fromZodIssues(head.error.issues).slice(0, MAX_ISSUES));
  const issues = new Issues();
  const data = head.data;

  const indicators = new Map<string, Indicator>();
  data.indicators.forEach((ind, i) => {
    if (indicators.has(ind.id)) issues.add(['indicators', i, 'id'], `duplicate indicator: ${quote(ind.id)}`);
    indicators.set(ind.id, ind);
  });
  const areas = new Map<string, Area>();
  data.areas.forEach((area, i) => {
    if (areas.has(area.code)) issues.add(['areas', i, 'code'], `duplicate area code: ${quote(area.code)}`);
    areas.set(area.code, area);
  });

  const memberships = checkMemberships(data.memberships ?? [], issues);
  const targets = checkTargets(data.targets ?? [], indicators, areas, issues);
  const annotations = checkAnnotations(data.annotations ?? [], indicators, issues);
  const store = readObservations(data.observations, indicators, areas, issues);
  if (issues.list.length > 0 || !store) return fail(issues.list);

  suppressOnIngest(store, indicators, memberships, options);
  return ok({ meta: data.meta, indicators, areas, memberships, targets, annotations, observations: store });
}

function checkMemberships(list: Membership[], issues: Issues): Membership[] {
  list.forEach((m, i) => {
    for (const [parent, members] of Object.entries(m.members)) {
      const p = normalizeAreaCode(parent, m.level);
      if (!p.success || p.data.code !== parent)
        issues.add(['memberships', i, 'members', parent], `invalid area code: ${quote(parent)}`);
      members.forEach((code, j) => {
        if (!normalizeAreaCode(code).success)
          issues.add(['memberships', i, 'members', parent, j], `invalid area code: ${quote(code)}`);
      });
    }
  });
  return list;
}

function normalizePeriod(p: string, path: (string | number)[], issues: Issues): string {
  const r = parsePeriod(p);
  if (r.success) return r.data;
  issues.add(path, `invalid period: ${quote(p)}`);
  return p;
}

function checkTargets(
  list: Target[],
  indicators: Map<string, Indicator>,
  areas: Map<string, Area>,
  issues: Issues,
): Target[] {
  return list.map((t, i) => {
    if (!indicators.has(t.indicator))
      issues.add(['targets', i, 'indicator'], `unknown indicator: ${quote(t.indicator)}`);
    if (t.area !== undefined && !areas.has(t.area))
      issues.add(['targets', i, 'area'], `unknown area code: ${quote(t.area)}`);
    const out: Target = { ...t, period: normalizePeriod(t.period, ['targets', i, 'period'], issues) };
    if (t.to !== undefined) {
      out.to = normalizePeriod(t.to, ['targets', i, 'to'], issues);
      if (comparePeriods(out.to, out.period) < 0)
        issues.add(['targets', i, 'to'], `target ends before it starts: ${quote(t.to)}`);
    }
    return out;
  });
}

function checkAnnotations(
  list: Annotation[],
  indicators: Map<string, Indicator>,
  issues: Issues,
): Annotation[] {
  return list.map((a, i) => {
    a.indicators?.forEach((id, j) => {
      if (!indicators.has(id))
        issues.add(['annotations', i, 'indicators', j], `unknown indicator: ${quote(id)}`);
    });
    return { ...a, period: normalizePeriod(a.period, ['annotations', i, 'period'], issues) };
  });
}

function readObservations(
  raw: unknown,
  indicators: Map<string, Indicator>,
  areas: Map<string, Area>,
  issues: Issues,
): ObservationStore | undefined {
  if (Array.isArray(raw)) return readRows(raw, indicators, areas, issues);
  if (typeof raw !== 'object' || raw === null) {
    issues.add(
      ['observations'],
      `invalid observations: ${quote(raw)} (expected columns or an array of rows)`,
    );
    return undefined;
  }
  return readColumns(raw as Record<string, unknown>, indicators, areas, issues);
}

function readRows(
  raw: unknown[],
  indicators: Map<string, Indicator>,
  areas: Map<string, Area>,
  issues: Issues,
): ObservationStore | undefined {
  const rows = z.array(RowObservation).safeParse(raw, { reportInput: true });
  if (!rows.success) {
    fromZodIssues(rows.error.issues, ['observations']).forEach((i) => issues.add(i.path, i.message));
    return undefined;
  }
  const ind: string[] = [];
  const area: string[] = [];
  const period: string[] = [];
  const value: (number | null)[] = [];
  const status: number[] = [];
  const note: (string | null)[] = [];
  for (const r of rows.data) {
    ind.push(r.indicator);
    area.push(r.area);
    period.push(r.period);
    value.push(r.value);
    status.push(
      r.status === undefined ? (r.value === null ? STATUS.missing : 0) : STATUS_CODES.indexOf(r.status),
    );
    note.push(r.note ?? null);
  }
  const idx = (xs: string[]) => {
    const m = new Map<string, number>();
    return { dict: () => [...m.keys()], codes: xs.map((x) => m.get(x) ?? (m.set(x, m.size), m.size - 1)) };
  };
  const i = idx(ind);
  const a = idx(area);
  const p = idx(period);
  const cols = { indicator: i.codes, area: a.codes, period: p.codes };
  return readColumns(
    { indicators: i.dict(), areas: a.dict(), periods: p.dict(), ...cols, value, status, note },
    indicators,
    areas,
    issues,
    true,
  );
}

const STATUS_CODES = ['final', 'provisional', 'estimate', 'suppressed', 'missing'] as const;

function stringDictionary(raw: unknown, name: string, issues: Issues): string[] | undefined {
  if (!Array.isArray(raw)) {
    issues.add(['observations', name], `invalid ${name}: ${quote(raw)} (expected an array of strings)`);
    return undefined;
  }
  for (let i = 0; i < raw.length; i++) {
    if (typeof raw[i] !== 'string')
      issues.add(['observations', name, i], `invalid ${name} entry: ${quote(raw[i])}`);
  }
  return raw as string[];
}

function readColumns(
  obs: Record<string, unknown>,
  indicators: Map<string, Indicator>,
  areas: Map<string, Area>,
  issues: Issues,
  fromRows = false,
): ObservationStore | undefined {
  // Paths of row-wise input point at the row; of column-wise input at the column entry.
  const at = (column: string, i: number): (string | number)[] =>
    fromRows ? ['observations', i, column] : ['observations', column, i];
  const dictPath = (name: string, column: string, i: number, col: ArrayLike<number>): (string | number)[] => {
    if (!fromRows) return ['observations', name, i];
    for (let r = 0; r < col.length; r++) if (col[r] === i) return ['observations', r, column];
    return ['observations'];
  };

  const indDict = stringDictionary(obs.indicators, 'indicators', issues);
  const areaDict = stringDictionary(obs.areas, 'areas', issues);
  const periodDict = stringDictionary(obs.periods, 'periods', issues);
  const value = obs.value;
  if (!Array.isArray(value)) {
    issues.add(['observations', 'value'], `invalid value column: ${quote(value)}`);
    return undefined;
  }
  const n = value.length;
  const column = (name: string, required: boolean): unknown[] | undefined => {
    const c = obs[name];
    if (c === undefined && !required) return undefined;
    if (!Array.isArray(c)) {
      issues.add(['observations', name], `invalid ${name} column: ${quote(c)}`);
      return undefined;
    }
    if (c.length !== n)
      issues.add(['observations', name], `column ${name} has ${c.length} entries, expected ${n}`);
    return c;
  };
  const indCol = column('indicator', true);
  const areaCol = column('area', true);
  const periodCol = column('period', true);
  const statusCol = column('status', false);
  const noteCol = column('note', false);
  if (!indDict || !areaDict || !periodDict || !indCol || !areaCol || !periodCol || issues.list.length > 0)
    return undefined;

  const indicatorIndex = new Uint32Array(n);
  const areaIndex = new Uint32Array(n);
  const periodIndex = new Uint32Array(n);
  const indexColumn = (name: string, col: unknown[], size: number, out: Uint32Array): void => {
    for (let i = 0; i < n && !issues.full; i++) {
      const v = col[i];
      if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < size) out[i] = v;
      else issues.add(at(name, i), `invalid ${name} index: ${quote(v)}`);
    }
  };
  indexColumn('indicator', indCol, indDict.length, indicatorIndex);
  indexColumn('area', areaCol, areaDict.length, areaIndex);
  indexColumn('period', periodCol, periodDict.length, periodIndex);

  indDict.forEach((id, i) => {
    if (!indicators.has(id))
      issues.add(dictPath('indicators', 'indicator', i, indicatorIndex), `unknown indicator: ${quote(id)}`);
  });
  areaDict.forEach((code, i) => {
    if (!areas.has(code))
      issues.add(dictPath('areas', 'area', i, areaIndex), `unknown area code: ${quote(code)}`);
  });
  // Two spellings of one period (`2025M09`, `2025-09`) become one dictionary entry.
  const periodCanonical: string[] = [];
  const periodRemap = new Uint32Array(periodDict.length);
  const periodSeen = new Map<string, number>();
  periodDict.forEach((p, i) => {
    const r = parsePeriod(p);
    if (!r.success) {
      issues.add(dictPath('periods', 'period', i, periodIndex), `invalid period: ${quote(p)}`);
      return;
    }
    let j = periodSeen.get(r.data);
    if (j === undefined) {
      j = periodCanonical.length;
      periodCanonical.push(r.data);
      periodSeen.set(r.data, j);
    }
    periodRemap[i] = j;
  });

  const values = new Float64Array(n);
  const statuses = new Uint8Array(n);
  for (let i = 0; i < n && !issues.full; i++) {
    const v = value[i];
    const s = statusCol ? statusCol[i] : v === null ? STATUS.missing : 0;
    if (typeof s !== 'number' || !Number.isInteger(s) || s < 0 || s > 4) {
      issues.add(at('status', i), `invalid status: ${quote(s)}`);
      continue;
    }
    if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) {
      issues.add(at('value', i), `invalid value: ${quote(v)}`);
      continue;
    }
    // Whatever number a source put behind a suppressed (or missing) status never enters the model.
    if (s >= STATUS.suppressed || v === null) {
      values[i] = Number.NaN;
      statuses[i] = s >= STATUS.suppressed ? s : STATUS.missing;
    } else {
      values[i] = v;
      statuses[i] = s;
    }
  }
  const notes = new Map<number, string>();
  if (noteCol) {
    for (let i = 0; i < n && !issues.full; i++) {
      const note = noteCol[i];
      if (typeof note === 'string') notes.set(i, note);
      else if (note !== null && note !== undefined) issues.add(at('note', i), `invalid note: ${quote(note)}`);
    }
  }
  if (issues.list.length > 0) return undefined;
  // The store lists indicators and areas in the order the dataset declares them, whatever the
  // order of the observation dictionaries (or of first appearance in row-wise files).
  const declaredIndicators = [...indicators.keys()];
  const declaredAreas = [...areas.keys()];
  const indRemap = remap(indDict, declaredIndicators);
  const areaRemap = remap(areaDict, declaredAreas);
  for (let i = 0; i < n; i++) {
    periodIndex[i] = periodRemap[periodIndex[i] ?? 0] ?? 0;
    indicatorIndex[i] = indRemap[indicatorIndex[i] ?? 0] ?? 0;
    areaIndex[i] = areaRemap[areaIndex[i] ?? 0] ?? 0;
  }

  const built = ObservationStore.fromColumns({
    indicators: declaredIndicators,
    areas: declaredAreas,
    periods: periodCanonical,
    indicator: indicatorIndex,
    area: areaIndex,
    period: periodIndex,
    value: values,
    status: statuses,
    notes,
  });
  if (!built.success) {
    built.error.issues.forEach((i) =>
      issues.add(fromRows ? ['observations', ...i.path] : ['observations', ...i.path], i.message),
    );
    return undefined;
  }
  return built.data;
}

/** For each dictionary entry, its index in the declared list (entries are known to be declared). */
function remap(dictionary: readonly string[], declared: readonly string[]): Uint32Array {
  const position = new Map(declared.map((d, i) => [d, i] as const));
  return Uint32Array.from(dictionary, (d) => position.get(d) ?? 0);
}

function suppressOnIngest(
  store: ObservationStore,
  indicators: Map<string, Indicator>,
  memberships: readonly Membership[],
  options: ParseDatasetOptions,
): void {
  for (const ind of indicators.values()) {
    const k = ind.suppressBelow ?? (isCountUnit(ind.unit) ? options.suppressBelow : undefined);
    if (k === undefined) continue;
    for (const o of store.select({ indicator: ind.id })) {
      if (o.value !== null && o.value < k)
        store._set(o.indicator, o.area, o.period, Number.NaN, 'suppressed');
    }
    applySecondarySuppression(store, ind.id, memberships);
  }
}
