import os from 'node:os';
import { controlDeclaration } from '@shekara/contracts/declarations/control';
import { sampleDate, sampleDeclarant, sampleOffice } from '../server/src/modules/declarations/control/sample-goods.ts';
import { demoDocument } from '../server/src/modules/declarations/demo/demo-document.ts';
import { serverReferenceView } from '../server/src/modules/declarations/index.ts';
import { loadReferenceDemoData } from '../server/src/modules/reference/index.ts';
import { migrate } from '../server/src/platform/db/migrations.ts';
import { openPglite } from '../server/src/platform/db/pglite.ts';

/**
 * Format-logical control of a 999-item goods declaration on the server (issue 6 point 4: ≤ 20 ms):
 * the server's reference view over the demo reference data in a fresh embedded database, then
 * control of a valid declaration and of one with errors in every item, each run BENCH_RUNS times
 * (default 300) after a warm-up, printing the median and p99 of one control: elapsed, and the
 * process's CPU time (user + system, every thread: collections included), which other work on a
 * shared machine does not inflate.
 */
const runs = Math.max(200, Number(process.env.BENCH_RUNS ?? 300));

const db = await openPglite();
await migrate(db);
await loadReferenceDemoData(db);
const reference = await serverReferenceView(db);

// the demo generator's declaration (issue 6 point 13): as `shekara demo declaration --kind goods --items 999` prints it
const valid = demoDocument('goods', { items: 999, declarant: sampleDeclarant, office: sampleOffice, date: sampleDate });
const broken = structuredClone(valid);
for (const [i, item] of broken.items.entries()) {
  item.netMass = (item.grossMass ?? 0) + 10; // above the gross mass
  if (i % 2 === 0) item.hsCode = '8471999999'; // not in the nomenclature
  if (i % 3 === 0) item.originCountry = 'XX';
  if (i % 5 === 0 && item.payments?.[0]) item.payments[0].amount = 1; // box 47 not base × rate
  if (i % 7 === 0) item.number = 0;
}
broken.totalCustomsValue = 1;
broken.declarant!.iinBin = '123456789012';

const ctx = {
  reference,
  date: sampleDate,
  customsOffice: sampleOffice,
  signer: { iin: '901120300033', bin: valid.declarant!.iinBin!, represents: [] },
};

function measure(name: string, document: unknown): void {
  const report = controlDeclaration('goods', document, ctx);
  for (let i = 0; i < 50; i++) controlDeclaration('goods', document, ctx);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    controlDeclaration('goods', document, ctx);
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  const at = (times: number[], q: number) =>
    [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!.toFixed(2);
  console.log(
    `${name}: ${report.errors.length} errors, ${report.warnings.length} warnings; ${runs} runs (goal ≤ 20 ms)`,
  );
  console.log(`  elapsed: median ${at(wall, 0.5)} ms, p99 ${at(wall, 0.99)} ms, max ${at(wall, 1)} ms`);
  console.log(`  CPU time of the process: median ${at(cpu, 0.5)} ms, p99 ${at(cpu, 0.99)} ms`);
}

measure('valid 999-item goods declaration', valid);
measure('999 items with errors', broken);
console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${os.availableParallelism()} cores`,
);
await db.close();
