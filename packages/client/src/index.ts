/**
 * @mittari/client — typed, resilient fetching of indicator data: the Mittari dataset format,
 * JSON-stat 2.0 (and 1.x), the PxWeb API and tidy CSV. Runs in browsers and Node (fetch-based).
 *
 * @packageDocumentation
 */

// The client
export { clearSharedClients, createClient, sharedClient } from './client.js';
export type {
  ClientOptions,
  MittariClient,
  ObservationsQuery,
  QueryOptions,
  SeriesQuery,
  TargetsQuery,
} from './client.js';

// Source descriptors
export {
  CsvColumns,
  CsvSource,
  DimensionMapping,
  IndicatorOverrides,
  JsonStatSource,
  MittariDataSource,
  MittariUrlSource,
  PxWebLimits,
  PxWebSource,
  SourceDescriptor,
  ValueSelection,
  VariableSelection,
  descriptorKey,
  parseSourceDescriptor,
} from './descriptor.js';
export type { MittariSource } from './descriptor.js';

// Errors
export { ERROR_CODES, MittariError, isMittariError } from './errors.js';
export type { MittariErrorCode, MittariErrorDetails } from './errors.js';

// Network building blocks
export { RequestCache } from './cache.js';
export type { CacheOptions } from './cache.js';
export type { HeadersOption, RetryOptions } from './fetcher.js';
export { parseRetryAfter } from './retry-after.js';
export { CallQueue } from './queue.js';
export type { CallLimit } from './queue.js';

// Adapters, usable without a client
export { readJsonStat } from './sources/jsonstat.js';
export type { JsonStatReadOptions, JsonStatResult } from './sources/jsonstat.js';
export { validateJsonStat } from './sources/jsonstat-validate.js';
export type { RuleFinding, Severity } from './sources/jsonstat-validate.js';
export { readCsv } from './sources/csv.js';
export type { CsvReadOptions } from './sources/csv.js';
export { splitSelection } from './sources/pxweb-query.js';
export { toDataset } from './to-dataset.js';
