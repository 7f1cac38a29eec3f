import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../testing/database.ts';
import { suiteDatabase } from '../../testing/suite-database.ts';
import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrations.ts';
import { openPostgres } from '../db/postgres.ts';
import { recordAudit } from './audit-log.ts';
import { verifyAuditChain } from './verify-chain.ts';

/**
 * On a PostgreSQL server the application runs as a role of its own that the owner of the schema
 * gives only what docs/OPERATIONS.md says: these are those statements, for the suite's schema.
 * PGlite has one role, which the triggers alone hold to the rule (audit-chain.db.test.ts).
 */
const onServer = testDatabaseKind === 'postgresql';
const db = await suiteDatabase();
const role = `shekara_app_${randomBytes(4).toString('hex')}`;
const password = randomBytes(12).toString('hex');
let app: Database | undefined;

afterAll(async () => {
  await app?.close();
  if (onServer) await db.exec(`drop owned by ${role}; drop role if exists ${role}`).catch(() => {});
});

async function grantAsDocumented(schema: string): Promise<void> {
  await db.exec(`
    create role ${role} login password '${password}';
    grant usage on schema ${schema} to ${role};
    grant select, insert, update, delete on all tables in schema ${schema} to ${role};
    grant usage on all sequences in schema ${schema} to ${role};
    revoke update, delete, truncate on audit_log, audit_chain_head from ${role};
    grant update (chain_seq, prev_hash, hash) on audit_log to ${role};
    grant update on audit_chain_head to ${role};
  `);
}

describe.skipIf(!onServer)("the application's own role on a server (ACC-9)", () => {
  it('starts on a migrated schema, writes audit records that are linked, and may not change or remove them', async () => {
    const { rows } = await db.query<{ schema: string }>('select current_schema() as schema');
    const schema = rows[0]!.schema;
    await grantAsDocumented(schema);
    const url = new URL(process.env.DATABASE_URL!);
    url.username = role;
    url.password = password;
    app = await openPostgres({ connectionString: url.toString(), searchPath: schema, poolSize: 2 });

    // what the server does first: nothing to apply, and no right to create anything needed
    expect(await migrate(app)).toEqual([]);
    await recordAudit(app, new Date(), { action: 'test.app_role', outcome: 'success' });
    expect((await verifyAuditChain(app)).problem).toBeNull();

    for (const statement of [
      `update audit_log set action = 'test.rewritten'`,
      'delete from audit_log',
      'truncate audit_log',
      'delete from audit_chain_head',
    ]) {
      const error = (await app.query(statement).then(
        () => null,
        (thrown: unknown) => thrown,
      )) as { code?: string; message: string } | null;
      expect(error?.code, statement).toBe('42501');
      expect(error?.message).toMatch(/^permission denied for table audit_(log|chain_head)$/);
    }
    // the one column grant serves the link alone: the trigger refuses the rest
    await expect(app.query('update audit_log set hash = prev_hash')).rejects.toThrow(
      'audit_log is append-only: UPDATE refused',
    );
  });
});
