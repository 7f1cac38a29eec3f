import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { buildTestApp } from '../../../testing/app.ts';
import { openTestDatabase } from '../../../testing/database.ts';
import { customsBodies } from '../demo-data/customs-bodies.ts';
import { regions } from '../demo-data/regions.ts';
import { upsertCustomsBodies, upsertRegions } from '../repository.ts';
import { loadCustomsOfficeDemoData } from './load-demo-data.ts';

let db: Database;
let app: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  db = await openTestDatabase();
  await upsertRegions(db, regions);
  await upsertCustomsBodies(db, customsBodies);
  app = await buildTestApp(db, { clock: manualClock('2026-03-02T06:00:00Z') });
});
afterAll(async () => {
  await app.close();
  await db.close();
});

type Office = { code: string; kind: string; regionCode: string; acceptsDocumentKinds: string[]; name: { ru: string } };
const offices = async (query: string) => {
  const response = await app.inject({ method: 'GET', url: `/api/v1/reference/customs-offices${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { offices: Office[] }).offices;
};

describe('which documents each customs body accepts (issue 5 point 1)', () => {
  it('loads the demo acceptances once; loading again changes nothing', async () => {
    const first = await loadCustomsOfficeDemoData(db);
    expect(first.added).toBeGreaterThan(30);
    expect(await loadCustomsOfficeDemoData(db)).toEqual({ added: 0, changed: 0, unchanged: first.added });
  });
});

describe('GET /api/v1/reference/customs-offices (issue 5 point 5)', () => {
  it('lists every body in force with the document kinds it accepts', async () => {
    const all = await offices('');
    expect(all).toHaveLength(customsBodies.length);
    expect(all.find((o) => o.code === '33201')).toEqual({
      code: '33201',
      kind: 'customs_post',
      regionCode: '33',
      parentCode: '33000',
      name: { kk: '«Қорғас» кеден бекеті', ru: 'Таможенный пост «Хоргос»', en: 'Khorgos customs post' },
      address: 'Жетысуская обл., Хоргос',
      acceptsDocumentKinds: [
        'delivery_control_document',
        'dts_1',
        'dts_2',
        'goods_declaration',
        'passenger_declaration',
        'preliminary_information',
        'release_before_declaration',
        'temporary_vehicle_operations',
        'transaction_passport',
        'transit_declaration',
        'vehicle_declaration',
      ],
    });
  });

  it('filters by region, kind, accepted document kind, and code or name in any language', async () => {
    expect((await offices('?region=33&kind=border_checkpoint')).map((o) => o.code)).toEqual([
      '33301',
      '33302',
      '33303',
    ]);
    const declarations = await offices('?documentKind=goods_declaration&region=75');
    expect(declarations.map((o) => o.code)).toEqual(['75101']);
    expect((await offices('?q=751')).map((o) => o.code)).toEqual(['75101']);
    expect((await offices('?q=хоргос')).map((o) => o.code)).toEqual(['33201', '33301']);
    expect((await offices('?q=Қорғас')).map((o) => o.code)).toEqual(['33201', '33301']);
    expect((await offices('?q=altynkol')).map((o) => o.code)).toEqual(['33302']);
    expect(await offices('?q=100%25')).toEqual([]);
  });

  it('answers as of the date asked: an acceptance that ended, and a body not yet open', async () => {
    await db.query(
      "update customs_body_document_kinds set valid_to = '2025-12-31' where body_code = '33303' and document_kind = 'preliminary_information'",
    );
    await db.query(
      "insert into customs_body_document_kinds (body_code, document_kind, valid_from) values ('33303', 'goods_declaration', '2026-01-01')",
    );
    const before = (await offices('?date=2025-12-31&q=33303'))[0];
    const after = (await offices('?date=2026-01-01&q=33303'))[0];
    expect(before?.acceptsDocumentKinds).toEqual([
      'passenger_declaration',
      'preliminary_information',
      'temporary_vehicle_operations',
      'transit_declaration',
      'vehicle_declaration',
    ]);
    expect(after?.acceptsDocumentKinds).toEqual([
      'goods_declaration',
      'passenger_declaration',
      'temporary_vehicle_operations',
      'transit_declaration',
      'vehicle_declaration',
    ]);
    expect(
      (await offices('?date=2026-01-01&documentKind=preliminary_information&region=33')).map((o) => o.code),
    ).not.toContain('33303');
    expect(await offices('?date=2022-01-01')).toEqual([]);
  });

  it('refuses unknown filters and over-long searches', async () => {
    for (const query of [
      '?kind=airport',
      '?documentKind=letter',
      '?region=7',
      `?q=${'а'.repeat(101)}`,
      '?date=yesterday',
    ]) {
      const response = await app.inject({ method: 'GET', url: `/api/v1/reference/customs-offices${encodeURI(query)}` });
      expect(response.statusCode, query).toBe(400);
    }
  });

  it('answers with an ETag and 304 when it has not changed', async () => {
    const first = await app.inject({ method: 'GET', url: '/api/v1/reference/customs-offices?region=71' });
    const again = await app.inject({
      method: 'GET',
      url: '/api/v1/reference/customs-offices?region=71',
      headers: { 'if-none-match': first.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
  });
});
