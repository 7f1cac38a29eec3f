import os from 'node:os';
import { toAnswer } from '../server/src/modules/payments/answer.ts';
import {
  type CalculationRequest,
  calculatePayments,
  type GoodsItem,
} from '../server/src/modules/payments/calculate.ts';
import { loadFacts } from '../server/src/modules/payments/load-facts.ts';
import { loadReferenceDemoData } from '../server/src/modules/reference/index.ts';
import { migrate } from '../server/src/platform/db/migrations.ts';
import { openPglite } from '../server/src/platform/db/pglite.ts';

/**
 * The calculation of a 999-item goods declaration's payments (issue 16 point 5: median ≤ 5 ms)
 * on the demo reference data in a fresh embedded database. Two figures: the engine alone, its
 * facts (rates and exchange rates) already read; and what the route does short of HTTP — read
 * the facts (the tariff from its in-memory copy, the exchange rates by one query), calculate, write
 * the answer. Each is run in ROUNDS rounds (default 5) of BENCH_RUNS runs (default 100) after a
 * warm-up; the median of each round shows the spread between rounds.
 */
const runs = Math.max(50, Number(process.env.BENCH_RUNS ?? 100));
const rounds = Math.max(3, Number(process.env.ROUNDS ?? 5));

const db = await openPglite();
await migrate(db);
await loadReferenceDemoData(db);

// every kind of rate the demo tariff has: ad valorem, specific per kg, per litre and per pair,
// combined per kg, per litre, per pair and per cm3, excise per litre, anti-dumping by origin, free
const kinds: Omit<GoodsItem, 'invoiceValue' | 'netMassKg'>[] = [
  { hsCode: '0203111000', originCountry: 'DE', currency: 'EUR' },
  { hsCode: '0406101000', originCountry: 'FR', currency: 'EUR' },
  { hsCode: '0805101000', originCountry: 'TR', currency: 'USD' },
  { hsCode: '0808108000', originCountry: 'CN', currency: 'CNY' },
  { hsCode: '2203000100', originCountry: 'DE', currency: 'EUR', quantity: { value: '1200', unit: '112' } },
  { hsCode: '2204219000', originCountry: 'GE', currency: 'USD', quantity: { value: '750.5', unit: '112' } },
  { hsCode: '6109100000', originCountry: 'UZ', currency: 'RUB' },
  { hsCode: '6403993600', originCountry: 'IT', currency: 'EUR', quantity: { value: '240', unit: '715' } },
  { hsCode: '8418102001', originCountry: 'KR', currency: 'USD' },
  { hsCode: '8482101009', originCountry: 'CN', currency: 'CNY' },
  { hsCode: '8517130000', originCountry: 'VN', currency: 'USD' },
  { hsCode: '8703241000', originCountry: 'JP', currency: 'USD', quantity: { value: '3456', unit: '111' } },
];
const items: GoodsItem[] = Array.from({ length: 999 }, (_, i) => ({
  ...kinds[i % kinds.length]!,
  invoiceValue: `${1000 + ((i * 7919) % 900_000)}.${String(i % 100).padStart(2, '0')}`,
  netMassKg: `${10 + ((i * 104_729) % 20_000)}.${i % 1000}`,
}));
const request: CalculationRequest = { date: '2026-04-07', procedure: '40', items };

const facts = await loadFacts(db, request);
const check = calculatePayments(request, facts);

function quantile(times: readonly number[], q: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

async function measure(name: string, once: () => unknown): Promise<void> {
  for (let i = 0; i < 30; i++) await once();
  const all: number[] = [];
  const cpu: number[] = [];
  const medians: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      await once();
      times.push(performance.now() - started);
      const used = process.cpuUsage(cpuBefore);
      cpu.push((used.user + used.system) / 1000);
    }
    medians.push(quantile(times, 0.5));
    all.push(...times);
  }
  const ms = (value: number) => value.toFixed(2);
  console.log(`${name}: ${rounds} rounds × ${runs} runs (goal: median ≤ 5 ms)`);
  console.log(
    `  median ${ms(quantile(all, 0.5))} ms, p99 ${ms(quantile(all, 0.99))} ms, max ${ms(quantile(all, 1))} ms; medians of the rounds ${medians.map(ms).join(', ')} ms (spread ${ms(Math.max(...medians) - Math.min(...medians))} ms)`,
  );
  // CPU time counts every thread of the process (collections included); other work on a shared machine does not inflate it
  console.log(`  CPU time of the process: median ${ms(quantile(cpu, 0.5))} ms, p99 ${ms(quantile(cpu, 0.99))} ms`);
}

console.log(
  `999 items, ${check.lines.length} payment lines, total ${toAnswer(check, 'ru').total} tenge; ${[...check.totals.keys()].join(', ')}`,
);
await measure('facts read, calculated and written out (embedded database in the process)', async () =>
  toAnswer(calculatePayments(request, await loadFacts(db, request)), 'ru'),
);
// In production the database is a PostgreSQL server of its own; with the embedded one closed,
// its heap no longer weighs on every collection the engine's allocations cause.
await db.close();
await measure('the engine alone, the facts read beforehand', () => calculatePayments(request, facts));
console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${os.availableParallelism()} cores, Node ${process.version}`,
);
