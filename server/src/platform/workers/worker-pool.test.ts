import { afterEach, describe, expect, it, vi } from 'vitest';
import { capturingLogger } from '../../testing/logger.ts';
import { AppError } from '../errors.ts';
import { echoTask, hoardTask, spinTask, throwTask } from './test-tasks.ts';
import { workerEntry } from './worker-entry.ts';
import { createWorkerPool, type WorkerPoolOptions } from './worker-pool.ts';
import type { TaskRunner } from './worker-task.ts';

/** The pool on real worker threads, loading test-tasks.worker.ts from its sources as the server's worker loads. */
const sourcesEntry = workerEntry();
const entry = {
  url: sourcesEntry.url,
  options: { workerData: { entry: new URL('./test-tasks.worker.ts', import.meta.url).href } },
};

const pools: TaskRunner[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

function pool(options: Partial<WorkerPoolOptions> = {}) {
  const logs = capturingLogger();
  const made = createWorkerPool({
    threads: 1,
    taskTimeoutMs: 5_000,
    queueLimit: 4,
    logger: logs.logger,
    entry,
    ...options,
  });
  pools.push(made);
  return { pool: made, logs };
}

const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe('the worker pool (one request must never stall everyone)', () => {
  it('runs tasks on its threads and hands back structured data', async () => {
    const { pool: workers } = pool({ threads: 2 });
    const bytes = new Uint8Array([1, 2, 3]);
    const when = new Date('2026-01-02T03:04:05Z');
    expect(await workers.run(echoTask, { value: { bytes, when, text: 'қазақша' } })).toEqual({
      bytes,
      when,
      text: 'қазақша',
    });
  }, 60_000);

  it('keeps the event loop free while a task works', async () => {
    const { pool: workers } = pool();
    await workers.run(echoTask, { value: 'warm' });
    const spinning = workers.run(spinTask, { ms: 600 });
    const started = performance.now();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    await spinning;
    clearInterval(timer);
    // 600 ms of work elsewhere: the timer here kept firing (it could not fire once if the work were here)
    expect(ticks).toBeGreaterThan(10);
    expect(performance.now() - started).toBeGreaterThanOrEqual(590);
  }, 60_000);

  it('ends a task over its time limit with its thread: DOCUMENT_TOO_COMPLEX (422), and a new thread serves the next', async () => {
    const { pool: workers, logs } = pool({ taskTimeoutMs: 300 });
    await workers.run(echoTask, { value: 'warm' });
    const started = performance.now();
    const error = await refusal(workers.run(spinTask, { ms: 60_000 }));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(error).toMatchObject({ code: 'DOCUMENT_TOO_COMPLEX', status: 422, params: { seconds: 1 } });
    expect(error.messageIn('kk')).toContain('1 секунд');
    expect(logs.lines().some((line) => line.msg === 'worker task over its time limit: its thread is ended')).toBe(true);
    expect(await workers.run(echoTask, { value: 'after' })).toBe('after');
  }, 60_000);

  it('refuses a task beyond the queue with SERVER_BUSY (503) and Retry-After, and runs those it accepted', async () => {
    const { pool: workers } = pool({ queueLimit: 2 });
    await workers.run(echoTask, { value: 'warm' });
    const accepted = [0, 1, 2].map(() => workers.run(spinTask, { ms: 100 })); // one running, two waiting
    const error = await refusal(workers.run(spinTask, { ms: 100 }));
    expect(error).toMatchObject({ code: 'SERVER_BUSY', status: 503 });
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(await Promise.all(accepted)).toEqual([100, 100, 100]);
  }, 60_000);

  it('bounds each thread’s heap: a task that outgrows it is refused like a slow one, and the pool goes on', async () => {
    const { pool: workers } = pool({ maxHeapMb: 64 });
    expect(await refusal(workers.run(hoardTask, undefined))).toMatchObject({ code: 'DOCUMENT_TOO_COMPLEX' });
    expect(await workers.run(echoTask, { value: 'after' })).toBe('after');
  }, 60_000);

  it('reports a task that throws as a fault of the server, not of the input', async () => {
    const { pool: workers } = pool();
    await expect(workers.run(throwTask, undefined)).rejects.toThrow(/worker task test.throw failed: Error: a fault/);
    expect(await workers.run(echoTask, { value: 'after' })).toBe('after');
  }, 60_000);

  it('refuses what is queued, and anything after, once closed', async () => {
    const { pool: workers } = pool();
    const running = refusal(workers.run(spinTask, { ms: 2_000 }));
    const waiting = refusal(workers.run(echoTask, { value: 'never' }));
    await workers.close();
    expect(await running).toMatchObject({ code: 'SHUTTING_DOWN' });
    expect(await waiting).toMatchObject({ code: 'SHUTTING_DOWN' });
    expect(await refusal(workers.run(echoTask, { value: 'late' }))).toMatchObject({ code: 'SHUTTING_DOWN' });
  }, 60_000);

  it('finishes the tasks it was given before it closes, when a shutdown asks it to, and refuses new ones meanwhile (issue 20 point 4)', async () => {
    const { pool: workers } = pool();
    const running = workers.run(spinTask, { ms: 300 });
    const waiting = workers.run(echoTask, { value: 'answered' });
    expect(workers.load?.()).toMatchObject({ queued: 2 });
    const closing = workers.close({ finishTasks: true });
    expect(await refusal(workers.run(echoTask, { value: 'late' }))).toMatchObject({ code: 'SHUTTING_DOWN' });
    expect(await running).toBe(300);
    expect(await waiting).toBe('answered');
    await closing;
    expect(workers.load?.()).toEqual({ threads: 0, busy: 0, queued: 0 });
  }, 60_000);

  it('tells how busy it is: threads, those running a task, tasks waiting (issue 20 point 4)', async () => {
    const { pool: workers } = pool({ threads: 1 });
    await workers.run(echoTask, { value: 'warm' });
    expect(workers.load?.()).toEqual({ threads: 1, busy: 0, queued: 0 });
    const spinning = workers.run(spinTask, { ms: 300 });
    const behind = workers.run(echoTask, { value: 'behind' });
    await vi.waitFor(() => expect(workers.load?.()).toEqual({ threads: 1, busy: 1, queued: 1 }));
    await Promise.all([spinning, behind]);
    expect(workers.load?.()).toEqual({ threads: 1, busy: 0, queued: 0 });
  }, 60_000);
});
