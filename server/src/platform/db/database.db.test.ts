import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabaseKind } from '../../testing/database.ts';
import type { Database } from './database.ts';
import { sideBySide } from './side-by-side.ts';

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

describe(`steps of a transaction side by side on ${testDatabaseKind}`, () => {
  it('gives each step its own answers, and the statements take effect in the order asked', async () => {
    const [first, second] = await db.transaction((tx) =>
      sideBySide([
        (async () => {
          await tx.query('insert into ledger_probe (id, n) values (20, 1)');
          await tx.query('update ledger_probe set n = n * 10 where id = 20');
          return (await tx.query<{ n: number }>('select n from ledger_probe where id = 20')).rows[0]!.n;
        })(),
        (async () => {
          await tx.query('update ledger_probe set n = n + 1 where id = 20');
          return (await tx.query<{ n: number }>('select n from ledger_probe where id = 20')).rows[0]!.n;
        })(),
      ]),
    );
    // asked in turns: insert (n=1), +1 (2); then ×10 (20) and the second's read (20); then the first's read
    expect([first, second]).toEqual([20, 20]);
  });

  it('throws the failure that ended the transaction, after every step stopped, and commits nothing', async () => {
    const stepsSeen: string[] = [];
    const failing = db.transaction((tx) =>
      sideBySide([
        (async () => {
          await tx.query('insert into ledger_probe (id) values (30)');
          await tx.query('insert into ledger_probe (id) values (30)'); // the duplicate key ends it
          stepsSeen.push('first went on');
        })(),
        (async () => {
          await tx.query('insert into ledger_probe (id) values (31)');
          await tx.query('insert into ledger_probe (id) values (32)').catch(() => stepsSeen.push('second refused'));
          await tx.query('select 1').catch(() => stepsSeen.push('second stopped'));
        })(),
      ]),
    );
    await expect(failing).rejects.toThrow(/duplicate key/);
    if (testDatabaseKind === 'postgresql') expect(stepsSeen).toEqual(['second refused', 'second stopped']);
    const { rows } = await db.query<{ id: number }>('select id from ledger_probe where id between 30 and 32');
    expect(rows).toEqual([]);
    // the connection went back to the pool clean: the next transactions work on it
    for (const id of [33, 34, 35])
      await db.transaction((tx) => tx.query('insert into ledger_probe (id) values ($1)', [id]));
    const after = await db.query<{ id: number }>('select id from ledger_probe where id between 33 and 35 order by id');
    expect(after.rows.map((r) => r.id)).toEqual([33, 34, 35]);
  });

  it('throws a step’s own refusal even when the other steps succeed', async () => {
    const refusing = db.transaction((tx) =>
      sideBySide([
        (async () => {
          await tx.query('select 1');
          throw new Error('refused by the rules');
        })(),
        tx.query('insert into ledger_probe (id) values (40)'),
      ]),
    );
    await expect(refusing).rejects.toThrow('refused by the rules');
    expect((await db.query('select id from ledger_probe where id = 40')).rows).toEqual([]);
  });
});
