import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabaseKind } from '../../testing/database.ts';
import type { Database } from './database.ts';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
  await db.exec('create table ledger_probe (id int primary key, amount numeric(20, 2), day date, n int8)');
});
afterAll(() => db.close());

describe(`the database interface on ${testDatabaseKind}`, () => {
  it('reports which engine it is', () => {
    expect(db.kind).toBe(testDatabaseKind);
  });

  it('returns the same JS types on both engines: int8 number, numeric string, date string', async () => {
    await db.query('insert into ledger_probe values ($1, $2, $3, $4)', [
      1,
      '12345678901234567.89',
      '2026-01-01',
      9_007_199_254_740_991,
    ]);
    const { rows } = await db.query('select amount, day, n, count(*) over () as total from ledger_probe where id = 1');
    expect(rows[0]).toEqual({ amount: '12345678901234567.89', day: '2026-01-01', n: 9_007_199_254_740_991, total: 1 });
  });

  it('refuses to round an int8 beyond the safe integer range', async () => {
    await expect(db.query("select '9007199254740993'::int8 as n")).rejects.toThrow(/safe integer/);
  });

  it('commits a transaction that resolves and rolls back one that throws', async () => {
    await db.transaction((tx) => tx.query('insert into ledger_probe (id) values (2)'));
    await expect(
      db.transaction(async (tx) => {
        await tx.query('insert into ledger_probe (id) values (3)');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const { rows } = await db.query<{ id: number }>('select id from ledger_probe where id in (2, 3) order by id');
    expect(rows.map((r) => r.id)).toEqual([2]);
  });

  it('keeps concurrent transactions apart', async () => {
    await Promise.all(
      [10, 11, 12, 13].map((id) =>
        db.transaction(async (tx) => {
          await tx.query('insert into ledger_probe (id) values ($1)', [id]);
          await tx.query('update ledger_probe set n = $1 where id = $1', [id]);
        }),
      ),
    );
    const { rows } = await db.query<{ id: number; n: number }>(
      'select id, n from ledger_probe where id >= 10 order by id',
    );
    expect(rows).toEqual([10, 11, 12, 13].map((id) => ({ id, n: id })));
  });
});
