import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/app.ts';
import { suiteDatabase } from '../../testing/suite-database.ts';
import { loadReferenceDemoData } from './load-demo-data.ts';
import { departmentOfBody, findCustomsBody, listCustomsBodies, territorialDepartmentOf } from './repository.ts';

const db = await suiteDatabase(loadReferenceDemoData);

describe('customs bodies', () => {
  it('give every region one territorial department', async () => {
    const departments = await listCustomsBodies(db, { kind: 'territorial_department' });
    expect(departments).toHaveLength(20);
    expect(new Set(departments.map((d) => d.regionCode)).size).toBe(20);
    expect(await territorialDepartmentOf(db, '75')).toMatchObject({
      code: '75000',
      name: {
        ru: 'Департамент государственных доходов по городу Алматы',
        en: 'Department of State Revenue for Almaty',
      },
    });
    expect((await territorialDepartmentOf(db, '71', '2026-11-22'))?.code).toBe('71000');
    expect(await territorialDepartmentOf(db, '71', '2020-01-01')).toBeUndefined();
    expect(await territorialDepartmentOf(db, '99')).toBeUndefined();
  });

  it('are filtered by kind and region', async () => {
    const zhetisu = await listCustomsBodies(db, { regionCode: '33' });
    expect(zhetisu.map((b) => b.code)).toEqual(['33000', '33201', '33202', '33301', '33302', '33303']);
    expect((await listCustomsBodies(db, { kind: 'border_checkpoint', regionCode: '33' })).map((b) => b.code)).toEqual([
      '33301',
      '33302',
      '33303',
    ]);
    expect(await findCustomsBody(db, '33303')).toMatchObject({
      kind: 'border_checkpoint',
      parentCode: '33202',
      email: null,
      validTo: null,
    });
    expect(await findCustomsBody(db, '00000')).toBeUndefined();
  });

  it('lead up to their territorial department', async () => {
    expect((await departmentOfBody(db, '33303'))?.code).toBe('33000'); // checkpoint → post → department
    expect((await departmentOfBody(db, '75101'))?.code).toBe('75000');
    expect((await departmentOfBody(db, '75000'))?.code).toBe('75000');
    expect(await departmentOfBody(db, '00000')).toBeUndefined();
  });

  it('refuse a second current department for a region, and a department with a parent', async () => {
    const insert = (code: string, kind: string, parent: string | null) =>
      db.query(
        `insert into customs_bodies (code, kind, region_code, parent_code, name_kk, name_ru, name_en, address, valid_from)
         values ($1, $2, '75', $3, 'k', 'r', 'e', 'a', '2026-01-01')`,
        [code, kind, parent],
      );
    await expect(insert('75999', 'territorial_department', null)).rejects.toThrow(/customs_bodies_current_department/);
    await expect(insert('75998', 'customs_office', null)).rejects.toThrow(/check constraint/);
  });
});

describe('GET /api/v1/reference/customs-bodies', () => {
  it('lists bodies by kind and region, with an ETag that answers 304 when unchanged', async () => {
    const app = await buildTestApp(db);
    const response = await app.inject('/api/v1/reference/customs-bodies?kind=territorial_department&region=71');
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([
      {
        code: '71000',
        kind: 'territorial_department',
        regionCode: '71',
        parentCode: null,
        name: {
          kk: 'Астана қаласы бойынша Мемлекеттік кірістер департаменті',
          ru: 'Департамент государственных доходов по городу Астане',
          en: 'Department of State Revenue for Astana',
        },
        address: 'г. Астана',
        email: 'dgd71@demo.shekara.localhost',
        validFrom: '2022-06-08',
        validTo: null,
      },
    ]);
    expect(response.headers['cache-control']).toBe('public, max-age=3600');
    const etag = response.headers.etag as string;
    const again = await app.inject({
      method: 'GET',
      url: '/api/v1/reference/customs-bodies?kind=territorial_department&region=71',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const all = await app.inject('/api/v1/reference/customs-bodies');
    expect(all.json().items).toHaveLength(30);
    expect(all.headers.etag).not.toBe(etag);
    const bad = await app.inject('/api/v1/reference/customs-bodies?kind=bank');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    await app.close();
  });
});
