import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readMigrations } from './platform/db/migrations.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-cli-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function shekara(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/shekara.mjs', ...args], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the shekara command', () => {
  it('describes its commands', () => {
    const { code, stdout } = shekara('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: shekara');
    expect(stdout).toMatch(/db\s+the database schema/);
  });

  it('shows migrations pending, applies them, then shows them applied', () => {
    const migrations = readMigrations();
    const before = shekara('db', 'status');
    expect(before.code).toBe(0);
    expect(before.stdout).toContain('database: pglite');
    expect(before.stdout).toContain(`0 applied, ${migrations.length} pending`);

    const applied = shekara('db', 'migrate');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('applied 0001_reference_regions');
    expect(shekara('db', 'migrate').stdout).toContain('the database is up to date');

    const after = shekara('db', 'status');
    expect(after.stdout).toMatch(/0001_reference_regions {2}applied {2}\d{4}-\d{2}-\d{2}T/);
    expect(after.stdout).toContain(`${migrations.length} applied, 0 pending`);
  }, 300_000);

  it('refuses bad configuration in one line', () => {
    const result = spawnSync(process.execPath, ['bin/shekara.mjs', 'db', 'status'], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: 'mysql://nope' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'shekara: configuration error: DATABASE_URL: must be a postgres:// or postgresql:// URL',
    );
  });
});
