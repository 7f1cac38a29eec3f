import type { Database, Queryable } from '../platform/db/database.ts';

/**
 * The real database, counting the statements sent through it (transactions' included, begin and
 * commit not): for tests that hold work to a fixed number of round trips whatever its size.
 */
export function countingDatabase(db: Database): { db: Database; statements: () => number } {
  let statements = 0;
  const counted = (q: Queryable): Queryable => ({
    query: (sql, params, options) => {
      statements++;
      return q.query(sql, params, options);
    },
    exec: (sql) => {
      statements++;
      return q.exec(sql);
    },
  });
  const wrapped: Database = {
    ...counted(db),
    kind: db.kind,
    transaction: (work) => db.transaction((tx) => work(counted(tx))),
    close: () => db.close(),
  };
  return { db: wrapped, statements: () => statements };
}
