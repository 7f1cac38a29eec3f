import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { Metrics } from '../../../platform/metrics/metrics.ts';
import { workerEntry } from '../../../platform/workers/worker-entry.ts';
import type { ReceiptKeyMaterial } from './receipt-signer.ts';
import type { CheckedSubmission, Registrar } from './register-batch.ts';
import { errorFromWire, type FromRegistrar, type ToRegistrar } from './registrar-wire.ts';
import type { SubmissionAnswer } from './submit-declaration.ts';

export interface ThreadRegistrar extends Registrar {
  /** Starts the thread ahead of the first submission, which would otherwise wait for it to load; returns at once. */
  warmUp(): void;
  /** Registers and answers what was given, then ends the thread and its connections. */
  close(): Promise<void>;
}

export interface ThreadRegistrarOptions {
  connection: { connectionString: string; searchPath?: string };
  publicUrl: string;
  receiptKey: () => Promise<ReceiptKeyMaterial>;
  /** registers on the main thread when the thread cannot open its connections, and after close */
  fallback: Registrar;
  metrics?: Pick<Metrics, 'registrationBatch'>;
  logger?: Pick<Logger, 'warn' | 'error'>;
}

/**
 * The registrar on a thread of its own (issue 20 point 6). A registering batch is a chain of round
 * trips to PostgreSQL, and the counters are held from the serials to the commit. On the main
 * thread each answer waited its turn behind every request's HTTP, JSON, signature check and
 * control: measured under load, 5–6 ms for the serials' statement, which PostgreSQL runs in
 * 0.07 ms, and 40 ms for a batch of 12. Here the batches run on their own event loop, with
 * connections of their own (registrar-host.ts); the main thread posts each checked submission and
 * gets its answer, or its error, back. The thread starts once the server is ready (`warmUp`), or
 * with the first submission if that comes sooner. When it cannot open, the main thread registers
 * as before; when it stops, the submissions it held fail (their transaction was rolled back or
 * committed: a retry with the same idempotency key answers either way) and the next submission
 * starts another. It is one stateful thread with connections of its own, not a task of the worker
 * pool (platform/workers/), whose threads run stateless tasks at a lowered priority.
 */
export function createThreadRegistrar(options: ThreadRegistrarOptions): ThreadRegistrar {
  let thread: Promise<RunningThread | null> | undefined;
  let closed = false;

  const start = (): Promise<RunningThread | null> =>
    openThread(options).catch((error: unknown) => {
      options.logger?.warn(
        { err: error },
        'the registrar thread did not open; submissions are registered on the main thread',
      );
      return null;
    });

  return {
    warmUp() {
      if (!closed) thread ??= start();
    },
    async register(submission) {
      if (closed) return options.fallback.register(submission);
      thread ??= start();
      let running = await thread;
      if (running?.stopped) {
        // it stopped without being closed: another is started
        thread = start();
        running = await thread;
      }
      if (!running) return options.fallback.register(submission);
      return running.register(submission);
    },
    async close() {
      closed = true;
      const running = await thread;
      await running?.close();
    },
  };
}

interface RunningThread {
  stopped: boolean;
  register(submission: CheckedSubmission): Promise<SubmissionAnswer>;
  close(): Promise<void>;
}

async function openThread(options: ThreadRegistrarOptions): Promise<RunningThread> {
  const receiptKey = await options.receiptKey();
  const entry = workerEntry('registrar');
  const worker = new Worker(entry.url, { ...entry.options, name: 'registrar' });
  // A process that ends without closing it (a test that forgot) is not held open by the thread.
  worker.unref();
  const post = (message: ToRegistrar) => worker.postMessage(message);
  const pending = new Map<number, { resolve: (answer: SubmissionAnswer) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let onClosed: () => void = () => {};
  const running: RunningThread = {
    stopped: false,
    register(submission) {
      const id = nextId++;
      return new Promise<SubmissionAnswer>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        post({ kind: 'register', id, submission });
      });
    },
    close() {
      if (running.stopped) return Promise.resolve();
      return new Promise<void>((resolve) => {
        onClosed = resolve;
        post({ kind: 'close' });
      });
    },
  };
  const stop = (error: Error) => {
    running.stopped = true;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    onClosed();
  };

  await new Promise<void>((opened, failed) => {
    worker.on('message', (message: FromRegistrar) => {
      switch (message.kind) {
        case 'opened':
          return opened();
        case 'not-opened':
          void worker.terminate();
          return failed(new Error(message.message));
        case 'answer':
          pending.get(message.id)?.resolve(message.answer);
          pending.delete(message.id);
          return;
        case 'refused':
          pending.get(message.id)?.reject(errorFromWire(message.error));
          pending.delete(message.id);
          return;
        case 'batch':
          options.metrics?.registrationBatch(message.size, message.seconds);
          return;
        case 'closed':
          running.stopped = true;
          onClosed();
          return;
      }
    });
    worker.on('error', (error) => {
      options.logger?.error({ err: error }, 'the registrar thread failed');
      stop(error);
      failed(error);
    });
    worker.on('exit', (code) => {
      stop(new Error(`the registrar thread exited (code ${code})`));
      failed(new Error(`the registrar thread exited before it opened (code ${code})`));
    });
    post({
      kind: 'open',
      connectionString: options.connection.connectionString,
      ...(options.connection.searchPath !== undefined && { searchPath: options.connection.searchPath }),
      publicUrl: options.publicUrl,
      receiptKey,
    });
  });
  return running;
}
