import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from './demo-data.ts';
import type { Database } from './platform/db/database.ts';
import { openTestDatabase } from './testing/database.ts';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => db.close());

const renamed = async () =>
  Number(
    (await db.query<{ n: string }>(`select count(*) as n from regions where name_en = 'Renamed by hand'`)).rows[0]!.n,
  );
const renameOne = () =>
  db.query(`update regions set name_en = 'Renamed by hand' where code = (select min(code) from regions)`);

describe('demo data at start', () => {
  it('is compared and loaded once per version of the code; a new version or no version loads it again', async () => {
    const first = await loadDemoData(db, 'version-a');
    expect(first.reference).toMatchObject({ regions: { added: 20 } });
    // A region renamed by hand stays so across starts of the same code…
    await renameOne();
    const again = await loadDemoData(db, 'version-a');
    expect(again).toEqual({
      reference: 'loaded before by this version',
      registers: 'loaded before by this version',
      portal: 'loaded before by this version',
      declarations: 'loaded before by this version',
    });
    expect(await renamed()).toBe(1);
    // …and is put back by new code, or by `shekara demo-data load`, which passes no version.
    expect((await loadDemoData(db, 'version-b')).reference).toMatchObject({ regions: { changed: 1, unchanged: 19 } });
    expect(await renamed()).toBe(0);
    await renameOne();
    expect((await loadDemoData(db)).reference).toMatchObject({ regions: { changed: 1 } });
    expect(await renamed()).toBe(0);
  });
});
