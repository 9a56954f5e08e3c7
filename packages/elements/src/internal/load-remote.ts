// Loaded on demand (dynamic import) only when an element is given `src`, `source` or a wire
// document, so an element fed a `data` property never pulls in the client or the validator.
import { isMittariError, sharedClient, type SourceDescriptor } from '@mittari/client';
import { parseDataset, type Dataset } from '@mittari/core';
import type { LoadFailure } from './load-state.js';

// Re-exported so `<mittari-source>` reaches the descriptor parser through this chunk: importing
// `@mittari/client` whole would pull every adapter into the page (decision 0160).
export { parseSourceDescriptor } from '@mittari/client';

/** A rejection carrying a {@link LoadFailure}. */
export class LoadError extends Error {
  readonly failure: LoadFailure;
  constructor(failure: LoadFailure) {
    super(failure.detail ?? failure.code);
    this.name = 'LoadError';
    this.failure = failure;
  }
}

/** Turns anything thrown while loading into a {@link LoadFailure} naming `what` failed. */
export function toFailure(error: unknown, what: string | undefined): LoadFailure {
  if (error instanceof LoadError) return error.failure;
  if (isMittariError(error)) {
    return {
      code: error.code,
      ...(what !== undefined ? { what } : error.url !== undefined ? { what: error.url } : {}),
      ...(error.status !== undefined ? { status: error.status } : {}),
      detail: error.message,
    };
  }
  return {
    code: 'generic',
    ...(what !== undefined ? { what } : {}),
    detail: error instanceof Error ? error.message : String(error),
  };
}

/** The page-absolute form of a dataset URL, so `data/x.json` and `/data/x.json` share a client. */
export function absoluteUrl(src: string): string {
  try {
    return new URL(src, globalThis.document?.baseURI).href;
  } catch {
    return src;
  }
}

/** Loads the dataset a `src` URL names, through the page's shared client for that URL. */
export function loadFromUrl(src: string, signal: AbortSignal): Promise<Dataset> {
  return sharedClient(absoluteUrl(src)).dataset({ signal });
}

/** Loads the dataset a validated source descriptor names, through its shared client. */
export function loadFromDescriptor(descriptor: unknown, signal: AbortSignal): Promise<Dataset> {
  return sharedClient(descriptor as SourceDescriptor).dataset({ signal });
}

/** Validates a wire document (`format: "mittari/1"`) given as the `data` property. */
export function loadFromDocument(doc: unknown): Dataset {
  const result = parseDataset(doc);
  if (result.success) return result.data;
  throw new LoadError({ code: 'schema', detail: result.error.message });
}
