import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { openPglite } from './pglite.ts';

// The embedded database runs each query on the thread that asked (pglite.ts, `inTurn`): these
// check that a chain of queries still lets other work in, and that a health check goes first.
describe('the embedded database’s turns', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openPglite();
  }, 60_000);
  afterAll(() => db.close());

  it('lets a timer due meanwhile run while a chain of queries goes on, not only after the last', async () => {
    let timerFiredAfter: number | undefined;
    let done = 0;
    const timer = new Promise<void>((resolve) =>
      setTimeout(() => {
        timerFiredAfter = done;
        resolve();
      }, 0),
    );
    // About half a second of queries, each awaited before the next: one task unless turns are taken.
    for (let query = 0; query < 50; query++) {
      await db.query('select pg_sleep(0.01)');
      done++;
    }
    await timer;
    expect(timerFiredAfter).toBeLessThan(5);
  });

  it('answers an urgent query (the health check) before the ones waiting for their turn', async () => {
    const answered: string[] = [];
    const slow = Array.from({ length: 5 }, (_, index) =>
      db.query('select pg_sleep(0.02)').then(() => answered.push(`slow ${index}`)),
    );
    const urgent = db.query('select 1', [], { urgent: true }).then(() => answered.push('urgent'));
    await Promise.all([...slow, urgent]);
    // The first slow query had its turn before the urgent one was asked; the urgent goes next.
    expect(answered.indexOf('urgent')).toBeLessThanOrEqual(1);
    expect(answered.filter((name) => name.startsWith('slow'))).toEqual([0, 1, 2, 3, 4].map((i) => `slow ${i}`));
  });

  it('keeps a transaction’s statements together: a query asked meanwhile waits for the commit', async () => {
    await db.exec('create table if not exists turns (n int)');
    const seen: number[] = [];
    const transaction = db.transaction(async (tx) => {
      await tx.query('insert into turns values (1)');
      await new Promise((resolve) => setTimeout(resolve, 20));
      await tx.query('insert into turns values (2)');
    });
    const reader = db
      .query<{ n: number }>('select count(*)::int as n from turns', [], { urgent: true })
      .then(({ rows }) => seen.push(rows[0]!.n));
    await Promise.all([transaction, reader]);
    expect(seen).toEqual([2]);
  });
});
