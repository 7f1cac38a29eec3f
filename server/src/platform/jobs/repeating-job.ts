import type { Logger } from 'pino';
import { type Clock, systemClock } from '../clock.ts';
import type { Queryable } from '../db/database.ts';
import { failRun, finishRun, type JobRun, nodeName, takeRun } from './job-runs.ts';

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
  /**
   * Run by one node of several for each period of `everyMs` (counted from the epoch): the job's
   * name and the database its runs are claimed in (job-runs.ts). Without it every process runs it.
   */
  onceAcrossNodes?: { job: string; db: Queryable; clock?: Clock };
}

/**
 * A job run every `everyMs` and once shortly after start, never two runs at once in one process.
 * A failed run is logged and the next one tries again. With `onceAcrossNodes`, of the nodes whose
 * timers come round in one period only the first to claim it runs (the others find it taken or
 * done); a run that fails gives the period back, for the next node's tick. The jobs are safe to
 * run twice anyway (they take their rows with `FOR UPDATE SKIP LOCKED` or mark them done once):
 * the claim saves the repeated work and says which node ran.
 */
export function startRepeatingJob(options: RepeatingJobOptions): RepeatingJob {
  const { logger, onceAcrossNodes: shared } = options;
  const node = nodeName();
  let running: Promise<void> | undefined;
  let stopped = false;
  const runOnce = async (): Promise<number> => {
    if (!shared) return options.run();
    const clock = shared.clock ?? systemClock;
    const now = clock.now();
    const run: JobRun = {
      job: shared.job,
      dueAt: new Date(Math.floor(now.getTime() / options.everyMs) * options.everyMs),
    };
    if ((await takeRun(shared.db, run, node, { now, leaseMs: options.everyMs })) !== 'taken') return 0;
    try {
      const count = await options.run();
      await finishRun(shared.db, run, node, clock.now());
      return count;
    } catch (error) {
      await failRun(shared.db, run, node, clock.now(), error).catch(() => {});
      throw error;
    }
  };
  const tick = () => {
    if (stopped || running) return;
    running = runOnce()
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
