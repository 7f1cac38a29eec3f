import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { readMigrations } from './platform/db/migrations.ts';
import { pgliteDirectory } from './platform/db/open-database.ts';
import { runShekara, spawnShekara } from './testing/cli.ts';
import './testing/provided-context.ts';

// A database before any migration, laid in from the run's template: `npm start`'s own suite shows
// a data directory made from nothing (initdb costs seconds of CPU, once is enough).
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-cli-'));
fs.cpSync(inject('pgliteEmptyTemplateDirectory'), pgliteDirectory(dataDir), { recursive: true });
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const shekara = (...args: string[]) => runShekara(args, { DATABASE_URL: '', DATA_DIR: dataDir });

describe('the shekara command', { timeout: 300_000 }, () => {
  it('describes its commands (bin/shekara.mjs, in a process of its own)', async () => {
    const { code, stdout } = await spawnShekara(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: shekara');
    expect(stdout).toMatch(/db\s+the database schema/);
    expect(stdout).toMatch(/signature\s+NCA RK digital signatures/);
  });

  it('refuses bad configuration in one line with exit code 1 (in a process of its own)', async () => {
    const result = await spawnShekara(['db', 'status'], { DATABASE_URL: 'mysql://nope' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'shekara: configuration error: DATABASE_URL: must be a postgres:// or postgresql:// URL',
    );
  });

  it('shows migrations pending, applies them, then shows them applied', async () => {
    const migrations = readMigrations();
    const before = await shekara('db', 'status');
    expect(before.code).toBe(0);
    expect(before.stdout).toContain('database: pglite');
    expect(before.stdout).toContain(`0 applied, ${migrations.length} pending`);

    const applied = await shekara('db', 'migrate');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('applied 0001_reference_regions');
    expect((await shekara('db', 'migrate')).stdout).toContain('the database is up to date');

    const after = await shekara('db', 'status');
    expect(after.stdout).toMatch(/0001_reference_regions {2}applied {2}\d{4}-\d{2}-\d{2}T/);
    expect(after.stdout).toContain(`${migrations.length} applied, 0 pending`);
  });

  it('loads the bundled demo data, and loading it again changes nothing', async () => {
    const first = await shekara('demo-data', 'load');
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ reference: { regions: { added: 20 } } });
    const again = JSON.parse((await shekara('demo-data', 'load')).stdout);
    expect(again.reference.regions).toMatchObject({ added: 0, changed: 0, unchanged: 20 });
  });

  it('answers a usage error with exit code 2 and the help, and the version with 0', async () => {
    const unknown = await shekara('db', 'frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    const version = await shekara('--version');
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
