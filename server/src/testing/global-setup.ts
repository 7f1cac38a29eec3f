import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from '../platform/db/migrations.ts';
import type { TestProject } from 'vitest/node';
import { openPglite } from '../platform/db/pglite.ts';
import './provided-context.ts';

/** Runs initdb and the migrations once per test run, and leaves a dump every PGlite suite starts from. */
export default async function setup(project: TestProject): Promise<() => void> {
  if (process.env.DATABASE_URL) return () => {};
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-template-'));
  const file = path.join(dir, 'pglite-template.tar');
  const db = await openPglite();
  await migrate(db);
  const dump = await db.pglite.dumpDataDir('none');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await db.close();
  project.provide('pgliteTemplate', file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
