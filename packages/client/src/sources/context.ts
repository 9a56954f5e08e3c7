import type { HttpRequest, StatusClassifier } from '../fetcher.js';

/** Per-request additions an adapter may ask for. */
export interface RequestExtras {
  readonly classify?: StatusClassifier;
  readonly schedule?: <T>(attempt: () => Promise<T>, signal: AbortSignal) => Promise<T>;
}

/** What an adapter gets from the client: requests made with the client's policy, and memory. */
export interface SourceContext {
  /** The parsed JSON body of a request (timeouts, retries, headers, deadline applied). */
  json(req: HttpRequest, signal: AbortSignal | undefined, extras?: RequestExtras): Promise<unknown>;
  /** The body text of a request. */
  text(req: HttpRequest, signal: AbortSignal | undefined, extras?: RequestExtras): Promise<string>;
  /** Loads a value once per key for the client's lifetime (server configuration, table metadata). */
  memo<T>(
    key: string,
    load: (signal: AbortSignal) => Promise<T>,
    signal: AbortSignal | undefined,
  ): Promise<T>;
}
