import { AsyncResource } from 'node:async_hooks';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { Logger } from 'pino';
import { PlatformErrors } from '../errors.ts';
import { outsideRequests } from '../request-scope.ts';
import { readySignal, type TaskAnswer, type TaskRequest } from './worker-host.ts';
import type { TaskRunner, WorkerLoad, WorkerTask } from './worker-task.ts';

export interface WorkerPoolOptions {
  /** Threads at most; they start on first need (or `warmUp`) and are replaced when one is ended. */
  threads: number;
  /** A task running longer ends its thread; the caller gets DOCUMENT_TOO_COMPLEX (422). */
  taskTimeoutMs: number;
  /** Tasks waiting for a thread at most; one more is refused with SERVER_BUSY (503, Retry-After). */
  queueLimit: number;
  logger: Logger;
  /** The worker's entry and options (worker-entry.ts gives the server's). */
  entry: { url: URL; options: WorkerOptions };
  /** Heap of one worker: a document that needs more ends its thread like one that takes too long. */
  maxHeapMb?: number;
}

interface Job {
  id: number;
  task: string;
  input: unknown;
  /** The work that gave the task (a request): what is logged of the task is logged in its name. */
  origin: AsyncResource;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  startedAt: number;
}

/**
 * Worker threads for work that would otherwise hold the event loop: parsing and checking large
 * signed documents. Every bound is the pool's: a task's time (its thread is terminated and a new
 * one started), the queue's length (503 with Retry-After), each thread's heap. The threads hold
 * no state of their own beyond caches, so ending one loses nothing.
 */
export function createWorkerPool(options: WorkerPoolOptions): TaskRunner {
  const { threads: size, taskTimeoutMs, queueLimit, logger, entry } = options;
  const threads: Thread[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;
  // Told when the last task given has ended: a closing pool that finishes its tasks waits for it.
  let drained: (() => void) | undefined;
  // Recent task durations, for an honest Retry-After.
  let averageMs = 50;

  function start(): Thread {
    // A thread serves every request after the one that started it: its events belong to none.
    const worker = outsideRequests(
      () =>
        new Worker(entry.url, {
          ...entry.options,
          resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 512 },
        }),
    );
    worker.unref();
    const thread: Thread = { worker, ready: false, job: null, timer: null, startedAt: 0 };
    worker.on('message', (message: TaskAnswer | typeof readySignal) => {
      if (message === readySignal) {
        thread.ready = true;
        dispatch();
        return;
      }
      const job = thread.job;
      if (!job || job.id !== message.id) return;
      finish(thread);
      averageMs = averageMs * 0.8 + (performance.now() - thread.startedAt) * 0.2;
      if (message.ok) job.resolve(message.value);
      else job.reject(new Error(`worker task ${job.task} failed: ${message.fault}`));
      dispatch();
    });
    worker.on('error', (error) => {
      // A thread out of heap ends with ERR_WORKER_OUT_OF_MEMORY: the document's fault, like a timeout.
      const tooBig = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      if (!tooBig) logger.error({ err: error }, 'worker thread failed');
      // A thread that cannot even start would fail again at once: the waiting tasks fail with it,
      // and the next task tries a new thread.
      if (!thread.ready) for (const job of queue.splice(0)) job.reject(error);
      end(thread, tooBig ? tooComplex() : error);
    });
    worker.on('exit', () => end(thread, new Error('worker thread exited')));
    threads.push(thread);
    return thread;
  }

  function finish(thread: Thread) {
    if (thread.timer) clearTimeout(thread.timer);
    thread.timer = null;
    thread.job = null;
  }

  /** The thread is gone (ended by us or by itself): its job fails with `reason`, and a new thread may start. */
  function end(thread: Thread, reason: unknown): Promise<unknown> {
    const index = threads.indexOf(thread);
    if (index === -1) return Promise.resolve();
    threads.splice(index, 1);
    const job = thread.job;
    finish(thread);
    job?.reject(reason);
    const ended = thread.worker.terminate();
    if (!closed || drained) dispatch();
    return ended;
  }

  function tooComplex() {
    return PlatformErrors.DOCUMENT_TOO_COMPLEX({ seconds: Math.ceil(taskTimeoutMs / 1000) });
  }

  function dispatch() {
    if (drained && queue.length === 0 && threads.every((thread) => !thread.job)) drained();
    while (queue.length > 0) {
      const idle = threads.find((thread) => thread.ready && !thread.job);
      if (!idle) {
        // As many new threads as there are tasks no starting thread will take, up to the size.
        const starting = threads.filter((thread) => !thread.ready).length;
        for (let more = queue.length - starting; more > 0 && threads.length < size; more--) start();
        return;
      }
      const job = queue.shift()!;
      idle.job = job;
      idle.startedAt = performance.now();
      idle.timer = setTimeout(() => {
        job.origin.runInAsyncScope(() =>
          logger.warn({ task: job.task, ms: taskTimeoutMs }, 'worker task over its time limit: its thread is ended'),
        );
        end(idle, tooComplex());
      }, taskTimeoutMs);
      const request: TaskRequest = { id: job.id, task: job.task, input: job.input };
      idle.worker.postMessage(request);
    }
  }

  return {
    run<Input, Output>(task: WorkerTask<Input, Output>, input: Input): Promise<Output> {
      if (closed) return Promise.reject(PlatformErrors.SHUTTING_DOWN());
      if (queue.length >= queueLimit) {
        const seconds = Math.max(1, Math.ceil((averageMs * (queue.length + 1)) / size / 1000));
        return Promise.reject(PlatformErrors.SERVER_BUSY({ seconds }, { retryAfterSeconds: seconds }));
      }
      return new Promise<Output>((resolve, reject) => {
        queue.push({
          id: nextId++,
          task: task.name,
          input,
          origin: new AsyncResource('shekara.worker-task'),
          resolve: resolve as (value: unknown) => void,
          reject,
        });
        dispatch();
      });
    },

    warmUp() {
      while (!closed && threads.length < size) start();
    },

    async close(options = {}) {
      closed = true;
      if (options.finishTasks && (queue.length > 0 || threads.some((thread) => thread.job))) {
        // Every task ends, one way or another, within its time limit: answered, failed or ended.
        await new Promise<void>((resolve) => {
          drained = resolve;
        });
      }
      for (const job of queue.splice(0)) job.reject(PlatformErrors.SHUTTING_DOWN());
      await Promise.all([...threads].map((thread) => end(thread, PlatformErrors.SHUTTING_DOWN())));
    },

    load(): WorkerLoad {
      return { threads: threads.length, busy: threads.filter((thread) => thread.job).length, queued: queue.length };
    },
  };
}
