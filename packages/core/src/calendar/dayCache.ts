const CHUNK_BITS = 10;
const CHUNK_SIZE = 1 << CHUNK_BITS;

/**
 * A lazily filled memo from whole numbers in `[0, size)` to values, kept in packed chunks of 1,024
 * slots. A plain array written at index 50,000 first would fall back to a slow dictionary; a Map
 * would hash every key. Keys outside the range, or not whole, are computed each time.
 */
export class DayCache<V> {
  readonly #size: number;
  readonly #chunks: (V | undefined)[][] = [];

  constructor(size: number) {
    this.#size = size;
  }

  /** The value for `key`, computed by `compute` once and then remembered. */
  get(key: number, compute: (key: number) => V): V {
    if (!(key >= 0 && key < this.#size && Number.isInteger(key))) return compute(key);
    const c = key >>> CHUNK_BITS;
    let chunk = this.#chunks[c];
    if (chunk === undefined) this.#chunks[c] = chunk = new Array<V | undefined>(CHUNK_SIZE).fill(undefined);
    const slot = key & (CHUNK_SIZE - 1);
    let value = chunk[slot];
    if (value === undefined) chunk[slot] = value = compute(key);
    return value;
  }
}
