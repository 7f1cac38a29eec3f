import { afterAll } from 'vitest';
import type { Database } from '../platform/db/database.ts';
import { openTestDatabase } from './database.ts';

/**
 * A migrated database for the tests of one file, with what `prepare` loads into it, closed once
 * they have run. Awaited at the top of the file, while its tests are collected.
 */
export async function suiteDatabase(prepare?: (db: Database) => Promise<unknown>): Promise<Database> {
  const db = await openTestDatabase();
  afterAll(() => db.close());
  await prepare?.(db);
  return db;
}
