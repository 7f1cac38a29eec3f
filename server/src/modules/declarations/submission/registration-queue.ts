/**
 * Registrations waiting to be committed, taken together (issue 6 point 16). An office's numbers
 * are gapless, so its serials are taken under one counter row's lock held to the commit:
 * registered one by one, an office could not register faster than one durable commit after
 * another, and every registration would pay a commit of its own. Here a queue has at most one
 * registering transaction in flight from this process; whatever arrives meanwhile waits and goes
 * into the next one, so one commit registers everything that queued behind it. If a batch fails,
 * its items are registered each alone, so one bad item fails only itself.
 */
export interface RegistrationQueue<Item, Result> {
  /** Registers `item` in its queue's next batch; resolves with its own result or rejects with its own error. */
  register(key: string, item: Item): Promise<Result>;
}

interface Waiting<Item, Result> {
  item: Item;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * `registerBatch` runs one transaction for all the given items and returns their results in
 * order. Up to `inFlight` batches of a queue run at once: the next one does its part that needs
 * no number while the one before holds the counters to its commit.
 */
export function createRegistrationQueue<Item, Result>(
  registerBatch: (items: Item[]) => Promise<Result[]>,
  options: { maxBatch: number; inFlight: number },
): RegistrationQueue<Item, Result> {
  const queues = new Map<string, { waiting: Waiting<Item, Result>[]; running: number }>();

  async function run(batch: Waiting<Item, Result>[]): Promise<void> {
    try {
      const results = await registerBatch(batch.map((w) => w.item));
      batch.forEach((w, index) => w.resolve(results[index]!));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
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

  function pump(key: string): void {
    const queue = queues.get(key)!;
    while (queue.waiting.length > 0 && queue.running < options.inFlight) {
      const batch = queue.waiting.splice(0, options.maxBatch);
      queue.running++;
      void run(batch).finally(() => {
        queue.running--;
        if (queue.waiting.length === 0 && queue.running === 0) queues.delete(key);
        else pump(key);
      });
    }
  }

  return {
    register(key, item) {
      return new Promise<Result>((resolve, reject) => {
        let queue = queues.get(key);
        if (!queue) {
          queue = { waiting: [], running: 0 };
          queues.set(key, queue);
        }
        queue.waiting.push({ item, resolve, reject });
        pump(key);
      });
    },
  };
}
