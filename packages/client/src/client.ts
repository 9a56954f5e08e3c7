import {
  parsePeriod,
  type Area,
  type AreaLevel,
  type Dataset,
  type Indicator,
  type Observation,
  type Target,
} from '@mittari/core';
import { RequestCache, type CacheOptions } from './cache.js';
import { descriptorKey, parseSourceDescriptor, type SourceDescriptor } from './descriptor.js';
import { MittariError, toMittariError } from './errors.js';
import {
  parseJsonBody,
  request,
  type FetchPolicy,
  type HeadersOption,
  type HttpRequest,
  type RetryOptions,
} from './fetcher.js';
import type { RequestExtras, SourceContext } from './sources/context.js';
import { toDataset } from './to-dataset.js';

/** Options of {@link createClient}. Times in milliseconds. */
export interface ClientOptions {
  /** Where the data comes from (validated: a bad descriptor throws a `schema` error). */
  readonly source: SourceDescriptor;
  /** Caching of loaded data (default ttl 60 s, stale-while-revalidate 5 min); `false` keeps nothing. */
  readonly cache?: CacheOptions | false;
  /** Retries (default 3, backoff from 300 ms); `false` turns them off. */
  readonly retry?: RetryOptions | false;
  /** Limit per attempt, including reading the body (default the descriptor's `timeout`, else 15 000). */
  readonly timeout?: number;
  /** Limit for one query's attempts and waits together (default 60 000). */
  readonly deadline?: number;
  /** The `fetch` to use (default the global one). */
  readonly fetch?: typeof fetch;
  /** Headers for every request, or a function giving them per request (e.g. a refreshed bearer token). */
  readonly headers?: HeadersOption;
  /** `include` sends intranet cookies with cross-origin requests. */
  readonly credentials?: RequestCredentials;
}

/** Options every query accepts. */
export interface QueryOptions {
  readonly signal?: AbortSignal;
}

/** Which observations to return; `from` and `to` are inclusive periods in any accepted form. */
export interface ObservationsQuery extends QueryOptions {
  readonly indicator: string;
  /** Areas in the order wanted (canonical codes). */
  readonly areas?: readonly string[];
  /** Only areas of this level. */
  readonly level?: AreaLevel;
  readonly from?: string;
  readonly to?: string;
}

/** One indicator's time series for one area. */
export interface SeriesQuery extends QueryOptions {
  readonly indicator: string;
  readonly area: string;
  readonly from?: string;
  readonly to?: string;
}

/** Which targets to return; all when empty. */
export interface TargetsQuery extends QueryOptions {
  readonly indicator?: string;
  readonly area?: string;
}

/**
 * Typed queries on one source. Every method returns core types and rejects only with a
 * {@link MittariError}; every method accepts an `AbortSignal`.
 */
export interface MittariClient {
  /** The validated source descriptor. */
  readonly source: SourceDescriptor;
  /** The whole dataset, validated and in memory. */
  dataset(options?: QueryOptions): Promise<Dataset>;
  /** The indicators of the source. */
  indicators(options?: QueryOptions): Promise<Indicator[]>;
  /** The areas of the source, optionally of one level. */
  areas(level?: AreaLevel, options?: QueryOptions): Promise<Area[]>;
  /** Observations of one indicator, by area and period. */
  observations(query: ObservationsQuery): Promise<Observation[]>;
  /** One indicator's observations for one area, in time order. */
  series(query: SeriesQuery): Promise<Observation[]>;
  /** Targets, optionally of one indicator and one area (national targets apply to every area). */
  targets(query?: TargetsQuery): Promise<Target[]>;
}

function policyOf(o: ClientOptions): FetchPolicy {
  const p: { -readonly [K in keyof FetchPolicy]: FetchPolicy[K] } = {
    fetch: o.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    // The caller's option wins over the descriptor's, which wins over the default.
    timeout: o.timeout ?? ('timeout' in o.source ? o.source.timeout : undefined) ?? 15_000,
    deadline: o.deadline ?? 60_000,
    retry: o.retry === false ? { retries: 0 } : (o.retry ?? {}),
  };
  if (o.headers !== undefined) p.headers = o.headers;
  if (o.credentials !== undefined) p.credentials = o.credentials;
  return p;
}

function period(value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  const r = parsePeriod(value);
  if (!r.success) throw new MittariError('schema', `${field}: ${r.error.message}`, { issues: [field] });
  return r.data;
}

/** Runs a query so that whatever goes wrong reaches the caller as a {@link MittariError}. */
async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw toMittariError(e);
  }
}

/**
 * Creates a client for one source. Nothing is fetched until a query asks for it; identical
 * queries in flight share one request, and results are cached.
 *
 * @example
 * ```ts
 * const client = createClient({
 *   source: { format: 'pxweb', api: 'v2', baseUrl: 'https://statfin.stat.fi/PxWeb/api/v2', table: '12r5',
 *             lang: 'fi', areaLevel: 'municipality',
 *             selection: { Alue: ['KU091', 'KU837'], Kuukausi: { top: 12 }, Tiedot: ['TYOTOSUUS'] } },
 *   timeout: 10_000,
 * });
 * const rows = await client.series({ indicator: 'TYOTOSUUS', area: 'KU837' });
 * ```
 */
export function createClient(options: ClientOptions): MittariClient {
  const source = parseSourceDescriptor(options.source);
  const policy = policyOf(options);
  const cache = new RequestCache(options.cache ?? {});
  const memory = new RequestCache({ ttl: Number.POSITIVE_INFINITY, staleWhileRevalidate: 0 });

  const send = (req: HttpRequest, signal: AbortSignal | undefined, extras?: RequestExtras) =>
    request(req, extras ? { ...policy, ...extras } : policy, signal);

  const context: SourceContext = {
    json: async (req, signal, extras) => parseJsonBody(await send(req, signal, extras)),
    text: async (req, signal, extras) => (await send(req, signal, extras)).text,
    memo: (key, load, signal) => memory.get(key, load, signal),
  };

  async function load(signal: AbortSignal): Promise<Dataset> {
    switch (source.format) {
      case 'mittari':
        if ('url' in source) return toDataset(await context.json({ url: source.url }, signal), source.url);
        return toDataset(source.data);
      // The other formats' adapters load on first use (decision 0160): a page reading the Mittari
      // format never downloads the JSON-stat validator, the PxWeb query splitter or the CSV reader.
      case 'json-stat': {
        const [json, { readJsonStat }] = await Promise.all([
          context.json({ url: source.url }, signal),
          import('./sources/jsonstat.js'),
        ]);
        return toDataset(readJsonStat(json, source).document, source.url);
      }
      case 'csv': {
        const [text, { readCsv }] = await Promise.all([
          context.text(
            { url: source.url, headers: { accept: 'text/csv, text/plain;q=0.9, */*;q=0.1' } },
            signal,
          ),
          import('./sources/csv.js'),
        ]);
        return toDataset(readCsv(text, source), source.url);
      }
      case 'pxweb': {
        const { loadPxWeb } = await import('./sources/pxweb.js');
        return toDataset(await loadPxWeb(source, context, signal), source.baseUrl);
      }
    }
  }

  const dataset = (signal?: AbortSignal): Promise<Dataset> => cache.get('dataset', load, signal);

  const observationsOf = async (q: ObservationsQuery, ds: Dataset): Promise<Observation[]> => {
    if (!ds.indicators.has(q.indicator)) {
      throw new MittariError('not-found', `unknown indicator: ${JSON.stringify(q.indicator)}`, {
        issues: ['indicator'],
      });
    }
    const from = period(q.from, 'from');
    const to = period(q.to, 'to');
    let areas = q.areas;
    if (q.level !== undefined) {
      const level = q.level;
      const all = areas ?? ds.observations.areas(q.indicator);
      areas = all.filter((a) => ds.areas.get(a)?.level === level);
    }
    return ds.observations.select({
      indicator: q.indicator,
      ...(areas !== undefined ? { areas } : {}),
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
    });
  };

  return {
    source,
    dataset: (o = {}) => guarded(() => dataset(o.signal)),
    indicators: (o = {}) => guarded(async () => [...(await dataset(o.signal)).indicators.values()]),
    areas: (level, o = {}) =>
      guarded(async () =>
        [...(await dataset(o.signal)).areas.values()].filter((a) => level === undefined || a.level === level),
      ),
    observations: (q) => guarded(async () => observationsOf(q, await dataset(q.signal))),
    series: (q) =>
      guarded(async () => {
        const query: ObservationsQuery = {
          indicator: q.indicator,
          areas: [q.area],
          ...(q.from !== undefined ? { from: q.from } : {}),
          ...(q.to !== undefined ? { to: q.to } : {}),
        };
        return observationsOf(query, await dataset(q.signal));
      }),
    targets: (q = {}) =>
      guarded(async () =>
        (await dataset(q.signal)).targets.filter(
          (t) =>
            (q.indicator === undefined || t.indicator === q.indicator) &&
            (q.area === undefined || t.area === undefined || t.area === q.area),
        ),
      ),
  };
}

const shared = new Map<string, MittariClient>();

/**
 * The one client for a source on the page, so that elements with the same source make one
 * request. A string is the URL of a Mittari dataset. Options apply when the client is first
 * made; later calls with the same source get that client.
 *
 * @example
 * ```ts
 * const a = sharedClient('/data/steering.json');
 * const b = sharedClient({ format: 'mittari', url: '/data/steering.json' });
 * a === b; // true
 * ```
 */
export function sharedClient(
  source: SourceDescriptor | string,
  options: Omit<ClientOptions, 'source'> = {},
): MittariClient {
  const descriptor = parseSourceDescriptor(
    typeof source === 'string' ? { format: 'mittari', url: source } : source,
  );
  const key = descriptorKey(descriptor);
  let client = shared.get(key);
  if (!client) {
    client = createClient({ ...options, source: descriptor });
    shared.set(key, client);
  }
  return client;
}

/** Forgets every shared client (tests, or a page that changes user). */
export function clearSharedClients(): void {
  shared.clear();
}
