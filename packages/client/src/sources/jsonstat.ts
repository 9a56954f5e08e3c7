import type { DatasetDocument } from '@mittari/core';
import type { DimensionMapping } from '../descriptor.js';
import { MittariError } from '../errors.js';
import { categoryIds, validateJsonStat } from './jsonstat-validate.js';
import { STATUS, TableBuilder, cellStatus, plainText, text, type TableOptions } from './table.js';

/** How to read a JSON-stat document: the descriptor's options. */
export interface JsonStatReadOptions extends TableOptions {
  readonly dimensions?: DimensionMapping | undefined;
  /** Which dataset of a collection (index) or bundle (key); default every embedded dataset. */
  readonly item?: number | string | undefined;
  /** Where the document came from, for errors and the source metadata. */
  readonly url?: string | undefined;
}

/** What a JSON-stat document held: observations, or (with no `value`) only metadata. */
export interface JsonStatResult {
  readonly kind: 'data' | 'metadata';
  readonly document: DatasetDocument;
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

interface Dim {
  readonly id: string;
  readonly label: string | undefined;
  readonly codes: readonly string[];
  readonly labels: readonly (string | undefined)[];
  readonly units: Json | undefined;
}

/** One dataset, whatever its JSON-stat version. */
interface Cube {
  readonly label: string | undefined;
  readonly source: string | undefined;
  readonly updated: string | undefined;
  readonly notes: readonly string[];
  readonly dims: readonly Dim[];
  readonly role: Readonly<Record<'time' | 'geo' | 'metric', readonly string[]>>;
  readonly value: unknown;
  readonly status: unknown;
  readonly descriptions: Readonly<Record<string, string>> | undefined;
}

// Statistics Finland's dimension names (fi / sv / en), for tables whose `role` says nothing.
const TIME_NAMES =
  /^(vuosi|kuukausi|vuosinelj(a|ä)nnes|nelj(a|ä)nnes|aika|tid|time|year|month|quarter|(å|a)r|m(å|a)nad|kvartal|timeperiod.*)$/i;
const METRIC_NAMES = /^(tiedot|contentscode|uppgifter|information|indicator|metric)$/i;
const AREA_LEVELS_BY_NAME: readonly [RegExp, TableOptions['areaLevel']][] = [
  [/^(kunta|kommun|municipality|kuntakoodi)$/i, 'municipality'],
  [/^(maakunta|landskap|region)$/i, 'region'],
  [/^(seutukunta|ekonomisk region|sub-region)$/i, 'sub-region'],
  [/^(hyvinvointialue|v(ä|a)lf(ä|a)rdsomr(å|a)de|wellbeing services county)$/i, 'wellbeing-county'],
  [/^(ty(ö|o)llisyysalue|employment area)$/i, 'employment-area'],
  [/^(ely|ely-keskus)$/i, 'ely-centre'],
  [/^elinvoimakeskus$/i, 'elinvoimakeskus'],
  [/^(alue|omr(å|a)de|area|geo)$/i, undefined],
];

function strings(x: unknown): string[] {
  return Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : [];
}

function toCube(ds: Json): Cube {
  const dimension = ds['dimension'] as Json;
  const v1 = ds['id'] === undefined && Array.isArray(dimension['id']);
  const ids = strings(v1 ? dimension['id'] : ds['id']);
  const sizes = (v1 ? dimension['size'] : ds['size']) as number[];
  const roleRaw = (v1 ? dimension['role'] : ds['role']) as unknown;
  const role = isObject(roleRaw) ? roleRaw : {};
  const dims = ids.map((id, k): Dim => {
    const d = dimension[id] as Json;
    const cat = d['category'] as Json;
    const codes = categoryIds(cat, sizes[k]) ?? [];
    const labelObj = isObject(cat['label']) ? cat['label'] : {};
    return {
      id,
      label: typeof d['label'] === 'string' ? d['label'] : undefined,
      codes,
      labels: codes.map((c) =>
        Object.hasOwn(labelObj, c) && typeof labelObj[c] === 'string' ? (labelObj[c] as string) : undefined,
      ),
      units: isObject(cat['unit']) ? cat['unit'] : undefined,
    };
  });
  const ext = ds['extension'];
  const mvd =
    isObject(ext) && isObject(ext['missingValueDescriptions']) ? ext['missingValueDescriptions'] : undefined;
  const descriptions = mvd
    ? (Object.fromEntries(Object.entries(mvd).filter(([, v]) => typeof v === 'string')) as Record<
        string,
        string
      >)
    : undefined;
  const note = ds['note'];
  return {
    label: typeof ds['label'] === 'string' ? ds['label'] : undefined,
    source: typeof ds['source'] === 'string' ? ds['source'] : undefined,
    updated: typeof ds['updated'] === 'string' ? ds['updated'] : undefined,
    notes: (Array.isArray(note) ? strings(note) : typeof note === 'string' ? [note] : []).flatMap((n) =>
      n.split(/#+/),
    ),
    dims,
    role: { time: strings(role['time']), geo: strings(role['geo']), metric: strings(role['metric']) },
    value: ds['value'],
    status: ds['status'],
    descriptions,
  };
}

/** The datasets a document holds: one, the embedded items of a collection, or a bundle's members. */
function datasetsOf(doc: Json, item: number | string | undefined, url: string | undefined): Json[] {
  const cls = doc['class'];
  let found: [string, Json][];
  if (cls === 'collection') {
    const link = doc['link'];
    const items = isObject(link) && Array.isArray(link['item']) ? (link['item'] as unknown[]) : [];
    found = items.flatMap((x, i): [string, Json][] =>
      isObject(x) && isObject(x['dimension']) ? [[String(i), x]] : [],
    );
    if (found.length === 0) {
      const hrefs = items
        .flatMap((x) => (isObject(x) && typeof x['href'] === 'string' ? [x['href']] : []))
        .slice(0, 3);
      throw new MittariError(
        'unsupported',
        `collection has no embedded datasets (links only: ${hrefs.join(', ') || 'none'}); point the source at one of them`,
        url === undefined ? {} : { url },
      );
    }
  } else if (cls === undefined && !isObject(doc['dimension'])) {
    found = Object.entries(doc).filter(
      (e): e is [string, Json] => isObject(e[1]) && isObject(e[1]['dimension']),
    );
  } else {
    return [doc];
  }
  if (item === undefined) return found.map(([, d]) => d);
  const picked = found.find(([k]) => k === String(item));
  if (!picked)
    throw new MittariError(
      'not-found',
      `no dataset ${JSON.stringify(item)} in the JSON-stat document`,
      url === undefined ? {} : { url },
    );
  return [picked[1]];
}

function pickDim(
  cube: Cube,
  named: string | undefined,
  role: readonly string[],
  names: RegExp,
  part: string,
): number {
  if (named !== undefined) {
    const k = cube.dims.findIndex((d) => d.id === named);
    if (k < 0)
      throw new MittariError('schema', `no dimension ${JSON.stringify(named)} for ${part}`, {
        issues: [`dimension.${named}`],
      });
    return k;
  }
  const byRole = cube.dims.findIndex((d) => role.includes(d.id));
  if (byRole >= 0) return byRole;
  return cube.dims.findIndex((d) => names.test(d.id));
}

function areaDim(cube: Cube, named: string | undefined): { k: number; level: TableOptions['areaLevel'] } {
  if (named !== undefined || cube.role.geo.length > 0) {
    const k = pickDim(cube, named, cube.role.geo, /^$/, 'area');
    const id = cube.dims[k]?.id ?? '';
    return { k, level: AREA_LEVELS_BY_NAME.find(([re]) => re.test(id))?.[1] };
  }
  for (const [re, level] of AREA_LEVELS_BY_NAME) {
    const k = cube.dims.findIndex((d) => re.test(d.id));
    if (k >= 0) return { k, level };
  }
  return { k: -1, level: undefined };
}

function cellValue(values: unknown, i: number): number | null {
  const v = Array.isArray(values) ? values[i] : isObject(values) ? values[String(i)] : undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

function cellSymbol(status: unknown, i: number): string | undefined {
  if (typeof status === 'string') return status;
  const s = Array.isArray(status) ? status[i] : isObject(status) ? status[String(i)] : undefined;
  return typeof s === 'string' ? s : undefined;
}

function unitOf(dim: Dim | undefined, code: string): { label?: string; decimals?: number } {
  const u = dim?.units?.[code];
  if (!isObject(u)) return {};
  const out: { label?: string; decimals?: number } = {};
  if (typeof u['label'] === 'string') out.label = u['label'];
  else if (typeof u['symbol'] === 'string') out.label = u['symbol'];
  if (typeof u['decimals'] === 'number') out.decimals = u['decimals'];
  return out;
}

/** Adds one dataset's cells to the builder. Returns whether it had values. */
function addCube(cube: Cube, b: TableBuilder, opts: JsonStatReadOptions): boolean {
  const map = opts.dimensions ?? {};
  const dims = cube.dims;
  const kTime = pickDim(cube, map.period, cube.role.time, TIME_NAMES, 'period');
  if (kTime < 0) {
    b.issues.push({ path: 'role.time', message: 'no time dimension (name one with dimensions.period)' });
    return false;
  }
  const kMetric = pickDim(cube, map.indicator, cube.role.metric, METRIC_NAMES, 'indicator');
  const { k: kArea, level } = areaDim(cube, map.area);
  const filter = map.filter ?? {};
  const keep = new Map<number, number>();
  for (const [dimId, code] of Object.entries(filter)) {
    const k = dims.findIndex((d) => d.id === dimId);
    const pos = k >= 0 ? (dims[k]?.codes.indexOf(code) ?? -1) : -1;
    if (pos < 0)
      b.issues.push({
        path: `dimension.${dimId}.category.index`,
        message: `no category ${JSON.stringify(code)} in ${JSON.stringify(dimId)}`,
      });
    else keep.set(k, pos);
  }
  // Dimensions of more than one category that no part claims become part of the indicator id.
  const folded = dims.flatMap((d, k) =>
    k !== kTime && k !== kMetric && k !== kArea && !keep.has(k) && d.codes.length > 1 ? [k] : [],
  );
  const indicatorDims = kMetric >= 0 ? [kMetric, ...folded] : folded;

  const periods =
    dims[kTime]?.codes.map((c, i) => b.addPeriod(c, `dimension.${dims[kTime]?.id}.category.index.${i}`)) ??
    [];
  const areas =
    kArea >= 0
      ? (dims[kArea]?.codes.map((c, i) =>
          b.addArea(
            c,
            dims[kArea]?.labels[i],
            `dimension.${dims[kArea]?.id}.category.index.${i}`,
            opts.areaLevel ?? level,
          ),
        ) ?? [])
      : undefined;
  const lone = kArea < 0 ? b.defaultArea() : undefined;

  // Every combination of the indicator dimensions, numbered like the cells (last fastest).
  const comboSizes = indicatorDims.map((k) => dims[k]?.codes.length ?? 1);
  const comboCount = comboSizes.reduce((a, s) => a * s, 1);
  const indicatorOf = new Int32Array(comboCount);
  const tableId = /^\s*([A-Za-z0-9_]+)\s+--/.exec(cube.label ?? '')?.[1];
  for (let c = 0; c < comboCount; c++) {
    let rest = c;
    const parts: { code: string; label: string | undefined; dim: Dim | undefined }[] = [];
    for (let j = indicatorDims.length - 1; j >= 0; j--) {
      const size = comboSizes[j] ?? 1;
      const dim = dims[indicatorDims[j] ?? 0];
      const pos = rest % size;
      rest = Math.floor(rest / size);
      parts.unshift({ code: dim?.codes[pos] ?? '', label: dim?.labels[pos], dim });
    }
    const metric = kMetric >= 0 ? parts[0] : undefined;
    const base = metric
      ? []
      : [
          {
            code: opts.indicator?.id ?? tableId ?? 'value',
            label: cube.label?.replace(/^\s*[A-Za-z0-9_]+\s+--\s*/, ''),
          },
        ];
    const all = [...base, ...parts];
    const unit = unitOf(metric?.dim, metric?.code ?? '');
    indicatorOf[c] = b.addIndicator(all.map((p) => p.code).join(':'), {
      label: all.map((p) => p.label ?? p.code).join(', '),
      unitLabel: unit.label,
      decimals: unit.decimals,
    });
  }
  if (cube.value === undefined) return false;

  const n = dims.reduce((a, d) => a * d.codes.length, 1);
  const sizes = dims.map((d) => d.codes.length);
  const pos = new Array<number>(dims.length).fill(0);
  const keepEntries = [...keep.entries()];
  const descriptions = cube.descriptions;
  const denseValues = Array.isArray(cube.value) ? (cube.value as unknown[]) : undefined;
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      for (let k = dims.length - 1; k >= 0; k--) {
        if (++pos[k]! < sizes[k]!) break;
        pos[k] = 0;
      }
    }
    let skip = false;
    for (const [k, p] of keepEntries) if (pos[k] !== p) skip = true;
    if (skip) continue;
    const period = periods[pos[kTime]!];
    const area = areas ? areas[pos[kArea]!] : lone;
    if (period === undefined || area === undefined) continue;
    let combo = 0;
    for (let j = 0; j < indicatorDims.length; j++) combo = combo * comboSizes[j]! + pos[indicatorDims[j]!]!;
    let value: number | null;
    if (denseValues) {
      const v = denseValues[i];
      value =
        typeof v === 'number' && Number.isFinite(v)
          ? v
          : v === null || v === undefined
            ? null
            : cellValue(denseValues, i);
    } else {
      value = cellValue(cube.value, i);
    }
    let status =
      cube.status === undefined || cube.status === null
        ? value === null
          ? STATUS.missing
          : STATUS.final
        : cellStatus(value, cellSymbol(cube.status, i), descriptions);
    if (period.provisional && status === STATUS.final) status = STATUS.provisional;
    b.push(indicatorOf[combo]!, area, period.index, value, status);
  }
  return true;
}

const UPDATED = /^\d{4}-\d{2}-\d{2}(?:T[0-9:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** The dataset metadata of the first cube read. */
export function metaOf(
  cube: {
    label?: string | undefined;
    source?: string | undefined;
    updated?: string | undefined;
    notes?: readonly string[];
  },
  opts: TableOptions & { url?: string | undefined },
): DatasetDocument['meta'] {
  const tableId = /^\s*([A-Za-z0-9_]+)\s+--/.exec(cube.label ?? '')?.[1];
  const source: { name: string; url?: string; table?: string; licence?: string } = {
    name: cube.source?.trim() || 'unknown source',
  };
  if (opts.url !== undefined) source.url = opts.url;
  if (tableId !== undefined) source.table = tableId;
  if (opts.licence !== undefined) source.licence = opts.licence;
  const meta: DatasetDocument['meta'] = {
    title: text(cube.label ?? 'JSON-stat dataset', opts.lang),
    sources: [source],
  };
  if (opts.licence !== undefined) meta.licence = opts.licence;
  if (cube.updated !== undefined && UPDATED.test(cube.updated)) meta.updated = cube.updated;
  const notes = (cube.notes ?? [])
    .map(plainText)
    .filter((s) => s.length > 0)
    .slice(0, 20);
  if (notes.length > 0) meta.notes = notes.map((s) => text(s, opts.lang));
  return meta;
}

/**
 * PxWeb API 2 answers a metadata request with `"value": []`: that is metadata, not a dataset
 * whose values went missing.
 */
export function withoutEmptyValue(json: unknown): unknown {
  if (!isObject(json) || !Array.isArray(json['value']) || json['value'].length > 0) return json;
  const size = json['size'];
  if (Array.isArray(size) && size.length > 0 && size.every((s) => typeof s === 'number' && s > 0)) {
    const { value: _empty, ...rest } = json;
    return rest;
  }
  return json;
}

/**
 * Throws a `schema` error naming the first JSON-stat rule a document breaks.
 */
export function assertJsonStat(json: unknown, url?: string): void {
  const error = validateJsonStat(json).find((f) => f.severity === 'error');
  if (!error) return;
  throw new MittariError('schema', `JSON-stat rule ${error.code} broken at ${error.path}: ${error.message}`, {
    rule: error.code,
    issues: [error.path],
    ...(url === undefined ? {} : { url }),
  });
}

/**
 * Reads JSON-stat into a builder (used for split PxWeb queries, whose parts share one).
 * Returns the cubes' metadata for the dataset's `meta`.
 */
export function addJsonStat(
  json: unknown,
  b: TableBuilder,
  opts: JsonStatReadOptions,
): { kind: 'data' | 'metadata'; meta: DatasetDocument['meta'] } {
  json = withoutEmptyValue(json);
  assertJsonStat(json, opts.url);
  const cubes = datasetsOf(json as Json, opts.item, opts.url).map(toCube);
  let hasData = false;
  for (const cube of cubes) hasData = addCube(cube, b, opts) || hasData;
  b.assertClean(opts.url);
  const first = cubes[0];
  return { kind: hasData ? 'data' : 'metadata', meta: metaOf(first ?? {}, opts) };
}

/**
 * Reads a JSON-stat 2.0 dataset or collection (or a 1.x bundle, as PxWeb v1's `json-stat`
 * format returns) into a Mittari dataset document. Dimensions map to indicator, area and period
 * by the descriptor, else by `role` (`metric`, `geo`, `time`), else by Statistics Finland's
 * names; a table with no area dimension takes the descriptor's `area` (default `SSS`). A document
 * with no `value` is read as metadata. Breaking a JSON-stat rule is a `schema` error naming it.
 *
 * @example
 * ```ts
 * const { kind, document } = readJsonStat(json, { areaLevel: 'municipality' });
 * const dataset = toDataset(document);
 * ```
 */
export function readJsonStat(json: unknown, opts: JsonStatReadOptions = {}): JsonStatResult {
  const b = new TableBuilder(opts);
  const { kind, meta } = addJsonStat(json, b, opts);
  return { kind, document: b.document(meta) };
}
