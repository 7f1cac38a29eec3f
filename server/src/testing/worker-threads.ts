import { workerEntry } from '../platform/workers/worker-entry.ts';
import { createWorkerPool } from '../platform/workers/worker-pool.ts';
import type { TaskRunner } from '../platform/workers/worker-task.ts';
import { capturingLogger } from './logger.ts';

/** The server's worker threads as a test holds them: the runner, and the name of every task it was given. */
export type RecordingWorkerThreads = TaskRunner & { readonly tasks: readonly string[] };

/**
 * The server's own worker threads for a test file, started from the sources as `npm run dev`
 * starts them, with a time limit a loaded test machine still meets. Each task handed to them is
 * recorded by name, so a test reads there that a piece of work (a PDF, an upload) went to a
 * thread instead of running on the one that answers requests. The file closes them after its tests.
 */
export function recordingWorkerThreads(): RecordingWorkerThreads {
  const pool = createWorkerPool({
    threads: 1,
    taskTimeoutMs: 60_000,
    queueLimit: 8,
    logger: capturingLogger().logger,
    entry: workerEntry(),
  });
  const tasks: string[] = [];
  return {
    tasks,
    run(task, input) {
      tasks.push(task.name);
      return pool.run(task, input);
    },
    warmUp: () => pool.warmUp(),
    close: () => pool.close(),
  };
}
