import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '@mittari/core';
import { isDataset, isDatasetDocument } from './dataset-guard.js';
import type { LoadFailure, LoadState } from './load-state.js';
import { isSourceProvider } from './source-provider.js';
import type { LoadError } from './load-remote.js';

/** Where an element's data comes from; the first one given wins, in this order. */
export interface DataInput {
  readonly data?: unknown;
  readonly src?: string | undefined;
  readonly source?: string | undefined;
}

type Host = ReactiveControllerHost & HTMLElement;

function failure(error: unknown, what: string | undefined): LoadFailure {
  const f = (error as { failure?: LoadFailure } | null)?.failure;
  if (f) return f;
  const { code, status } = (error ?? {}) as { code?: unknown; status?: unknown };
  return {
    code: typeof code === 'string' ? code : 'generic',
    ...(what !== undefined ? { what } : {}),
    // The message names the server's answer ("virheellä 400"): without it the sentence ends blank.
    ...(typeof status === 'number' ? { status } : {}),
    detail: error instanceof Error ? error.message : String(error),
  };
}

/** Resolves once the document has been parsed, so a `<mittari-source>` written after an element is found. */
function documentParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  );
}

/**
 * Loads the dataset an element is given — a `data` property (an in-memory core `Dataset` or a
 * wire document), a `src` URL or a `source` id naming a `<mittari-source>` — through the page's
 * shared client, and keeps {@link DataController.state} current. Reloads when the input
 * changes, aborts on disconnect, ignores stale answers. An element-specific plain object in
 * `data` leaves the state `idle`: the element reads it itself.
 *
 * @example
 * ```ts
 * #loader = new DataController(this, () => ({ data: this.data, src: this.src, source: this.source }));
 * ```
 */
export class DataController implements ReactiveController {
  readonly #host: Host;
  readonly #input: () => DataInput;
  #state: LoadState = { kind: 'idle' };
  #last: DataInput | undefined;
  #abort: AbortController | undefined;
  #generation = 0;

  constructor(host: Host, input: () => DataInput) {
    this.#host = host;
    this.#input = input;
    host.addController(this);
  }

  /** The current load state. */
  get state(): LoadState {
    return this.#state;
  }

  /** The loaded dataset, when ready. */
  get dataset(): Dataset | undefined {
    return this.#state.kind === 'ready' ? this.#state.dataset : undefined;
  }

  hostConnected(): void {
    // A reconnected element (moved in the DOM) loads again: its last load was aborted.
    this.#last = undefined;
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    if (this.#state.kind === 'loading') this.#last = undefined;
  }

  hostUpdate(): void {
    this.sync();
  }

  /**
   * Starts a load when the input changed since the last call. Lit runs `willUpdate` before
   * controllers' `hostUpdate`, so elements call this first thing in `willUpdate` to see the
   * state their render will use.
   */
  sync(): void {
    const input = this.#input();
    const last = this.#last;
    if (last && last.data === input.data && last.src === input.src && last.source === input.source) return;
    this.#last = { data: input.data, src: input.src, source: input.source };
    this.#start(input);
  }

  /** Loads again (the retry button). */
  retry(): void {
    this.#last = undefined;
    this.#host.requestUpdate();
  }

  #set(state: LoadState, generation: number): void {
    if (generation !== this.#generation) return;
    this.#state = state;
    this.#host.requestUpdate();
  }

  #start(input: DataInput): void {
    this.#abort?.abort();
    const generation = ++this.#generation;
    if (input.data !== undefined && input.data !== null) {
      if (isDataset(input.data)) {
        this.#state = { kind: 'ready', dataset: input.data };
        return;
      }
      if (!isDatasetDocument(input.data)) {
        this.#state = { kind: 'idle' };
        return;
      }
    } else if (!input.src && !input.source) {
      this.#state = { kind: 'idle' };
      return;
    }
    const abort = new AbortController();
    this.#abort = abort;
    this.#state = { kind: 'loading' };
    const what = input.src ?? (input.source ? `#${input.source}` : undefined);
    this.#load(input, abort.signal).then(
      (dataset) => this.#set({ kind: 'ready', dataset }, generation),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        this.#set({ kind: 'error', failure: failure(error, what) }, generation);
      },
    );
  }

  async #load(input: DataInput, signal: AbortSignal): Promise<Dataset> {
    const remote = await import('./load-remote.js');
    if (input.data !== undefined && input.data !== null) return remote.loadFromDocument(input.data);
    if (input.src) return remote.loadFromUrl(input.src, signal);
    const id = input.source ?? '';
    const provider = await this.#findSource(id, remote.LoadError);
    const descriptor = await provider.descriptor();
    return remote.loadFromDescriptor(descriptor, signal);
  }

  async #findSource(id: string, LoadErrorClass: typeof LoadError) {
    const find = () => {
      const root = this.#host.getRootNode() as Document | ShadowRoot;
      return root.getElementById?.(id) ?? document.getElementById(id);
    };
    let el = find();
    if (!el) {
      await documentParsed();
      el = find();
    }
    if (el && el.localName === 'mittari-source') await customElements.whenDefined('mittari-source');
    if (!isSourceProvider(el)) throw new LoadErrorClass({ code: 'no-source', what: id });
    return el;
  }
}
