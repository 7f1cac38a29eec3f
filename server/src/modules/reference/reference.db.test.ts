import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/app.ts';
import { suiteDatabase } from '../../testing/suite-database.ts';
import { loadReferenceDemoData } from './load-demo-data.ts';

const db = await suiteDatabase();

describe('bundled demo data', () => {
  it('loads once and changes nothing when loaded again', async () => {
    // toMatchObject: the classifiers, offices' documents, rates and tariffs count themselves in their own suites
    expect(await loadReferenceDemoData(db)).toMatchObject({
      regions: { added: 20, changed: 0, unchanged: 0 },
      customsBodies: { added: 30, changed: 0, unchanged: 0 },
      calendarDays: { added: 60, changed: 0, unchanged: 0 },
    });
    expect(await loadReferenceDemoData(db)).toMatchObject({
      regions: { added: 0, changed: 0, unchanged: 20 },
      customsBodies: { added: 0, changed: 0, unchanged: 30 },
      calendarDays: { added: 0, changed: 0, unchanged: 60 },
    });
  });

  it('repairs a row edited by hand on the next load', async () => {
    await db.query("update regions set name_en = 'Astana city' where code = '71'");
    expect((await loadReferenceDemoData(db)).regions).toEqual({ added: 0, changed: 1, unchanged: 19 });
  });
});

describe('GET /api/v1/reference/classifiers/regions (ACC-13)', () => {
  it('lists the 17 regions and 3 cities with names in kk, ru and en', async () => {
    const app = await buildTestApp(db);
    const response = await app.inject({ method: 'GET', url: '/api/v1/reference/classifiers/regions' });
    expect(response.statusCode).toBe(200);
    const { items } = response.json();
    expect(items).toHaveLength(20);
    expect(items.filter((r: { kind: string }) => r.kind === 'city').map((r: { code: string }) => r.code)).toEqual([
      '71',
      '75',
      '79',
    ]);
    expect(items[0]).toEqual({
      code: '10',
      kind: 'region',
      name: { kk: 'Абай облысы', ru: 'Абайская область', en: 'Abai Region' },
    });
    await app.close();
  });
});
