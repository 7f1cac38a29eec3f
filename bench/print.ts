import os from 'node:os';
import { demoDocument } from '../server/src/modules/declarations/demo/demo-document.ts';
import { declarationForm } from '../server/src/modules/declarations/print/declaration-form.ts';
import { renderPdf } from '../server/src/platform/pdf/index.ts';

/**
 * The printed goods declaration (issue 18 point 4): a 1-item and a 999-item demo declaration laid
 * out on the sheets of Decision No. 257 and rendered to PDF, as the route does short of HTTP.
 * BENCH_RUNS runs each (default 5) after a warm-up; the median and the slowest.
 */
const runs = Math.max(3, Number(process.env.BENCH_RUNS ?? 5));
const facts = {
  language: 'ru' as const,
  registrationNumber: '75101/020326/0000042',
  customsOffice: '75101',
  registeredAt: '2026-03-02T05:00:00Z',
};

async function measure(items: number): Promise<void> {
  const document = demoDocument('goods', { items, declarant: '050540001242', office: '75101', date: '2026-03-02' });
  await renderPdf(declarationForm('goods', document, facts));
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    bytes = (await renderPdf(declarationForm('goods', document, facts))).length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    `goods declaration, ${items} item(s): median ${median.toFixed(0)} ms, slowest ${times.at(-1)!.toFixed(0)} ms, ${(bytes / 1024).toFixed(0)} KiB (${runs} runs)`,
  );
}

console.log(`${os.cpus().length} cores, Node ${process.version}`);
await measure(1);
await measure(999);
