import { afterAll, describe, expect, it } from 'vitest';
import { printOn } from '../../../platform/pdf/index.ts';
import { workerEntry } from '../../../platform/workers/worker-entry.ts';
import { createWorkerPool } from '../../../platform/workers/worker-pool.ts';
import { capturingLogger } from '../../../testing/logger.ts';
import { readPdf } from '../../../testing/pdf-text.ts';
import { demoDocument } from '../demo/demo-document.ts';
import { printDeclarationTask } from './print-task.ts';

const facts = {
  language: 'ru' as const,
  registrationNumber: '75101/020326/0000042',
  customsOffice: '75101',
  registeredAt: '2026-03-02T05:00:00Z',
};
const goods = (items: number) =>
  demoDocument('goods', { items, declarant: '050540001242', office: '75101', date: '2026-03-02' });
const pool = (taskTimeoutMs: number) =>
  createWorkerPool({
    threads: 1,
    taskTimeoutMs,
    queueLimit: 2,
    logger: capturingLogger().logger,
    entry: workerEntry(),
  });

// The server's own worker threads, started from the sources as `npm run dev` starts them.
const roomy = pool(120_000);
const hasty = pool(1);
afterAll(() => Promise.all([roomy.close(), hasty.close()]));

describe('a declaration printed on a worker thread (ACC-19)', () => {
  it('gives the same form as in place: the sheets of a goods declaration with its registration number', async () => {
    const pdf = await printOn(roomy, printDeclarationTask, { kind: 'goods', document: goods(4), facts });
    const { pages } = await readPdf(pdf);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('75101/020326/0000042');
  }, 120_000);

  it('answers PRINT_TIMED_OUT when the task outlives its time (WORKER_TASK_TIMEOUT_MS)', async () => {
    await expect(
      printOn(hasty, printDeclarationTask, { kind: 'goods', document: goods(999), facts }),
    ).rejects.toMatchObject({ code: 'PRINT_TIMED_OUT', status: 422 });
  }, 120_000);
});
