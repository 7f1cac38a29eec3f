/**
 * A small least-recently-used map. A Map keeps insertion order, so re-inserting on every hit
 * makes its first key the least recently used one.
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();
  /**
   * The most recently used key, which is already last in `entries`: a hit on it (the same signer
   * again, the usual case) needs no re-insertion. Re-inserting costs a delete and a set, and
   * every few of those make the Map rebuild its table, garbage for the collector.
   */
  private newest: K | undefined = undefined;
  private hasNewest = false;
  hits = 0;
  misses = 0;

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError('an LRU cache needs a capacity of at least 1');
  }

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    if (!this.hasNewest || this.newest !== key) {
      this.entries.delete(key);
      this.entries.set(key, value);
      this.newest = key;
      this.hasNewest = true;
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    this.newest = key;
    this.hasNewest = true;
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
    this.newest = undefined;
    this.hasNewest = false;
    this.hits = 0;
    this.misses = 0;
  }
}
