/**
 * A short-lived memory of serialised reference answers, for the routes on the hot path (TN VED
 * search: issue 5 point 6). Declarants search the same few hundred words and codes all day; an
 * answer is kept for `ttlMs` and at most `capacity` answers are kept (the oldest go first).
 * Reference data changes by imports, on any node or from the command line: callers put the data's
 * change generation (platform/db/change-feed.ts) in the key, so a change is answered anew at once,
 * and an answer is in any case at most `ttlMs` old, the bound of the copies' own look for changes.
 */
export interface CachedAnswer {
  json: string;
  etag: string;
}

export class AnswerCache {
  private readonly entries = new Map<string, { answer: CachedAnswer; storedAt: number }>();

  constructor(
    private readonly capacity: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.storedAt >= this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    // Map order is insertion order: re-inserting marks the entry as recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.answer;
  }

  set(key: string, answer: CachedAnswer): void {
    this.entries.delete(key);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { answer, storedAt: this.now() });
  }

  clear(): void {
    this.entries.clear();
  }
}
