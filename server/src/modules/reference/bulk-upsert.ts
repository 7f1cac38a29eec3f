import type { Queryable } from '../../platform/db/database.ts';

export interface UpsertCounts {
  added: number;
  changed: number;
  unchanged: number;
}

export interface UpsertTable {
  table: string;
  /** the conflict key */
  key: string;
  /** every column written, with its SQL type (the rows travel as JSON and are cast on the way in) */
  columns: Record<string, 'text' | 'date'>;
}

/**
 * Inserts new rows and updates changed ones in one statement, leaving equal rows untouched (their
 * `updated_at` stays): bundled reference data is loaded at every start, so this must be cheap
 * when nothing changed. Rows are passed as one JSON array. Foreign keys between rows of the same
 * batch (a body and its parent) hold, since PostgreSQL checks them at the end of the statement.
 */
export async function bulkUpsert(
  db: Queryable,
  spec: UpsertTable,
  rows: readonly Record<string, string | null>[],
): Promise<UpsertCounts> {
  if (rows.length === 0) return { added: 0, changed: 0, unchanged: 0 };
  const names = Object.keys(spec.columns);
  const updated = names.filter((name) => name !== spec.key);
  const { rows: written } = await db.query<{ inserted: boolean }>(
    `insert into ${spec.table} (${names.join(', ')})
     select ${names.join(', ')} from jsonb_to_recordset($1::jsonb) as r(${names.map((n) => `${n} ${spec.columns[n]}`).join(', ')})
     on conflict (${spec.key}) do update set ${updated.map((n) => `${n} = excluded.${n}`).join(', ')}, updated_at = now()
     where (${updated.map((n) => `${spec.table}.${n}`).join(', ')}) is distinct from (${updated.map((n) => `excluded.${n}`).join(', ')})
     returning (xmax = 0) as inserted`,
    [JSON.stringify(rows)],
  );
  const added = written.filter((row) => row.inserted).length;
  const changed = written.length - added;
  return { added, changed, unchanged: rows.length - added - changed };
}
