import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runShekara } from '../../testing/cli.ts';
import '../../testing/provided-context.ts';
import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrations.ts';
import { openDatabase } from '../db/open-database.ts';
import { openPostgres } from '../db/postgres.ts';
import { recordAudit, recordAudits } from './audit-log.ts';

/**
 * The backup procedures of docs/OPERATIONS.md, run: the restored database's audit chain verifies
 * with the same last link, and goes on linking (ACC-8, ACC-9).
 */
const run = promisify(execFile);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-backup-'));
const made: string[] = [];
afterAll(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  if (made.length === 0) return;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  for (const name of made) await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
});

const at = new Date('2026-12-02T06:00:00.000001Z');

/** Twenty transactions of three records at once and a refusal on its own, as the server writes them. */
async function writeAuditRecords(db: Database): Promise<void> {
  await Promise.all(
    Array.from({ length: 20 }, (_, n) =>
      db.transaction((tx) =>
        recordAudits(
          tx,
          [0, 1, 2].map((k) => ({
            at,
            event: {
              action: 'declaration.submit',
              outcome: 'success' as const,
              subjectType: 'declaration',
              subjectId: `d-${n}-${k}`,
              details: { registrationNumber: `75101/021226/${n}${k}`, note: 'Тіркелді' },
            },
          })),
        ),
      ),
    ),
  );
  await recordAudit(db, at, { action: 'auth.login.password', outcome: 'refused', code: 'AUTH_LOCKED' });
}

async function verify(env: Record<string, string>) {
  const result = await runShekara(['audit', 'verify'], {
    DATA_DIR: path.join(work, 'none'),
    LOG_LEVEL: 'silent',
    ...env,
  });
  expect(result.code, result.stdout + result.stderr).toBe(0);
  return result.stdout.match(/^last link: (.+)$/m)![1]!;
}

const serverUrl = process.env.DATABASE_URL;
const serverMissing = !serverUrl
  ? 'DATABASE_URL names no PostgreSQL server'
  : (['pg_dump', 'pg_restore'].find((tool) => spawnSync(tool, ['--version']).status !== 0) ?? null);
const serverSkip =
  serverMissing && (serverMissing.startsWith('pg_') ? `${serverMissing} is not on PATH` : serverMissing);
if (serverSkip) console.warn(`backup and restore with pg_dump: skipped, ${serverSkip}`);

describe('backup and restore keep the audit chain', { timeout: 120_000 }, () => {
  it.skipIf(serverSkip)(
    `pg_dump of a PostgreSQL database, pg_restore into a new one: audit verify passes${serverSkip ? ` (skipped: ${serverSkip})` : ''}`,
    async () => {
      const [source, target] = await Promise.all([newDatabase('backup_source'), newDatabase('backup_target')]);
      const db = await openPostgres({ connectionString: source });
      try {
        await migrate(db);
        await writeAuditRecords(db);
      } finally {
        await db.close();
      }
      const before = await verify({ DATABASE_URL: source });
      expect(before).toMatch(/^61:[0-9a-f]{64}$/);

      const dump = path.join(work, 'shekara.dump');
      await run('pg_dump', ['--format=custom', `--file=${dump}`, `--dbname=${source}`]);
      await run('pg_restore', ['--exit-on-error', '--single-transaction', '--no-owner', `--dbname=${target}`, dump]);
      expect(await verify({ DATABASE_URL: target })).toBe(before);

      // the restored database's triggers are in place: it links the next record, and refuses changes
      const restored = await openPostgres({ connectionString: target });
      try {
        await recordAudit(restored, new Date(), { action: 'test.after_restore', outcome: 'success' });
        await expect(restored.query('delete from audit_log')).rejects.toThrow(
          'audit_log is append-only: DELETE refused',
        );
      } finally {
        await restored.close();
      }
      expect(await verify({ DATABASE_URL: target })).toMatch(/^62:/);
    },
  );

  it('a copy of the embedded data directory, made while no process holds it, verifies the same', async () => {
    const dataDir = path.join(work, 'data');
    fs.cpSync(inject('pgliteTemplateDirectory'), path.join(dataDir, 'pgdata'), { recursive: true });
    const db = await openDatabase({ databaseUrl: undefined, databasePoolSize: 1, dataDir });
    try {
      await migrate(db);
      await writeAuditRecords(db);
    } finally {
      await db.close();
    }
    const before = await verify({ DATABASE_URL: '', DATA_DIR: dataDir });
    const copy = path.join(work, 'restored');
    fs.cpSync(path.join(dataDir, 'pgdata'), path.join(copy, 'pgdata'), { recursive: true });
    expect(await verify({ DATABASE_URL: '', DATA_DIR: copy })).toBe(before);
  });
});

async function newDatabase(prefix: string): Promise<string> {
  const name = `shekara_${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  made.push(name);
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}
