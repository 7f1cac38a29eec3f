import { type AuditEvent, recordAudit, recordAudits } from '../server/src/platform/audit/audit-log.ts';
import type { Database } from '../server/src/platform/db/database.ts';
import { migrate } from '../server/src/platform/db/migrations.ts';
import { openPglite } from '../server/src/platform/db/pglite.ts';
import { openPostgres } from '../server/src/platform/db/postgres.ts';
import { freshPostgresDatabase } from '../server/src/testing/submission-load.ts';
import { cpuSeconds } from './lib/process-cpu.ts';

/**
 * What the audit chain's link (ACC-9, migration 0016) costs where audit records are written, with
 * the link trigger on and, for the comparison only, disabled; the two alternate, so each pair of
 * rounds sees the same machine:
 * - batches: one writer, transactions of 16 records as a registration batch writes them: the
 *   database's CPU per record (PostgreSQL: its backend's, from /proc; PGlite: this process's);
 * - commits: 16 writers at once on PostgreSQL, transactions of one record and nothing else, where
 *   the head's lock orders the commits: transactions committed per second.
 */
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const batches = Number(process.env.BENCH_BATCHES ?? 300);
const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const writers = 16;
const perBatch = 16;

let serial = 0;
const event = (): AuditEvent => ({
  action: 'declaration.register',
  outcome: 'success',
  actorAccountId: '7f1b3c9e-2d4a-4e8b-9c1d-0a2b3c4d5e6f',
  actorIin: '880101300123',
  subjectType: 'declaration',
  subjectId: `b7e0c1d2-0000-4000-8000-${String(++serial).padStart(12, '0')}`,
  bodyCode: '75000',
  ip: '192.0.2.7',
  requestId: `req-${serial}`,
  details: { seq: 1, documentSha256: 'ab'.repeat(32) },
});

type Mode = 'linked' | 'unlinked';

async function setMode(db: Database, mode: Mode): Promise<void> {
  await db.exec(`alter table audit_log ${mode === 'linked' ? 'enable' : 'disable'} trigger audit_log_chain`);
}

async function writeBatches(db: Database, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await db.transaction((tx) =>
      recordAudits(
        tx,
        Array.from({ length: perBatch }, () => ({ at: new Date(), event: event() })),
      ),
    );
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const spread = (values: number[], digits: number) =>
  `median ${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;

async function alternate(measure: (mode: Mode) => Promise<number>, unit: string, digits: number): Promise<void> {
  const figures: Record<Mode, number[]> = { linked: [], unlinked: [] };
  for (let round = 0; round < rounds; round++) {
    for (const mode of round % 2 === 0 ? (['unlinked', 'linked'] as const) : (['linked', 'unlinked'] as const)) {
      figures[mode].push(await measure(mode));
    }
  }
  for (const mode of ['unlinked', 'linked'] as const)
    console.log(
      `  ${mode.padEnd(9)} ${spread(figures[mode], digits)} ${unit}  [${figures[mode].map((v) => v.toFixed(digits)).join(', ')}]`,
    );
  console.log(`  linked / unlinked: ${((median(figures.linked) / median(figures.unlinked)) * 100).toFixed(0)} %`);
}

// PostgreSQL
const fresh = await freshPostgresDatabase('shekara_bench_audit');
if (!fresh) {
  console.log('audit-chain: PostgreSQL is not reachable; its part is skipped');
} else {
  const one = await openPostgres({ connectionString: fresh.url, poolSize: 1 });
  const many = await openPostgres({ connectionString: fresh.url, poolSize: writers });
  try {
    await migrate(one);
    const backend = (await one.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    await writeBatches(one, 50); // warm-up: plans cached, pages in memory
    console.log(
      `PostgreSQL, ${rounds} rounds of ${batches} transactions of ${perBatch} records: backend CPU per record`,
    );
    await alternate(
      async (mode) => {
        await setMode(one, mode);
        const before = cpuSeconds((pid) => pid === backend)!;
        await writeBatches(one, batches);
        return ((cpuSeconds((pid) => pid === backend)! - before) * 1e6) / (batches * perBatch);
      },
      'µs',
      1,
    );
    console.log(`PostgreSQL, ${writers} writers for ${seconds} s, transactions of one record: commits per second`);
    await alternate(
      async (mode) => {
        await setMode(one, mode);
        const deadline = performance.now() + seconds * 1000;
        let commits = 0;
        const started = performance.now();
        await Promise.all(
          Array.from({ length: writers }, async () => {
            while (performance.now() < deadline) {
              await many.transaction((tx) => recordAudit(tx, new Date(), event()));
              commits++;
            }
          }),
        );
        return commits / ((performance.now() - started) / 1000);
      },
      '/s',
      0,
    );
  } finally {
    await many.close();
    await one.close();
    await fresh.drop();
  }
}

// PGlite
const embedded = await openPglite();
try {
  await migrate(embedded);
  await writeBatches(embedded, 50);
  console.log(
    `PGlite, ${rounds} rounds of ${batches} transactions of ${perBatch} records: this process's CPU per record`,
  );
  await alternate(
    async (mode) => {
      await setMode(embedded, mode);
      const before = process.cpuUsage();
      await writeBatches(embedded, batches);
      const used = process.cpuUsage(before);
      return (used.user + used.system) / (batches * perBatch);
    },
    'µs',
    1,
  );
} finally {
  await embedded.close();
}
