import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from '../platform/db/migrations.ts';
import { openPglite } from '../platform/db/pglite.ts';
import './provided-context.ts';

/** Runs initdb and the migrations once per test run, and leaves dumps (empty and migrated) that PGlite suites start from. */
export default async function setup(project: TestProject): Promise<() => void> {
  if (process.env.DATABASE_URL) return () => {};
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-template-'));
  const db = await openPglite();
  const dump = async (name: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, Buffer.from(await (await db.pglite.dumpDataDir('none')).arrayBuffer()));
    return file;
  };
  project.provide('pgliteEmptyTemplate', await dump('empty.tar'));
  await migrate(db);
  project.provide('pgliteTemplate', await dump('migrated.tar'));
  await db.close();
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
