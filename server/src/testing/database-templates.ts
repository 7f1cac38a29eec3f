import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { migrate, readMigrations } from '../platform/db/migrations.ts';
import { openPglite } from '../platform/db/pglite.ts';

/** Where suites start from instead of running initdb and every migration themselves. */
export interface DatabaseTemplates {
  /** A dump of a database before any migration, loaded into each test worker's in-memory PGlite. */
  emptyDump: string;
  /** A migrated data directory on disk (`DATA_DIR/pgdata`), copied for the command-line and server suites. */
  migratedDirectory: string;
  /** The same before any migration, for the suite of `shekara db`. */
  emptyDirectory: string;
}

/**
 * Makes the templates once and keeps them in the system's temporary directory under a name that
 * is a digest of the PGlite version and every migration: a later run, or another test project of
 * the same run, reuses them; a changed migration makes new ones. initdb and the migrations cost
 * about fifteen seconds of CPU, which every suite and every command-line workspace paid before.
 */
export async function databaseTemplates(): Promise<DatabaseTemplates> {
  const folder = path.join(os.tmpdir(), `shekara-test-db-${templateKey()}`);
  const templates: DatabaseTemplates = {
    emptyDump: path.join(folder, 'empty.tar'),
    migratedDirectory: path.join(folder, 'migrated'),
    emptyDirectory: path.join(folder, 'empty'),
  };
  if (fs.existsSync(path.join(folder, 'complete'))) return templates;

  // Made beside the final folder and renamed into place, so a run that stops half-way, or two
  // runs at once, never leave a half-made template where another looks.
  const making = fs.mkdtempSync(`${folder}.making-`);
  try {
    const db = await openPglite();
    const dump = async () => new Uint8Array(await (await db.pglite.dumpDataDir('none')).arrayBuffer());
    const empty = await dump();
    fs.writeFileSync(path.join(making, 'empty.tar'), empty);
    await migrate(db);
    const migrated = await dump();
    await db.close();

    for (const [name, contents] of [
      ['empty', empty],
      ['migrated', migrated],
    ] as const) {
      const onDisk = await openPglite({ dataDir: path.join(making, name), loadDataDir: contents });
      await onDisk.close();
    }
    fs.writeFileSync(path.join(making, 'complete'), '');
    try {
      fs.renameSync(making, folder);
    } catch {
      // Another run put its own in place first: theirs is as good.
    }
  } finally {
    fs.rmSync(making, { recursive: true, force: true });
  }
  return templates;
}

function templateKey(): string {
  const digest = createHash('sha256').update(pgliteVersion());
  for (const migration of readMigrations()) digest.update(`${migration.version}:${migration.checksum}\n`);
  return digest.digest('hex').slice(0, 16);
}

/** The installed PGlite's version (its package does not export package.json, so found beside its entry). */
function pgliteVersion(): string {
  let folder = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (!fs.existsSync(path.join(folder, 'package.json'))) folder = path.dirname(folder);
  return (JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as { version: string }).version;
}
