import { AreaLevel, Indicator } from '@mittari/core';
import { MittariError } from './errors.js';
import * as z from 'zod/mini';
import './zod.js';

/** Keys that could reach an object's prototype when copied; refused anywhere in a descriptor. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A URL the client may fetch: relative to the page, or http(s). */
const Url = z.string().check(
  z.minLength(1),
  z.maxLength(4096),
  z.refine((s) => !/^[a-z][a-z0-9+.-]*:/i.test(s) || /^https?:\/\//i.test(s), {
    message: 'only http(s) or relative URLs',
  }),
);

const Code = z.string().check(z.minLength(1), z.maxLength(256));

/**
 * Defaults for indicators read from a statistical table, which says nothing about direction or
 * category: applied to every indicator (and `id` names the one indicator of a table that has
 * no indicator dimension).
 */
export const IndicatorOverrides = z.partial(
  z.pick(Indicator, {
    id: true,
    label: true,
    description: true,
    unit: true,
    decimals: true,
    direction: true,
    frequency: true,
    category: true,
    source: true,
    suppressBelow: true,
  }),
);
/** Defaults for indicators read from a statistical table. */
export type IndicatorOverrides = z.infer<typeof IndicatorOverrides>;

/** Which dimension of a table plays which part; `filter` keeps one category of another dimension. */
export const DimensionMapping = z.object({
  indicator: z.optional(Code),
  area: z.optional(Code),
  period: z.optional(Code),
  filter: z.optional(z.record(Code, Code)),
});
/** Which dimension of a table plays which part. */
export type DimensionMapping = z.infer<typeof DimensionMapping>;

/** Options every table format shares: where areas come from and indicator defaults. */
const tableOptions = {
  dimensions: z.optional(DimensionMapping),
  /** The area of a table with no area dimension (default `SSS`, the whole country). */
  area: z.optional(Code),
  /** The level of bare area codes (`091`); needed when the codes carry no prefix. */
  areaLevel: z.optional(AreaLevel),
  indicator: z.optional(IndicatorOverrides),
  /** Per-indicator overrides, keyed by the indicator id the adapter builds. */
  indicators: z.optional(z.record(Code, IndicatorOverrides)),
  /** The language of the labels in the responses (`fi`, `sv`, `en`); PxWeb also asks for it. */
  lang: z.optional(z.string().check(z.regex(/^[a-z]{2}$/))),
  /** Licence stated for the data, carried into the dataset's metadata. */
  licence: z.optional(z.string().check(z.maxLength(200))),
};

/**
 * How long one attempt may take, in ms, including reading the body (default 15 000). A slow
 * intranet proxy may need more; a dashboard that should give up sooner, less. It is part of the
 * descriptor, not of the element, so a page author can set it in `<mittari-source>` JSON.
 */
const Timeout = z.int().check(z.minimum(100), z.maximum(300_000));

/** Options every source read over HTTP shares. */
const requestOptions = {
  /** Limit per attempt in ms (100–300 000; default 15 000); the client retries a timed-out attempt. */
  timeout: z.optional(Timeout),
};

/** The Mittari dataset format, from a URL. */
export const MittariUrlSource = z.object({ format: z.literal('mittari'), url: Url, ...requestOptions });
/** The Mittari dataset format, given in memory. */
export const MittariDataSource = z.object({ format: z.literal('mittari'), data: z.unknown() });

/** A JSON-stat 2.0 (or 1.x) dataset, collection or bundle. */
export const JsonStatSource = z.object({
  format: z.literal('json-stat'),
  url: Url,
  /** Which dataset of a collection (index) or 1.x bundle (key); default the first. */
  item: z.optional(z.union([z.int().check(z.minimum(0)), Code])),
  ...tableOptions,
  ...requestOptions,
});

/** A PxWeb value selection: codes, every value, the last `n`, from a value on, or a range. */
export const ValueSelection = z.union([
  z.array(Code).check(z.minLength(1), z.maxLength(100_000)),
  z.literal('*'),
  z.object({ top: z.int().check(z.minimum(1)) }),
  z.object({ from: Code }),
  z.object({ range: z.tuple([Code, Code]) }),
]);
/** A PxWeb value selection. */
export type ValueSelection = z.infer<typeof ValueSelection>;

/** A variable's selection, optionally through a named codelist (v2 `codelist[VAR]`). */
export const VariableSelection = z.union([
  ValueSelection,
  z.object({ values: ValueSelection, codelist: Code }),
]);
/** A variable's selection. */
export type VariableSelection = z.infer<typeof VariableSelection>;

/** A server's limits, when known in advance (skips reading `/config`). */
export const PxWebLimits = z.object({
  maxDataCells: z.optional(z.int().check(z.minimum(1))),
  maxCalls: z.optional(z.int().check(z.minimum(1))),
  timeWindow: z.optional(z.number().check(z.positive())),
});
/** A PxWeb server's limits. */
export type PxWebLimits = z.infer<typeof PxWebLimits>;

/** A table on a PxWeb server (API 2 or v1), with a typed selection. */
export const PxWebSource = z.object({
  format: z.literal('pxweb'),
  api: z.enum(['v2', 'v1']),
  /** API root: `https://statfin.stat.fi/PxWeb/api/v2` or `https://pxdata.stat.fi/PXWeb/api/v1/fi`. */
  baseUrl: Url,
  /** API 2: the table id (`12r5`); v1: the path under the root (`StatFin/tyonv/statfin_tyonv_pxt_12r5.px`). */
  table: z.string().check(z.minLength(1), z.maxLength(512), z.regex(/^[A-Za-z0-9_.\-/]+$/)),
  selection: z.record(Code, VariableSelection),
  limits: z.optional(PxWebLimits),
  ...tableOptions,
  ...requestOptions,
});

/** Tidy CSV (one observation per row) and which column holds what. */
export const CsvColumns = z.object({
  indicator: z.optional(Code),
  area: z.optional(Code),
  period: Code,
  value: Code,
  status: z.optional(Code),
  note: z.optional(Code),
});
/** Which CSV column holds what. */
export type CsvColumns = z.infer<typeof CsvColumns>;

/** A tidy CSV file. */
export const CsvSource = z.object({
  format: z.literal('csv'),
  url: Url,
  columns: CsvColumns,
  delimiter: z.optional(z.enum([',', ';', '\t', '|'])),
  decimal: z.optional(z.enum(['.', ','])),
  ...tableOptions,
  ...requestOptions,
});

/** A source descriptor, as a schema; see {@link SourceDescriptor}. */
export const SourceDescriptor = z.union([
  MittariUrlSource,
  MittariDataSource,
  JsonStatSource,
  PxWebSource,
  CsvSource,
]);

/**
 * Where a client gets its data: a plain JSON object naming the format and its options. Elements
 * read descriptors from HTML attributes, so every adapter is reachable from one.
 */
export type SourceDescriptor = z.infer<typeof SourceDescriptor>;
/** A JSON-stat source descriptor. */
export type JsonStatSource = z.infer<typeof JsonStatSource>;
/** A PxWeb source descriptor. */
export type PxWebSource = z.infer<typeof PxWebSource>;
/** A CSV source descriptor. */
export type CsvSource = z.infer<typeof CsvSource>;
/** A Mittari dataset source descriptor. */
export type MittariSource = z.infer<typeof MittariUrlSource> | z.infer<typeof MittariDataSource>;

function forbiddenKeyPath(
  value: unknown,
  path: (string | number)[],
  depth: number,
): (string | number)[] | undefined {
  if (depth > 64 || typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = forbiddenKeyPath(value[i], [...path, i], depth + 1);
      if (p) return p;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return [...path, key];
    const p = forbiddenKeyPath((value as Record<string, unknown>)[key], [...path, key], depth + 1);
    if (p) return p;
  }
  return undefined;
}

/**
 * Validates an untrusted source descriptor (from an HTML attribute or a JSON script tag) or its
 * JSON text. Throws a `schema` {@link MittariError} listing the bad fields; refuses
 * `__proto__`, `constructor` and `prototype` keys anywhere.
 *
 * @example
 * ```ts
 * const source = parseSourceDescriptor(script.textContent);
 * const client = createClient({ source });
 * ```
 */
export function parseSourceDescriptor(input: unknown): SourceDescriptor {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch {
      throw new MittariError('parse', `source descriptor is not JSON: ${JSON.stringify(input.slice(0, 40))}`);
    }
  }
  const bad = forbiddenKeyPath(value, [], 0);
  if (bad) {
    throw new MittariError(
      'schema',
      `forbidden key in source descriptor: ${JSON.stringify(bad[bad.length - 1])}`,
      { issues: [bad.join('.')] },
    );
  }
  // Choosing the schema by `format` first gives issues with field paths, where a union gives one vague issue.
  const format0 =
    typeof value === 'object' && value !== null ? (value as { format?: unknown }).format : undefined;
  const schema =
    format0 === 'mittari'
      ? typeof value === 'object' && value !== null && 'data' in value
        ? MittariDataSource
        : MittariUrlSource
      : format0 === 'json-stat'
        ? JsonStatSource
        : format0 === 'pxweb'
          ? PxWebSource
          : format0 === 'csv'
            ? CsvSource
            : SourceDescriptor;
  const r = schema.safeParse(value);
  if (!r.success) {
    const format =
      typeof value === 'object' && value !== null ? (value as { format?: unknown }).format : undefined;
    const issues = r.error.issues.map((i) => i.path.map(String).join('.'));
    const first = r.error.issues[0];
    const where = first && first.path.length ? `${first.path.map(String).join('.')}: ` : '';
    throw new MittariError(
      'schema',
      `invalid source descriptor (format ${JSON.stringify(format ?? null)}): ${where}${first?.message ?? 'invalid'}`,
      {
        issues: issues.length ? issues : [''],
      },
    );
  }
  return r.data;
}

/**
 * A stable string for a descriptor: keys sorted, so that equal descriptors written in any key
 * order share one client.
 *
 * @example
 * ```ts
 * descriptorKey({ url: 'a.json', format: 'mittari' }) === descriptorKey({ format: 'mittari', url: 'a.json' }); // true
 * ```
 */
export function descriptorKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}
