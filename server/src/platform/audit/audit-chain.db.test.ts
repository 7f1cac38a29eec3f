import { describe, expect, it } from 'vitest';
import { openEmptyTestDatabase, testDatabaseKind } from '../../testing/database.ts';
import { suiteDatabase } from '../../testing/suite-database.ts';
import type { Database, Queryable } from '../db/database.ts';
import { migrate, readMigrations } from '../db/migrations.ts';
import { openPostgres } from '../db/postgres.ts';
import { type AuditEvent, recordAudit, recordAudits } from './audit-log.ts';
import { verifyAuditChain } from './verify-chain.ts';

const db = await suiteDatabase();
const at = new Date('2026-12-01T09:30:00.123Z');
const event = (n: number): AuditEvent => ({
  action: 'test.chain',
  outcome: 'success',
  subjectType: 'test',
  subjectId: String(n),
});

async function refusal(work: Promise<unknown>): Promise<{ code?: string; message: string }> {
  const error = await work.then(
    () => null,
    (thrown: unknown) => thrown as { code?: string; message: string },
  );
  if (!error) throw new Error('the statement was not refused');
  return { code: error.code, message: error.message };
}

async function links(target: Queryable) {
  return (
    await target.query<{ seq: number; subject: string }>(
      `select chain_seq as seq, subject_id as subject from audit_log order by chain_seq`,
    )
  ).rows;
}

/** The suite's database with `count` connections of its own on a server; on PGlite, its one. */
async function connectionEach(count: number): Promise<{ db: Database; close(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { db, close: async () => {} };
  const { rows } = await db.query<{ schema: string }>('select current_schema() as schema');
  const many = await openPostgres({ connectionString: url, searchPath: rows[0]!.schema, poolSize: count });
  return { db: many, close: () => many.close() };
}

describe('the audit log is append-only (ACC-9)', () => {
  it('refuses UPDATE, DELETE and TRUNCATE with a clear error, whoever asks', async () => {
    await recordAudit(db, at, event(1));
    for (const [statement, operation] of [
      [`update audit_log set action = 'test.rewritten'`, 'UPDATE'],
      [`update audit_log set hash = sha256('x'::bytea)`, 'UPDATE'],
      [`delete from audit_log`, 'DELETE'],
      [`truncate audit_log`, 'TRUNCATE'],
    ] as const) {
      const { code, message } = await refusal(db.query(statement));
      expect(message).toBe(`audit_log is append-only: ${operation} refused`);
      expect(code).toBe('42501');
    }
    // the chain's head as well: moving it back would hide rows taken off the end
    for (const statement of [
      'update audit_chain_head set seq = 0',
      'delete from audit_chain_head',
      'truncate audit_chain_head',
    ]) {
      expect((await refusal(db.query(statement))).message).toMatch(/^audit_chain_head is append-only: \w+ refused$/);
    }
    expect((await db.query(`select count(*)::int as n from audit_log where action = 'test.chain'`)).rows).toEqual([
      { n: 1 },
    ]);
  });

  it('refuses even a change inside the transaction that wrote the record, before it is linked', async () => {
    const error = await refusal(
      db.transaction(async (tx) => {
        await recordAudit(tx, at, event(2));
        await tx.query(`update audit_log set outcome = 'refused' where subject_id = '2'`);
      }),
    );
    expect(error.message).toBe('audit_log is append-only: UPDATE refused');
  });

  it('refuses at the commit a row that brings a link of its own', async () => {
    const error = await refusal(
      db.query(
        `insert into audit_log (at, action, outcome, chain_seq, prev_hash, hash)
         values (now(), 'test.forged', 'success', 999, sha256('a'::bytea), sha256('b'::bytea))`,
      ),
    );
    expect(error.message).toMatch(/came with a chain link of its own/);
  });
});

describe('the hash chain (ACC-9)', () => {
  it('links each committed row after the last, in the order of the commits; a rollback leaves no gap', async () => {
    const before = (await links(db)).length;
    await recordAudits(
      db,
      [3, 4, 5].map((n) => ({ at, event: event(n) })),
    );
    await db
      .transaction(async (tx) => {
        await recordAudit(tx, at, event(6));
        throw new Error('rolled back');
      })
      .catch(() => {});
    await recordAudit(db, at, event(7));
    const after = await links(db);
    expect(after.slice(before).map((row) => row.subject)).toEqual(['3', '4', '5', '7']);
    expect(after.map((row) => row.seq)).toEqual(after.map((_, index) => index + 1));
    expect((await verifyAuditChain(db)).problem).toBeNull();
  });

  it('stays one unbroken chain under 50 writers committing at once', async () => {
    const before = (await links(db)).length;
    const pause = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
    // On a server, a connection each, so all fifty transactions are open together.
    const writers = await connectionEach(50);
    await Promise.all(
      Array.from({ length: 50 }, (_, writer) =>
        writers.db.transaction(async (tx) => {
          await recordAudit(tx, at, event(1000 + writer));
          await pause();
          // a batch, as registration writes them
          await recordAudits(
            tx,
            [1, 2].map((k) => ({ at, event: event(1000 + writer + k * 100_000) })),
          );
          await pause();
        }),
      ),
    );
    await writers.close();
    const after = await links(db);
    expect(after.length - before).toBe(150);
    expect(after.map((row) => row.seq)).toEqual(after.map((_, index) => index + 1));
    const report = await verifyAuditChain(db, { batchSize: 7 });
    expect(report.problem).toBeNull();
    expect(report.checked).toBe(after.length);
  });

  // PGlite runs one transaction at a time, so only a server can show it.
  it.skipIf(testDatabaseKind === 'pglite')(
    'does not deadlock a transaction that locks a row after its audit record with one that locks it before',
    async () => {
      await db.exec('create table chain_lock_probe (id int primary key); insert into chain_lock_probe values (1)');
      let signal!: () => void;
      const recorded = new Promise<void>((resolve) => (signal = resolve));
      let locked!: () => void;
      const lockTaken = new Promise<void>((resolve) => (locked = resolve));
      const first = db.transaction(async (tx) => {
        await recordAudit(tx, at, event(20));
        signal();
        await lockTaken;
        await tx.query('select id from chain_lock_probe where id = 1 for update');
      });
      const second = db.transaction(async (tx) => {
        await recorded;
        await tx.query('select id from chain_lock_probe where id = 1 for update');
        locked();
        await new Promise((resolve) => setTimeout(resolve, 50));
        await recordAudit(tx, at, event(21));
      });
      await Promise.all([first, second]);
      expect((await verifyAuditChain(db)).problem).toBeNull();
    },
  );
});

describe('linking at the commit, as the log grows', () => {
  it('finds the row to link by its id, never through the chain index (migration 0039)', async () => {
    await recordAudits(
      db,
      Array.from({ length: 400 }, (_, n) => ({ at, event: event(1000 + n) })),
    );
    // With statistics saying nearly every row is linked, "chain_seq is null" looks like one row, and
    // an index holding unlinked rows would be read through every null entry left since the last
    // vacuum, at every link, while the chain's head is locked.
    await db.query('analyze audit_log');
    const { rows: index } = await db.query<{ definition: string }>(
      `select indexdef as definition from pg_indexes where indexname = 'audit_log_chain_seq' and schemaname = current_schema()`,
    );
    expect(index[0]!.definition).toMatch(/WHERE \(chain_seq IS NOT NULL\)$/);
    const { rows: plan } = await db.query<Record<string, unknown>>(
      `explain (format json) update audit_log set chain_seq = chain_seq where id = 5 and chain_seq is null`,
    );
    expect(JSON.stringify(plan)).not.toContain('audit_log_chain_seq');
    // and the link still refuses a forged one and links the rest
    expect((await links(db)).every((link) => link.seq !== null)).toBe(true);
    expect((await verifyAuditChain(db)).problem).toBeNull();
  });
});

describe('the migration that made the chain', () => {
  it('chains the rows a migrated database already had, in the order of their ids', async () => {
    const older: Database = await openEmptyTestDatabase();
    try {
      await migrate(
        older,
        readMigrations().filter((m) => m.version < 16),
      );
      await recordAudits(
        older,
        [30, 31, 32].map((n) => ({ at, event: event(n) })),
      );
      await migrate(older);
      expect(await links(older)).toEqual([
        { seq: 1, subject: '30' },
        { seq: 2, subject: '31' },
        { seq: 3, subject: '32' },
      ]);
      await recordAudit(older, at, event(33));
      const report = await verifyAuditChain(older);
      expect(report.problem).toBeNull();
      expect(report.checked).toBe(4);
    } finally {
      await older.close();
    }
  });
});
