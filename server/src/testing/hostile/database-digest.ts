import type { Database } from '../../platform/db/database.ts';

/** Each table's row count and an MD5 of all its rows, in a stable order: equal digests, equal contents. */
export type DatabaseDigest = Record<string, { rows: number; md5: string }>;

/**
 * The digest of every table of the database's schema but those named in `except`. Rows are
 * compared as their text (every column), ordered by it, so the digest does not depend on the
 * order the database returns them in.
 */
export async function databaseDigest(db: Database, except: readonly string[]): Promise<DatabaseDigest> {
  const { rows: tables } = await db.query<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
  );
  const digest: DatabaseDigest = {};
  for (const { name } of tables) {
    if (except.includes(name)) continue;
    const { rows } = await db.query<{ rows: number; md5: string | null }>(
      `select count(*)::int as rows, md5(string_agg(t::text, E'\\n' order by t::text)) as md5 from "${name}" t`,
    );
    digest[name] = { rows: rows[0]!.rows, md5: rows[0]!.md5 ?? '' };
  }
  return digest;
}
