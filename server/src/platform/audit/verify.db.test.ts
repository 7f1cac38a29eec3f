import { afterAll, describe, expect, it } from 'vitest';
import { cliWorkspace } from '../../testing/cli.ts';
import type { Database, Queryable } from '../db/database.ts';
import { recordAudit } from './audit-log.ts';

/**
 * `shekara audit verify` (ACC-9) on a log of five records, intact and then tampered with as only
 * someone with the database's superuser can: with the guard's triggers off for their session.
 */
const workspaces: ReturnType<typeof cliWorkspace>[] = [];
afterAll(async () => {
  for (const workspace of workspaces) await workspace.remove();
});

async function logOfFive() {
  const workspace = cliWorkspace('audit-verify');
  workspaces.push(workspace);
  const db = await workspace.database();
  for (const n of [1, 2, 3, 4, 5]) {
    await recordAudit(db, new Date(Date.UTC(2026, 11, 1, 9, n, 0, 123)), {
      action: 'account.contact.change',
      outcome: n === 4 ? 'refused' : 'success',
      code: n === 4 ? 'AUTH_LOCKED' : undefined,
      actorAccountId: '7f1b3c9e-2d4a-4e8b-9c1d-0a2b3c4d5e6f',
      actorIin: '880101300123',
      subjectType: 'account',
      subjectId: `acc-${n}`,
      bodyCode: n % 2 ? '75000' : null,
      ip: '192.0.2.7',
      requestId: `req-${n}`,
      details: { email: `ж${n}@example.kz`, nested: { b: [1, 2.5, null], a: '"quoted"\n' } },
    });
  }
  return { shekara: workspace.shekara, db };
}

async function asSuperuser(db: Database, work: (tx: Queryable) => Promise<unknown>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.exec('set local session_replication_role = replica');
    await work(tx);
  });
}

async function idAt(db: Queryable, seq: number): Promise<string> {
  return (await db.query<{ id: string }>('select id::text as id from audit_log where chain_seq = $1', [seq])).rows[0]!
    .id;
}

describe('shekara audit verify', { timeout: 120_000 }, () => {
  it('passes an intact log, printing the rows checked, the time and the last link', async () => {
    const { shekara } = await logOfFive();
    const result = await shekara('audit', 'verify');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^audit log intact: 5 rows checked in \d+\.\d\d s\nlast link: 5:[0-9a-f]{64}\n$/);
  });

  it('finds an edited row', async () => {
    const { shekara, db } = await logOfFive();
    const id = await idAt(db, 3);
    await asSuperuser(db, (tx) =>
      tx.query(`update audit_log set details = details || '{"email": "x@example.kz"}' where chain_seq = 3`),
    );
    const result = await shekara('audit', 'verify');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(
        `^audit log broken at row 3, id ${id}: edited — its fields no longer give its hash\n2 rows before it held`,
      ),
    );
  });

  it('finds a deleted row, in the middle or at the end', async () => {
    const { shekara, db } = await logOfFive();
    const id = await idAt(db, 4);
    await asSuperuser(db, (tx) => tx.query('delete from audit_log where chain_seq = 3'));
    const middle = await shekara('audit', 'verify');
    expect(middle.code).toBe(1);
    expect(middle.stdout).toContain(`audit log broken at row 4, id ${id}: deleted — row 3 is missing before it\n`);

    const end = await logOfFive();
    await asSuperuser(end.db, (tx) => tx.query('delete from audit_log where chain_seq = 5'));
    expect((await end.shekara('audit', 'verify')).stdout).toContain(
      'audit log broken at row 5: deleted — row 5 is missing at the end of the chain\n',
    );
  });

  it('finds an inserted row, written around the chain or put into it', async () => {
    const { shekara, db } = await logOfFive();
    const inserted = await asSuperuserReturning(db, (tx) =>
      tx.query<{ id: string }>(
        `insert into audit_log (at, action, outcome) values (now(), 'account.contact.change', 'success') returning id::text as id`,
      ),
    );
    const around = await shekara('audit', 'verify');
    expect(around.code).toBe(1);
    expect(around.stdout).toContain(
      `audit log broken at id ${inserted}: inserted — row id ${inserted} has no link: it was written around the chain\n`,
    );

    // Put in at 3 with a link of its own, the rows after it renumbered: the row after it still
    // names the hash of the row before.
    const into = await logOfFive();
    const displaced = await idAt(into.db, 3);
    await asSuperuser(into.db, async (tx) => {
      for (const seq of [5, 4, 3])
        await tx.query('update audit_log set chain_seq = $1 where chain_seq = $2', [seq + 1, seq]);
      await tx.query(
        `insert into audit_log (at, action, outcome, chain_seq, prev_hash, hash)
         select at, action, outcome, 3, hash, hash from audit_log where chain_seq = 2`,
      );
      await tx.query(`update audit_log a set hash = audit_chain_hash(a.prev_hash, 3, a) where chain_seq = 3`);
      await tx.query('update audit_chain_head set seq = 6');
    });
    const result = await into.shekara('audit', 'verify');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `audit log broken at row 4, id ${displaced}: inserted — its previous hash is not the hash of row 3: a row was put in before it, or the chain rewritten from it\n`,
    );
  });

  it('cannot see a tail rewritten link by link, but an anchor recorded before can', async () => {
    const { shekara, db } = await logOfFive();
    const before = (await shekara('audit', 'verify')).stdout.match(/last link: (\S+)/)![1]!;
    await asSuperuser(db, async (tx) => {
      await tx.query(`update audit_log set outcome = 'success', code = null where chain_seq = 4`);
      for (const seq of [4, 5]) {
        await tx.query(
          `update audit_log a set prev_hash = p.hash, hash = audit_chain_hash(p.hash, a.chain_seq, a)
             from audit_log p where a.chain_seq = $1 and p.chain_seq = $1 - 1`,
          [seq],
        );
      }
      await tx.query('update audit_chain_head set hash = (select hash from audit_log where chain_seq = 5)');
    });
    expect((await shekara('audit', 'verify')).code).toBe(0);
    const anchored = await shekara('audit', 'verify', '--anchor', before);
    expect(anchored.code).toBe(1);
    expect(anchored.stdout).toMatch(
      /^audit log broken at row 5, id \d+: edited — its hash is not the one recorded for it/,
    );
    expect((await shekara('audit', 'verify', '--anchor', '5:abc')).code).toBe(2);
  });
});

async function asSuperuserReturning(db: Database, work: (tx: Queryable) => Promise<{ rows: { id: string }[] }>) {
  let id = '';
  await asSuperuser(db, async (tx) => {
    id = (await work(tx)).rows[0]!.id;
  });
  return id;
}
