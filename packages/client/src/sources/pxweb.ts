import type { DatasetDocument } from '@mittari/core';
import type { PxWebSource } from '../descriptor.js';
import { MittariError, isMittariError } from '../errors.js';
import type { HttpRequest, StatusClassifier } from '../fetcher.js';
import { DEFAULT_CALL_LIMIT, hostQueue, type CallLimit } from '../queue.js';
import { anySignal, raceAbort } from '../signals.js';
import type { RequestExtras, SourceContext } from './context.js';
import { categoryIds } from './jsonstat-validate.js';
import { addJsonStat } from './jsonstat.js';
import {
  cellCount,
  codelistOf,
  explicitCodes,
  resolveCodes,
  splitSelection,
  valueExpression,
  valuesOf,
  type ExplicitSelection,
  type TableValues,
} from './pxweb-query.js';
import { TableBuilder } from './table.js';

/** A PxWeb server's limits as read from its configuration. */
export interface PxWebServerLimits extends CallLimit {
  /** Most cells one data request may ask for; `undefined` when the server does not say. */
  readonly maxDataCells: number | undefined;
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const num = (x: unknown): number | undefined =>
  typeof x === 'number' && Number.isFinite(x) && x > 0 ? x : undefined;

/** How deep a refused part is halved again before giving up. */
const MAX_SPLIT_DEPTH = 12;

function root(d: PxWebSource): string {
  return d.baseUrl.replace(/\/+$/, '');
}

/** The configuration URL: `/config` in API 2, `?config` in v1. */
export function configUrl(d: PxWebSource): string {
  return d.api === 'v2' ? `${root(d)}/config` : `${root(d)}/?config`;
}

/** Reads limits from an API 2 `/config` or a v1 `?config` answer. */
export function readLimits(json: unknown): PxWebServerLimits {
  const c = isObject(json) ? json : {};
  return {
    maxDataCells: num(c['maxDataCells']) ?? num(c['maxValues']) ?? num(c['maxCells']),
    maxCalls: num(c['maxCallsPerTimeWindow']) ?? num(c['maxCalls']) ?? DEFAULT_CALL_LIMIT.maxCalls,
    timeWindow: num(c['timeWindow']) ?? DEFAULT_CALL_LIMIT.timeWindow,
  };
}

const TOO_MANY_CELLS: StatusClassifier = (status) =>
  status === 403 || status === 413 ? 'too-many-cells' : undefined;

function tableUrl(d: PxWebSource): string {
  return d.api === 'v2'
    ? `${root(d)}/tables/${encodeURIComponent(d.table)}`
    : `${root(d)}/${d.table.split('/').map(encodeURIComponent).join('/')}`;
}

function codelistParams(d: PxWebSource): URLSearchParams {
  const p = new URLSearchParams();
  for (const [name, sel] of Object.entries(d.selection)) {
    const cl = codelistOf(sel);
    if (cl !== undefined) p.append(`codelist[${name}]`, cl);
  }
  return p;
}

/**
 * The data request for a selection: API 2 `GET /tables/{id}/data` with `valueCodes[VAR]`, or a
 * v1 POST query asking for `json-stat2`. `part` replaces the descriptor's selection with codes.
 */
export function dataRequest(d: PxWebSource, part?: ExplicitSelection): HttpRequest {
  if (d.api === 'v2') {
    const p = new URLSearchParams();
    if (d.lang !== undefined) p.set('lang', d.lang);
    p.set('outputFormat', 'json-stat2');
    for (const [name, sel] of Object.entries(d.selection)) {
      const codes = part?.get(name);
      p.append(`valueCodes[${name}]`, codes ? codes.join(',') : valueExpression(valuesOf(sel)));
    }
    for (const [k, v] of codelistParams(d)) p.append(k, v);
    return { url: `${tableUrl(d)}/data?${p.toString()}` };
  }
  const query = Object.entries(d.selection).map(([code, sel]) => {
    const values = valuesOf(sel);
    const cl = codelistOf(sel);
    const codes = part?.get(code) ?? explicitCodes(values);
    let selection: { filter: string; values: string[] };
    if (codes) selection = { filter: cl !== undefined ? `agg:${cl}` : 'item', values: [...codes] };
    else if (values === '*') selection = { filter: 'all', values: ['*'] };
    else if (typeof values === 'object' && 'top' in values)
      selection = { filter: 'top', values: [String(values.top)] };
    else
      throw new MittariError(
        'unsupported',
        `PxWeb v1 needs the table's values to resolve the selection of ${JSON.stringify(code)}`,
      );
    return { code, selection };
  });
  return {
    url: tableUrl(d),
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, response: { format: 'json-stat2' } }),
  };
}

/** The metadata request: API 2 `/tables/{id}/metadata` as JSON-stat, v1 `GET` on the table. */
export function metadataRequest(d: PxWebSource): HttpRequest {
  if (d.api === 'v1') return { url: tableUrl(d) };
  const p = new URLSearchParams();
  if (d.lang !== undefined) p.set('lang', d.lang);
  p.set('outputFormat', 'json-stat2');
  for (const [k, v] of codelistParams(d)) p.append(k, v);
  return { url: `${tableUrl(d)}/metadata?${p.toString()}` };
}

/** The value codes of each variable, from API 2 JSON-stat metadata or a v1 table description. */
export function readTableValues(json: unknown, url: string): TableValues {
  const out = new Map<string, readonly string[]>();
  if (isObject(json) && Array.isArray(json['variables'])) {
    for (const v of json['variables']) {
      if (isObject(v) && typeof v['code'] === 'string' && Array.isArray(v['values'])) {
        out.set(
          v['code'],
          v['values'].filter((x): x is string => typeof x === 'string'),
        );
      }
    }
  } else if (isObject(json) && Array.isArray(json['id']) && isObject(json['dimension'])) {
    const dims = json['dimension'];
    const sizes = Array.isArray(json['size']) ? json['size'] : [];
    json['id'].forEach((id: unknown, k: number) => {
      const d = typeof id === 'string' ? dims[id] : undefined;
      const cat = isObject(d) && isObject(d['category']) ? d['category'] : undefined;
      const codes = cat ? categoryIds(cat, typeof sizes[k] === 'number' ? sizes[k] : undefined) : undefined;
      if (typeof id === 'string' && codes) out.set(id, codes);
    });
  }
  if (out.size === 0)
    throw new MittariError('schema', `PxWeb table metadata has no variables (${url})`, {
      url,
      issues: ['variables'],
    });
  return out;
}

function explicitSelection(d: PxWebSource): ExplicitSelection | undefined {
  const out = new Map<string, readonly string[]>();
  for (const [name, sel] of Object.entries(d.selection)) {
    const codes = explicitCodes(valuesOf(sel));
    if (!codes) return undefined;
    out.set(name, codes);
  }
  return out;
}

function resolveSelection(d: PxWebSource, values: TableValues): ExplicitSelection {
  const out = new Map<string, readonly string[]>();
  for (const [name, sel] of Object.entries(d.selection)) {
    const all = values.get(name);
    if (!all)
      throw new MittariError(
        'not-found',
        `no variable ${JSON.stringify(name)} in PxWeb table ${JSON.stringify(d.table)}`,
        { issues: [`selection.${name}`] },
      );
    out.set(name, resolveCodes(valuesOf(sel), all));
  }
  return out;
}

// Limits are per server, so every client on the page shares one reading of them.
const serverLimits = new Map<string, Promise<PxWebServerLimits>>();

/** Forgets the server limits read so far (tests). */
export function clearPxWebLimits(): void {
  serverLimits.clear();
}

async function limitsFor(
  d: PxWebSource,
  ctx: SourceContext,
  signal: AbortSignal | undefined,
): Promise<PxWebServerLimits> {
  if (signal?.aborted) throw new MittariError('aborted', 'request aborted', { cause: signal.reason });
  const given = d.limits;
  if (given?.maxDataCells !== undefined) {
    return {
      maxDataCells: given.maxDataCells,
      maxCalls: given.maxCalls ?? DEFAULT_CALL_LIMIT.maxCalls,
      timeWindow: given.timeWindow ?? DEFAULT_CALL_LIMIT.timeWindow,
    };
  }
  const url = configUrl(d);
  let p = serverLimits.get(url);
  if (!p) {
    // The configuration is read without the caller's signal: it is shared, and cheap. It is a
    // call like any other to the server, so it takes its place in the host's window (under
    // StatFin's published limit until the answer says otherwise) and the first window holds
    // at most `maxCalls` requests, this one included (decision 0753).
    const queue = hostQueue(root(d));
    const extras: RequestExtras = { schedule: (attempt, s) => queue.schedule(attempt, s) };
    p = ctx.json({ url }, undefined, extras).then(readLimits, (e: unknown) => {
      serverLimits.delete(url);
      // A server without a readable configuration still serves data: split only when refused.
      if (isMittariError(e) && e.code !== 'aborted')
        return { ...DEFAULT_CALL_LIMIT, maxDataCells: undefined };
      throw e;
    });
    serverLimits.set(url, p);
  }
  const read = await raceAbort(p, signal);
  return {
    ...read,
    ...(given?.maxCalls !== undefined ? { maxCalls: given.maxCalls } : {}),
    ...(given?.timeWindow !== undefined ? { timeWindow: given.timeWindow } : {}),
  };
}

/**
 * Loads a PxWeb table (API 2 or v1) as a Mittari dataset document. Reads the server's limits
 * once, splits a selection that would exceed `maxDataCells` before sending it, splits and
 * resends when the server still answers too-many-cells (403 / 413), and queues requests per
 * host so the call limit is never exceeded.
 *
 * @example
 * ```ts
 * const doc = await loadPxWeb(descriptor, context, signal);
 * ```
 */
export async function loadPxWeb(
  d: PxWebSource,
  ctx: SourceContext,
  signal: AbortSignal | undefined,
): Promise<DatasetDocument> {
  const limits = await limitsFor(d, ctx, signal);
  const queue = hostQueue(root(d));
  queue.setLimit({ maxCalls: limits.maxCalls, timeWindow: limits.timeWindow });
  const extras: RequestExtras = {
    classify: TOO_MANY_CELLS,
    schedule: (attempt, s) => queue.schedule(attempt, s),
  };
  const builder = new TableBuilder(d);
  const url = tableUrl(d);
  let meta: DatasetDocument['meta'] | undefined;
  const group = new AbortController();
  const linked = anySignal([signal, group.signal]);

  const tableValues = (): Promise<TableValues> =>
    ctx.memo(
      `pxweb-metadata ${metadataRequest(d).url}`,
      async (s) => readTableValues(await ctx.json(metadataRequest(d), s, extras), url),
      linked.signal,
    );

  const fetchPart = async (part: ExplicitSelection | undefined, depth: number): Promise<void> => {
    try {
      const json = await ctx.json(dataRequest(d, part), linked.signal, extras);
      const r = addJsonStat(json, builder, { ...d, url });
      meta ??= r.meta;
    } catch (e) {
      if (!isMittariError(e) || e.code !== 'too-many-cells' || depth >= MAX_SPLIT_DEPTH) throw e;
      const sel = part ?? resolveSelection(d, await tableValues());
      const cells = cellCount(sel);
      // Refused although within the published limit: the real limit is lower, so halve.
      const max =
        limits.maxDataCells !== undefined && cells > limits.maxDataCells
          ? limits.maxDataCells
          : Math.max(1, Math.floor(cells / 2));
      const parts = splitSelection(sel, max);
      if (parts.length < 2) throw e;
      await Promise.all(parts.map((p) => fetchPart(p, depth + 1)));
    }
  };

  try {
    let parts: (ExplicitSelection | undefined)[] = [undefined];
    let known = explicitSelection(d);
    const v1NeedsValues =
      d.api === 'v1' &&
      !known &&
      Object.values(d.selection).some((s) => {
        const v = valuesOf(s);
        return typeof v === 'object' && !Array.isArray(v) && !('top' in v);
      });
    if (!known && v1NeedsValues) known = resolveSelection(d, await tableValues());
    if (known)
      parts = limits.maxDataCells !== undefined ? splitSelection(known, limits.maxDataCells) : [known];
    await Promise.all(
      parts.map((p) =>
        fetchPart(p, 0).catch((e: unknown) => {
          group.abort();
          throw e;
        }),
      ),
    );
  } finally {
    linked.dispose();
  }
  return builder.document(meta ?? { title: { fi: d.table }, sources: [{ name: d.baseUrl, table: d.table }] });
}
