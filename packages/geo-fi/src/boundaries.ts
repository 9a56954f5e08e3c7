import { ASSET_URLS, type AssetKey } from './asset-urls.js';
import type { GroupingLevel } from './levels.js';
import type { AreaLabel } from './names.js';
import type { TopoArea, Topology } from './topojson.js';

/** Municipal divisions with boundaries: 2023 (309 municipalities, valid 2021–2024) and 2025 (308, from 2025). */
export const DIVISIONS = [2023, 2025] as const;
/** A municipal division of {@link DIVISIONS}. */
export type Division = (typeof DIVISIONS)[number];

/** Projections each layer ships in: planar (`tm35`, ready for SVG) and `wgs84` longitude/latitude. */
export const PROJECTIONS = ['tm35', 'wgs84'] as const;
/** A projection of {@link PROJECTIONS}. */
export type Projection = (typeof PROJECTIONS)[number];

/** A level that has boundaries. */
export type BoundaryLevel = 'municipality' | GroupingLevel;

/** Which levels have boundaries on each division (employment areas and elinvoimakeskukset only from 2025). */
export const BOUNDARY_LEVELS: Readonly<Record<Division, readonly BoundaryLevel[]>> = {
  2023: ['municipality', 'region', 'sub-region', 'wellbeing-county', 'ely-centre'],
  2025: [
    'municipality',
    'region',
    'sub-region',
    'wellbeing-county',
    'employment-area',
    'ely-centre',
    'elinvoimakeskus',
  ],
};

/** For an area with no land route to the rest of the map, the nearest area each way (`null`: none that way). */
export interface Nearest {
  readonly up: string | null;
  readonly down: string | null;
  readonly left: string | null;
  readonly right: string | null;
}

/** One boundary layer, as loaded. */
export interface Boundaries {
  readonly level: BoundaryLevel;
  readonly division: Division;
  readonly projection: Projection;
  /** Years whose classification this layer draws exactly (e.g. `[2025, 2026]`). */
  readonly years: readonly number[];
  /** Quantised TopoJSON; `tm35` coordinates are planar km with y pointing down. */
  readonly topology: Topology;
  /** Name of the object in `topology.objects` holding the areas. */
  readonly object: string;
  /** Name of the object holding the region borders (a MultiLineString), to draw over any layer. */
  readonly borders: string;
  /** SVG viewBox `[x, y, width, height]` for `tm35`; `null` for `wgs84`. */
  readonly viewBox: readonly [number, number, number, number] | null;
  /** Text to print under a map. */
  readonly attribution: string;
  /** How the coordinates were made. */
  readonly crs: string;
  /** Areas in the layer with their names, in the order of the topology's geometries. */
  readonly areas: readonly { readonly code: string; readonly label: AreaLabel }[];
  /** Areas sharing a border, symmetric, sorted. */
  readonly neighbours: Readonly<Record<string, readonly string[]>>;
  /** For areas cut off from the largest landmass by sea, the nearest area each way. */
  readonly nearest: Readonly<Record<string, Nearest>>;
}

/** What a loader gets: parsed JSON of the asset. */
export type AssetLoader = (url: URL) => Promise<unknown>;

/** Options of {@link loadBoundaries}. */
export interface LoadBoundariesOptions {
  readonly level: BoundaryLevel;
  /** Municipal division; default 2025. */
  readonly division?: Division;
  /** Default `tm35`. */
  readonly projection?: Projection;
  /** A `fetch` to use instead of the global one (tests, custom headers). */
  readonly fetch?: (
    url: URL,
    init?: { signal?: AbortSignal },
  ) => Promise<{
    ok: boolean;
    status: number;
    /** The parsed body. */
    json(): Promise<unknown>;
  }>;
  /** Reads the asset another way (Node: `async (url) => JSON.parse(await readFile(url, 'utf8'))`). */
  readonly load?: AssetLoader;
  readonly signal?: AbortSignal;
}

const cache = new Map<AssetKey, Promise<Boundaries>>();

/**
 * The key and URL of a layer's asset; `undefined` when the level has no boundaries on that division.
 *
 * @example
 * ```ts
 * boundaryAssetUrl('region', 2025, 'tm35')?.href; // ".../assets/region-2025-tm35.topo.json"
 * ```
 */
export function boundaryAssetUrl(
  level: BoundaryLevel,
  division: Division,
  projection: Projection,
): URL | undefined {
  if (!BOUNDARY_LEVELS[division]?.includes(level)) return undefined;
  const key = `${level}-${division}-${projection}` as AssetKey;
  return ASSET_URLS[key]?.();
}

function invalid(what: string): Error {
  return new Error(`invalid boundary asset: ${what}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks the asset's shape enough that drawing cannot fail on it, and lifts its metadata. */
function toBoundaries(json: unknown, key: string): Boundaries {
  if (!isRecord(json) || json.type !== 'Topology' || !isRecord(json.metadata) || !isRecord(json.objects))
    throw invalid(key);
  const meta = json.metadata;
  if (
    meta.format !== 'mittari-geo-fi/1' ||
    typeof meta.object !== 'string' ||
    typeof meta.borders !== 'string'
  )
    throw invalid(key);
  const collection = json.objects[meta.object];
  if (
    !isRecord(collection) ||
    !Array.isArray(collection.geometries) ||
    !isRecord(json.transform) ||
    !Array.isArray(json.arcs)
  )
    throw invalid(key);
  const topology = json as unknown as Topology;
  const geometries = collection.geometries as TopoArea[];
  return {
    level: meta.level as BoundaryLevel,
    division: meta.division as Division,
    projection: meta.projection as Projection,
    years: meta.years as number[],
    topology,
    object: meta.object,
    borders: meta.borders,
    viewBox: (meta.viewBox ?? null) as Boundaries['viewBox'],
    attribution: String(meta.attribution),
    crs: String(meta.crs),
    areas: geometries.map((g) => ({
      code: g.id,
      label: { fi: g.properties.fi, sv: g.properties.sv, en: g.properties.en },
    })),
    neighbours: meta.neighbours as Boundaries['neighbours'],
    nearest: meta.nearest as Boundaries['nearest'],
  };
}

async function fetchJson(url: URL, options: LoadBoundariesOptions): Promise<unknown> {
  if (options.load) return options.load(url);
  const f = options.fetch ?? globalThis.fetch;
  const response = await f(url, options.signal ? { signal: options.signal } : {});
  if (!response.ok) throw new Error(`could not load boundaries: HTTP ${response.status} for ${url.href}`);
  return response.json();
}

/**
 * Loads one boundary layer lazily: only the asset asked for is downloaded (an element showing
 * regions never downloads municipalities). Assets sit beside the package's code and are found
 * through `import.meta.url`. Loads with the global `fetch` are shared per asset; give `fetch`
 * or `load` to read another way (in Node: a `readFile`-based `load`).
 *
 * @example
 * ```ts
 * const regions = await loadBoundaries({ level: 'region' }); // 2025 division, planar
 * const paths = toSvgPaths(regions);
 * // Node:
 * await loadBoundaries({ level: 'municipality', division: 2023, load: async (u) => JSON.parse(await readFile(u, 'utf8')) });
 * ```
 */
export async function loadBoundaries(options: LoadBoundariesOptions): Promise<Boundaries> {
  const division = options.division ?? 2025;
  const projection = options.projection ?? 'tm35';
  const url = boundaryAssetUrl(options.level, division, projection);
  if (!url) throw new Error(`no boundaries for level "${options.level}" on the ${division} division`);
  const key = `${options.level}-${division}-${projection}` as AssetKey;
  const shared = !options.fetch && !options.load && !options.signal;
  const hit = shared ? cache.get(key) : undefined;
  if (hit) return hit;
  const pending = fetchJson(url, options).then((json) => toBoundaries(json, key));
  if (shared) {
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}
