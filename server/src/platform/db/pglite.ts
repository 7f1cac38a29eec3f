import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.ts';
import { sharedParsers } from './database.ts';

export interface PgliteOptions {
  /** Directory of the data files; omitted means an in-memory database (tests). */
  dataDir?: string;
  /** A data-directory dump to start from instead of running initdb (tests start fast from one). */
  loadDataDir?: Blob | File;
}

/** Embedded PostgreSQL: one process, one connection; PGlite queues queries behind a running transaction. */
export async function openPglite(options: PgliteOptions = {}): Promise<Database & { pglite: PGlite }> {
  const pglite = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    parsers: sharedParsers,
  });
  const wrap = (target: PGlite | Transaction): Queryable => ({
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<Row>(sql, params as unknown[]);
      // PGlite counts a SELECT's rows as 0 affected; node-postgres counts them as rows: match node-postgres.
      return { rows: result.rows, rowCount: result.rows.length > 0 ? result.rows.length : (result.affectedRows ?? 0) };
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    pglite,
    ...wrap(pglite),
    transaction: (work) => pglite.transaction((tx) => work(wrap(tx))),
    close: () => pglite.close(),
  };
}
