import fs from 'node:fs';
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { WorkerTask } from './worker-task.ts';

/** What the pool posts to a worker, and what the worker answers. */
export interface TaskRequest {
  id: number;
  task: string;
  input: unknown;
}

export type TaskAnswer = { id: number; ok: true; value: unknown } | { id: number; ok: false; fault: string };

/** Posted once the worker has loaded its tasks: from then on, a task's time is its own. */
export const readySignal = 'ready';

/**
 * The worker thread's side: answers each request with its task's output, or with the fault when
 * the task throws (which the pool reports as a failure of the server, not of the input).
 */
export function serveWorkerTasks(tasks: readonly WorkerTask<never, unknown>[]): void {
  const port = parentPort;
  if (!port) throw new Error('serveWorkerTasks runs in a worker thread');
  yieldToMainThread();
  const byName = new Map(tasks.map((task) => [task.name, task]));
  port.on('message', async (request: TaskRequest) => {
    let answer: TaskAnswer;
    try {
      const task = byName.get(request.task);
      if (!task) throw new Error(`no worker task named ${request.task}`);
      answer = { id: request.id, ok: true, value: await task.run(request.input as never) };
    } catch (error) {
      answer = {
        id: request.id,
        ok: false,
        fault: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
    }
    port.postMessage(answer);
  });
  port.postMessage(readySignal);
}

/**
 * Lowers this thread's scheduling priority (nice +10), so that when the cores are all busy the
 * main thread, which answers every request, runs first and the workers take what is left: on a
 * two-core machine two busy workers otherwise delayed /health by up to 170 ms. Linux schedules
 * threads as tasks of their own, and setpriority on a thread's id applies to that thread alone;
 * elsewhere (no /proc/thread-self) the thread keeps the process's priority.
 */
function yieldToMainThread(): void {
  try {
    const threadId = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId > 0)
      os.setPriority(threadId, Math.min(19, os.getPriority(threadId) + 10));
  } catch {
    // not Linux, or not allowed: the same priority as the main thread
  }
}
