import type { Dataset } from '@mittari/core';

/**
 * Whether `x` is an in-memory core `Dataset` (as `parseDataset` returns), checked by shape so
 * that a second copy of core on the page (CMS bundle + npm) is still recognised.
 */
export function isDataset(x: unknown): x is Dataset {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as { indicators?: unknown; observations?: { get?: unknown; select?: unknown } };
  return (
    d.indicators instanceof Map &&
    typeof d.observations?.get === 'function' &&
    typeof d.observations.select === 'function'
  );
}

/** Whether `x` looks like a Mittari dataset document on the wire (`format: "mittari/1"`). */
export function isDatasetDocument(x: unknown): boolean {
  return typeof x === 'object' && x !== null && (x as { format?: unknown }).format === 'mittari/1';
}
