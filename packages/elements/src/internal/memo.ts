/**
 * The last value an element computed from its inputs, kept while every input is the same (by
 * identity): hover, focus and tooltips re-render an element without rebuilding its model,
 * scale, table or paths.
 *
 * @example
 * ```ts
 * readonly #model = new LastValue<AreaModel>();
 * model() { return this.#model.get([dataset, this.period], () => areaModel({ dataset, period: this.period })); }
 * ```
 */
export class LastValue<T> {
  #key: readonly unknown[] | undefined;
  #value: T | undefined;

  /** The value for `key`: the kept one when every part of `key` is the same, else `compute()`. */
  get(key: readonly unknown[], compute: () => T): T {
    const kept = this.#key;
    if (kept && kept.length === key.length && kept.every((k, i) => k === key[i])) return this.#value as T;
    const value = compute();
    this.#key = key;
    this.#value = value;
    return value;
  }
}
