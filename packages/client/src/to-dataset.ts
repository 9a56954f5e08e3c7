import { parseDataset, type Dataset } from '@mittari/core';
import { MittariError } from './errors.js';

// Apart from the table builder the JSON-stat, PxWeb and CSV adapters share: a client that only
// reads Mittari datasets loads this and not the builder (decision 0162).

/**
 * Validates a dataset document with core's {@link parseDataset}, so validation and suppression
 * live in one place; a failure is a `schema` error with the paths of the bad fields.
 */
export function toDataset(doc: unknown, url?: string): Dataset {
  const r = parseDataset(doc);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => i.path.join('.'));
  throw new MittariError(
    'schema',
    `invalid dataset: ${r.error.message}`,
    url === undefined ? { issues } : { issues, url },
  );
}
