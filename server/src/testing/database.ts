import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../platform/db/database.ts';
import { migrate } from '../platform/db/migrations.ts';
import { openPostgres } from '../platform/db/postgres.ts';
import { openPgliteSchema } from './pglite-schemas.ts';

/**
 * A migrated database for one test suite: the real thing, never a mock. A fresh schema, dropped on
 * close: on the PostgreSQL server DATABASE_URL names, so suites run in parallel on one database;
 * otherwise on the test worker's in-memory PGlite (`pglite-schemas.ts`).
 */
export async function openTestDatabase(): Promise<Database> {
  const db = await openEmptyTestDatabase();
  await migrate(db);
  return db;
}

/** An empty database of the suite's kind, with no migrations applied (for testing the migration runner). */
export async function openEmptyTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  return url ? openPostgresSchema(url) : openPgliteSchema();
}

async function openPostgresSchema(url: string): Promise<Database> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
  } finally {
    await admin.end();
  }
  const db = await openPostgres({ connectionString: url, searchPath: schema, poolSize: 4 });
  return {
    ...db,
    async close() {
      await db.query(`drop schema ${schema} cascade`).catch(() => {});
      await db.close();
    },
  };
}

export const testDatabaseKind = process.env.DATABASE_URL ? 'postgresql' : 'pglite';
