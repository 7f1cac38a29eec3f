import { afterEach, describe, expect, it } from 'vitest';
import { openEmptyTestDatabase } from '../../testing/database.ts';
import type { Database } from './database.ts';
import { type Migration, MigrationError, migrate, migrationStatus, readMigrations } from './migrations.ts';

const open: Database[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.close()));
});
const emptyDatabase = async () => {
  const db = await openEmptyTestDatabase();
  open.push(db);
  return db;
};
const migration = (version: number, name: string, sql: string): Migration => ({
  version,
  name,
  sql,
  checksum: `sum-${sql}`,
});

describe('migrations', () => {
  it('apply the project files in order, once, and record each', async () => {
    const db = await emptyDatabase();
    const files = readMigrations();
    expect((await migrationStatus(db)).every((s) => s.state === 'pending')).toBe(true);

    const applied = await migrate(db);
    expect(applied.map((m) => m.version)).toEqual(files.map((m) => m.version));
    expect((await migrationStatus(db)).every((s) => s.state === 'applied' && s.appliedAt instanceof Date)).toBe(true);
    expect(await migrate(db)).toEqual([]);
  });

  it('roll back a failing migration whole, recording nothing', async () => {
    const db = await emptyDatabase();
    const broken = [
      migration(1, 'ok', 'create table a (x int);'),
      migration(2, 'broken', 'create table b (x int); select * from missing;'),
    ];
    await expect(migrate(db, broken)).rejects.toThrow(/0002_broken failed/);
    const states = await migrationStatus(db, broken);
    expect(states.map((s) => s.state)).toEqual(['applied', 'pending']);
    const tables = await db.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_name in ('a', 'b') and table_schema = current_schema()",
    );
    expect(tables.rows.map((r) => r.name)).toEqual(['a']);
  });

  it('refuse to run when an applied migration was edited since', async () => {
    const db = await emptyDatabase();
    await migrate(db, [migration(1, 'first', 'create table c (x int);')]);
    const edited = [
      migration(1, 'first', 'create table c (x bigint);'),
      migration(2, 'next', 'create table d (x int);'),
    ];
    expect((await migrationStatus(db, edited)).map((s) => s.state)).toEqual(['changed', 'pending']);
    await expect(migrate(db, edited)).rejects.toThrow(MigrationError);
    await expect(migrate(db, edited)).rejects.toThrow(/0001_first was edited after it was applied/);
  });

  it('report an applied version that has no file as unknown', async () => {
    const db = await emptyDatabase();
    await migrate(db, [migration(1, 'a', 'select 1;'), migration(2, 'b', 'select 2;')]);
    expect((await migrationStatus(db, [migration(1, 'a', 'select 1;')])).map((s) => s.state)).toEqual([
      'applied',
      'unknown',
    ]);
  });

  it('are safe when two nodes migrate at once', async () => {
    const db = await emptyDatabase();
    const files = [migration(1, 'a', 'create table e (x int);'), migration(2, 'b', 'create table f (x int);')];
    const [first, second] = await Promise.all([migrate(db, files), migrate(db, files)]);
    expect(first.length + second.length).toBe(2);
    expect((await migrationStatus(db, files)).map((s) => s.state)).toEqual(['applied', 'applied']);
  });
});
