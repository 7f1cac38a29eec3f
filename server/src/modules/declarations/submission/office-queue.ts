/**
 * Registrations waiting for one office's day, taken together (issue 6 point 16). An office's
 * numbers are gapless, so its serials are taken under one counter row's lock held to the commit:
 * registered one by one, an office could not register faster than one durable commit after
 * another. Here each office-day has at most one registering transaction in flight from this
 * process; whatever arrives meanwhile waits and goes into the next one, so one commit numbers
 * everything that queued behind it. If a batch fails, its items are registered each alone, so one
 * bad item fails only itself.
 */
export interface OfficeQueue<Item, Result> {
  /** Registers `item` in its office-day's next batch; resolves with its own result or rejects with its own error. */
  register(officeDay: string, item: Item): Promise<Result>;
}

interface Waiting<Item, Result> {
  item: Item;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/** `registerBatch` runs one transaction for all the given items and returns their results in order. */
export function createOfficeQueue<Item, Result>(registerBatch: (items: Item[]) => Promise<Result[]>, options: { maxBatch: number }): OfficeQueue<Item, Result> {
  const queues = new Map<string, Waiting<Item, Result>[]>();

  async function drain(officeDay: string, waiting: Waiting<Item, Result>[]): Promise<void> {
    while (waiting.length > 0) {
      const batch = waiting.splice(0, options.maxBatch);
      try {
        const results = await registerBatch(batch.map((w) => w.item));
        batch.forEach((w, index) => w.resolve(results[index]!));
      } catch (error) {
        if (batch.length === 1) {
          batch[0]!.reject(error);
          continue;
        }
        // Nothing of the batch was committed: each item again on its own, so only the bad one fails.
        for (const w of batch) {
          await registerBatch([w.item]).then(
            (results) => w.resolve(results[0]!),
            (alone) => w.reject(alone),
          );
        }
      }
    }
    queues.delete(officeDay);
  }

  return {
    register(officeDay, item) {
      return new Promise<Result>((resolve, reject) => {
        const existing = queues.get(officeDay);
        if (existing) {
          existing.push({ item, resolve, reject });
          return;
        }
        const waiting = [{ item, resolve, reject }];
        queues.set(officeDay, waiting);
        void drain(officeDay, waiting);
      });
    },
  };
}
