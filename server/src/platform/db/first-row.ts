import type { Queryable } from './database.ts';

/** A read that may hold the row it finds until the transaction ends (pass the transaction). */
export interface RowLock {
  forUpdate?: boolean;
}

/** The first row a query finds, or null when it finds none; with `forUpdate`, locked for the rest of the transaction. */
export async function firstRow<Row>(
  db: Queryable,
  sql: string,
  params: readonly unknown[],
  { forUpdate = false }: RowLock = {},
): Promise<Row | null> {
  const { rows } = await db.query<Row>(forUpdate ? `${sql} for update` : sql, params);
  return rows[0] ?? null;
}
