import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database, Queryable } from './database.ts';

/**
 * Plain-SQL migrations: `NNNN_name.sql` files applied in order, each in its own transaction
 * together with its row in `schema_migrations`. The same files run on PGlite and PostgreSQL.
 * An applied file must never change: its checksum is recorded and compared.
 */
export const migrationsDirectory = fileURLToPath(new URL('../../../migrations/', import.meta.url));

export interface Migration {
  version: number;
  name: string;
  checksum: string;
  sql: string;
}

export interface MigrationState {
  version: number;
  name: string;
  state: 'applied' | 'pending' | 'changed' | 'unknown';
  appliedAt: Date | null;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

// Several application nodes may start at once against one PostgreSQL: they queue on this lock.
const advisoryLockKey = 7_311_002;

export function readMigrations(directory = migrationsDirectory): Migration[] {
  const migrations: Migration[] = [];
  for (const file of fs
    .readdirSync(directory)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    const match = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!match) throw new MigrationError(`migration file ${file} must be named NNNN_lower_snake_name.sql`);
    const version = Number(match[1]);
    if (migrations.some((m) => m.version === version))
      throw new MigrationError(`two migration files share version ${match[1]}`);
    const sql = fs.readFileSync(path.join(directory, file), 'utf8');
    migrations.push({ version, name: match[2]!, sql, checksum: createHash('sha256').update(sql).digest('hex') });
  }
  return migrations;
}

async function ensureLedger(db: Queryable): Promise<void> {
  // Looked for first: a role that may not create tables (the application's own on a server whose
  // owner migrates the schema, docs/OPERATIONS.md) still reads the ledger and starts.
  const { rows } = await db.query<{ present: boolean }>(
    `select to_regclass('schema_migrations') is not null as present`,
  );
  if (rows[0]?.present) return;
  await db.exec(`create table if not exists schema_migrations (
    version integer primary key,
    name text not null,
    checksum text not null,
    applied_at timestamptz not null default now()
  )`);
}

interface LedgerRow {
  version: number;
  name: string;
  checksum: string;
  applied_at: Date;
}

async function readLedger(db: Queryable): Promise<LedgerRow[]> {
  return (
    await db.query<LedgerRow>('select version, name, checksum, applied_at from schema_migrations order by version')
  ).rows;
}

export async function migrationStatus(db: Database, migrations = readMigrations()): Promise<MigrationState[]> {
  const ledger = await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [advisoryLockKey]);
    await ensureLedger(tx);
    return readLedger(tx);
  });
  const states: MigrationState[] = migrations.map((m) => {
    const row = ledger.find((r) => r.version === m.version);
    if (!row) return { version: m.version, name: m.name, state: 'pending', appliedAt: null };
    return {
      version: m.version,
      name: m.name,
      state: row.checksum === m.checksum ? 'applied' : 'changed',
      appliedAt: row.applied_at,
    };
  });
  for (const row of ledger.filter((r) => !migrations.some((m) => m.version === r.version))) {
    states.push({ version: row.version, name: row.name, state: 'unknown', appliedAt: row.applied_at });
  }
  return states.sort((a, b) => a.version - b.version);
}

/** Applies every pending migration; returns the versions applied now. */
export async function migrate(db: Database, migrations = readMigrations()): Promise<Migration[]> {
  const states = await migrationStatus(db, migrations);
  const changed = states.find((s) => s.state === 'changed');
  if (changed) {
    throw new MigrationError(
      `migration ${pad(changed.version)}_${changed.name} was edited after it was applied; add a new migration instead`,
    );
  }
  const applied: Migration[] = [];
  for (const migration of migrations) {
    if (states.find((s) => s.version === migration.version)?.state !== 'pending') continue;
    const ran = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [advisoryLockKey]);
      const done = await tx.query('select 1 from schema_migrations where version = $1', [migration.version]);
      if (done.rowCount > 0) return false; // another node applied it while we waited for the lock
      try {
        await tx.exec(migration.sql);
      } catch (error) {
        throw new MigrationError(
          `migration ${pad(migration.version)}_${migration.name} failed: ${(error as Error).message}`,
          {
            cause: error,
          },
        );
      }
      await tx.query('insert into schema_migrations (version, name, checksum) values ($1, $2, $3)', [
        migration.version,
        migration.name,
        migration.checksum,
      ]);
      return true;
    });
    if (ran) applied.push(migration);
  }
  return applied;
}

export function pad(version: number): string {
  return String(version).padStart(4, '0');
}
