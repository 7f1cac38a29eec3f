import type { Logger } from 'pino';

export interface RepeatingJob {
  /** Stops the timers and waits for a run under way to end. */
  stop(): Promise<void>;
}

export interface RepeatingJobOptions {
  /** One run: answers how many things it did (logged when more than none). */
  run: () => Promise<number>;
  logger: Logger;
  everyMs: number;
  /** The first run comes this long after start: a starting node does its own work first. */
  firstAfterMs?: number;
  /** What the log says after a run that did something, and after one that failed. */
  done: string;
  failed: string;
}

/**
 * A job run every `everyMs` and once shortly after start, never two runs at once in one process.
 * A failed run is logged and the next one tries again. Runs on several nodes are made safe by the
 * job itself (it takes its rows with `FOR UPDATE SKIP LOCKED` or marks them done once).
 */
export function startRepeatingJob(options: RepeatingJobOptions): RepeatingJob {
  const { logger } = options;
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = () => {
    if (stopped || running) return;
    running = options
      .run()
      .then((count) => {
        if (count > 0) logger.info({ count }, options.done);
      })
      .catch((error: unknown) => logger.error({ err: error }, options.failed))
      .finally(() => {
        running = undefined;
      });
  };
  const first = setTimeout(tick, options.firstAfterMs ?? 30_000);
  const timer = setInterval(tick, options.everyMs);
  first.unref();
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}

/**
 * Works off a backlog in batches, each batch in its own transaction (`batch` takes up to `size`
 * and answers what it did), until a batch comes back short. Answers everything done.
 */
export async function inBatches<T>(size: number, batch: () => Promise<T[]>): Promise<T[]> {
  const done: T[] = [];
  for (;;) {
    const taken = await batch();
    done.push(...taken);
    if (taken.length < size) return done;
  }
}
