import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MigrationError, readMigrations } from './migrations.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

function directoryWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-migrations-'));
  made.push(dir);
  for (const [name, sql] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), sql);
  return dir;
}

describe('migration files', () => {
  it('are read in version order with a checksum of their text', () => {
    const migrations = readMigrations(
      directoryWith({ '0002_b.sql': 'select 2;', '0001_a.sql': 'select 1;', 'README.md': 'notes' }),
    );
    expect(migrations.map((m) => [m.version, m.name])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    expect(migrations[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('must be named NNNN_lower_snake_name.sql', () => {
    expect(() => readMigrations(directoryWith({ '1_init.sql': '' }))).toThrow(MigrationError);
  });

  it('may not share a version', () => {
    expect(() => readMigrations(directoryWith({ '0001_a.sql': '', '0001_b.sql': '' }))).toThrow(/share version 0001/);
  });

  it('of the project are all well named', () => {
    expect(readMigrations().length).toBeGreaterThan(0);
  });
});
