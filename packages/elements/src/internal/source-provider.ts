/**
 * What `<mittari-source>` offers the data-loading controller, declared here so internal code
 * never imports an element class. `descriptor()` resolves to a validated client source
 * descriptor or rejects with a {@link LoadFailure}-shaped object.
 */
export interface SourceProvider extends Element {
  descriptor(): Promise<unknown>;
}

/** Whether `el` is a `<mittari-source>` (or anything offering the same contract). */
export function isSourceProvider(el: Element | null): el is SourceProvider {
  return el !== null && typeof (el as Partial<SourceProvider>).descriptor === 'function';
}
