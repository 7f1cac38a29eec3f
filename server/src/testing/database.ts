import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../platform/db/database.ts';
import { migrate } from '../platform/db/migrations.ts';
import { openPglite } from '../platform/db/pglite.ts';
import { openPostgres } from '../platform/db/postgres.ts';
import './provided-context.ts';

/**
 * A migrated database for one test suite: the real thing, never a mock.
 * With DATABASE_URL set, a fresh schema on that PostgreSQL server (dropped on close), so suites
 * run in parallel on one database; otherwise an in-memory PGlite started from the migrated
 * template that the global setup dumped (skipping initdb saves seconds per suite).
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) return openPostgresSchema(url);
  const db = await openPglite(fromTemplate(inject('pgliteTemplate')));
  await migrate(db);
  return db;
}

/** An empty database of the suite's kind, with no migrations applied (for testing the migration runner). */
export async function openEmptyTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  return url ? openPostgresSchema(url, { migrate: false }) : openPglite(fromTemplate(inject('pgliteEmptyTemplate')));
}

function fromTemplate(file: string | undefined) {
  return file && fs.existsSync(file) ? { loadDataDir: fs.readFileSync(file) } : {};
}

async function openPostgresSchema(url: string, options = { migrate: true }): Promise<Database> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
  } finally {
    await admin.end();
  }
  const db = await openPostgres({ connectionString: url, searchPath: schema, poolSize: 4 });
  if (options.migrate) await migrate(db);
  return {
    ...db,
    async close() {
      await db.query(`drop schema ${schema} cascade`).catch(() => {});
      await db.close();
    },
  };
}

export const testDatabaseKind = process.env.DATABASE_URL ? 'postgresql' : 'pglite';
