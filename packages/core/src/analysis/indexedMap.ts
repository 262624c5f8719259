/**
 * A read-only map from ids to the items of an array, backed by an index that already exists, so a
 * large analysis does not build a second hash table of the same keys.
 */
export class IndexedMap<V> implements ReadonlyMap<string, V> {
  readonly #index: ReadonlyMap<string, number>;
  readonly #items: readonly V[];

  constructor(index: ReadonlyMap<string, number>, items: readonly V[]) {
    this.#index = index;
    this.#items = items;
  }

  get size(): number {
    return this.#index.size;
  }

  get(key: string): V | undefined {
    const i = this.#index.get(key);
    return i === undefined ? undefined : this.#items[i];
  }

  has(key: string): boolean {
    return this.#index.has(key);
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  *entries(): MapIterator<[string, V]> {
    for (const [key, i] of this.#index) yield [key, this.#items[i] as V];
  }

  keys(): MapIterator<string> {
    return this.#index.keys();
  }

  *values(): MapIterator<V> {
    for (const i of this.#index.values()) yield this.#items[i] as V;
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}
