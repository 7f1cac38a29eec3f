import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { demoDocument } from '../server/src/modules/declarations/demo/demo-document.ts';
import { declarationForm } from '../server/src/modules/declarations/print/declaration-form.ts';
import { printDeclarationTask } from '../server/src/modules/declarations/print/print-task.ts';
import { printOn, renderPdf } from '../server/src/platform/pdf/index.ts';
import { workerEntry } from '../server/src/platform/workers/worker-entry.ts';
import { createWorkerPool } from '../server/src/platform/workers/worker-pool.ts';
import { inPlaceTasks, type TaskRunner } from '../server/src/platform/workers/worker-task.ts';
import { capturingLogger } from '../server/src/testing/logger.ts';

/**
 * The printed goods declaration (issue 18 point 4): a 1-item and a 999-item demo declaration laid
 * out on the sheets of Decision No. 257 and rendered to PDF, as the route does short of HTTP.
 * BENCH_RUNS runs each (default 5) after a warm-up; the median and the slowest.
 *
 * Then what the rest of the server feels: the 999-item form printed as the route prints it
 * (`printOn` with the declaration's print task) in place and on a worker thread of the server's
 * pool, while the event loop's delay is sampled every 10 ms and a timer asks to run every 20 ms,
 * as a /health request would. The longest wait of that timer is what a request arriving during
 * the print waits for before it is even read.
 */
const runs = Math.max(3, Number(process.env.BENCH_RUNS ?? 5));
const facts = {
  language: 'ru' as const,
  registrationNumber: '75101/020326/0000042',
  customsOffice: '75101',
  registeredAt: '2026-03-02T05:00:00Z',
};
const ms = (value: number) => `${value.toFixed(0)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const goods = (items: number) =>
  demoDocument('goods', { items, declarant: '050540001242', office: '75101', date: '2026-03-02' });

async function measure(items: number): Promise<void> {
  const document = goods(items);
  await renderPdf(declarationForm('goods', document, facts));
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    bytes = (await renderPdf(declarationForm('goods', document, facts))).length;
    times.push(performance.now() - started);
  }
  console.log(
    `goods declaration, ${items} item(s): median ${ms(median(times))}, slowest ${ms(Math.max(...times))}, ${(bytes / 1024).toFixed(0)} KiB (${runs} runs)`,
  );
}

/** One print of the 999-item form through `workers`, with the event loop watched meanwhile. */
async function printWatched(workers: TaskRunner) {
  const document = goods(999);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const waits: number[] = [];
  let due = performance.now() + 20;
  const probe = setInterval(() => {
    const now = performance.now();
    waits.push(Math.max(0, now - due));
    due = now + 20;
  }, 20);
  delay.enable();
  const started = performance.now();
  await printOn(workers, printDeclarationTask, { kind: 'goods', document, facts });
  const took = performance.now() - started;
  // A timer held back by the print fires only in the loop's next turn: let it, before counting.
  await new Promise((resolve) => setTimeout(resolve, 25));
  delay.disable();
  clearInterval(probe);
  return { took, longestWait: Math.max(0, ...waits), loopMax: delay.max / 1e6 };
}

async function watchedRuns(where: string, workers: TaskRunner): Promise<void> {
  await printWatched(workers);
  const results: Awaited<ReturnType<typeof printWatched>>[] = [];
  for (let run = 0; run < runs; run++) results.push(await printWatched(workers));
  const spread = (pick: (r: (typeof results)[number]) => number) => {
    const values = results.map(pick);
    return `median ${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;
  };
  console.log(
    `goods declaration, 999 items, ${where}: print ${spread((r) => r.took)}; a request's longest wait meanwhile ${spread((r) => r.longestWait)}; event loop's longest delay ${spread((r) => r.loopMax)} (${runs} runs)`,
  );
}

console.log(`${os.cpus().length} cores, Node ${process.version}`);
await measure(1);
await measure(999);

await watchedRuns('on the request thread', inPlaceTasks);
const pool = createWorkerPool({
  threads: 1,
  taskTimeoutMs: 60_000,
  queueLimit: 4,
  logger: capturingLogger().logger,
  entry: workerEntry(),
});
await watchedRuns('on a worker thread', pool);
await pool.close();
