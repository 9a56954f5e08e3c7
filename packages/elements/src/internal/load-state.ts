import type { Dataset } from '@mittari/core';

/** Why loading failed, in words a translated message can be chosen from. */
export interface LoadFailure {
  /** A `MittariError` code from the client, or an element-side reason. */
  readonly code: string;
  /** What failed: a URL or a source id, shown to the user so they can report it. */
  readonly what?: string;
  readonly status?: number;
  /** The original message, for developers (console / `error` property), not translated. */
  readonly detail?: string;
}

/** Where a data-driven element is: nothing asked yet, loading, loaded, or failed. */
export type LoadState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly dataset: Dataset }
  | { readonly kind: 'error'; readonly failure: LoadFailure };
