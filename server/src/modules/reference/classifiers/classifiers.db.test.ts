import { classifierNames } from '@shekara/contracts/reference';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { buildTestApp, codeOf } from '../../../testing/app.ts';
import { openTestDatabase } from '../../../testing/database.ts';
import { loadClassifierDemoData } from './load-demo-data.ts';

let db: Database;
let app: Awaited<ReturnType<typeof buildTestApp>>;
const clock = manualClock('2026-03-02T06:00:00Z');
beforeAll(async () => {
  db = await openTestDatabase();
  // the tariffs module's VAT rates, which the vat-rates classifier shows
  await db.query(
    `insert into vat_rates (valid_from, valid_to, percent, name_kk, name_ru, name_en, legal_basis) values
       ('2009-01-01', '2025-12-31', 12, 'ҚҚС, 12 %', 'НДС, 12 %', 'VAT, 12 %', 'Tax Code of 2008'),
       ('2026-01-01', null, 16, 'ҚҚС, 16 %', 'НДС, 16 %', 'VAT, 16 %', 'Law No. 214-VIII of 18.07.2025')`,
  );
  app = await buildTestApp(db, { clock });
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

describe('bundled classifiers (issue 5 points 1 and 4)', () => {
  it('load in full once, and loading again changes nothing', async () => {
    const first = await loadClassifierDemoData(db);
    expect(first.added).toBeGreaterThan(400);
    expect(first.changed + first.unchanged).toBe(0);
    expect(await loadClassifierDemoData(db)).toEqual({ added: 0, changed: 0, unchanged: first.added });
  });

  it('put back a name edited by hand on the next load', async () => {
    await db.query("update classifier_items set name_en = 'Kazakstan' where classifier = 'countries' and code = 'KZ'");
    expect((await loadClassifierDemoData(db)).changed).toBe(1);
  });

  it('issue 21 point 7: an existing database takes the official names on the next load', async () => {
    // as an earlier bundle wrote them
    await db.query("update classifier_items set name_ru = 'ОАЭ' where classifier = 'countries' and code = 'AE'");
    await db.query(
      "update classifier_items set name_ru = 'казахский тенге' where classifier = 'currencies' and code = 'KZT'",
    );
    expect((await loadClassifierDemoData(db)).changed).toBe(2);
    const { rows } = await db.query<{ code: string; name_ru: string }>(
      "select code, name_ru from classifier_items where code in ('AE', 'KZT') order by code",
    );
    expect(rows).toEqual([
      { code: 'AE', name_ru: 'Объединенные Арабские Эмираты' },
      { code: 'KZT', name_ru: 'Казахстанский тенге' },
    ]);
  });
});

describe('GET /api/v1/reference/classifiers (issue 5 point 5)', () => {
  it('lists every classifier with its titles and the items in force today', async () => {
    const response = await get('/api/v1/reference/classifiers');
    expect(response.statusCode).toBe(200);
    const { classifiers } = response.json() as {
      classifiers: { name: string; title: { kk: string }; count: number }[];
    };
    expect(classifiers.map((c) => c.name)).toEqual(classifierNames);
    const count = Object.fromEntries(classifiers.map((c) => [c.name, c.count]));
    expect(count).toMatchObject({ countries: 249, 'transport-modes': 9, 'vat-rates': 1 });
    expect(classifiers.find((c) => c.name === 'units')?.title.kk).toBe('Өлшем бірліктері');
  });
});

describe('GET /api/v1/reference/classifiers/{name} (issue 5 points 1 and 5)', () => {
  it('gives countries with their numeric codes and names in kk, ru and en', async () => {
    const { items } = (await get('/api/v1/reference/classifiers/countries?date=2026-01-15')).json();
    expect(items.find((i: { code: string }) => i.code === 'KZ')).toEqual({
      code: 'KZ',
      name: { kk: 'Қазақстан', ru: 'Казахстан', en: 'Kazakhstan' },
      validFrom: '2010-09-20',
      validTo: null,
      extra: { numeric: '398' },
    });
  });

  it('gives currencies with numeric code and minor units, customs procedures, transport modes, units and payment types', async () => {
    const find = async (name: string, code: string) =>
      (
        (await get(`/api/v1/reference/classifiers/${name}`)).json().items as {
          code: string;
          name: { ru: string };
          extra?: object;
        }[]
      ).find((i) => i.code === code);
    expect((await find('currencies', 'KZT'))?.extra).toEqual({ numeric: '398', minorUnits: 2 });
    expect((await find('currencies', 'JPY'))?.extra).toEqual({ numeric: '392', minorUnits: 0 });
    expect((await find('customs-procedures', '40'))?.name.ru).toBe('Выпуск для внутреннего потребления');
    expect((await find('customs-procedures', '80'))?.name.ru).toBe('Таможенный транзит');
    expect((await find('transport-modes', '71'))?.name.ru).toBe('Трубопроводный транспорт');
    expect((await find('units', '166'))?.extra).toEqual({ symbol: 'кг', international: 'KGM' });
    expect((await find('payment-types', '5010'))?.name.ru).toBe('Налог на добавленную стоимость');
    expect((await find('document-kinds', 'goods_declaration'))?.extra).toEqual({ group: 'declaration' });
  });

  it("answers what was true on the date asked: VAT 12 % until 31.12.2025, 16 % from 01.01.2026, from the tariffs module's table", async () => {
    const vat = async (date: string) => (await get(`/api/v1/reference/classifiers/vat-rates?date=${date}`)).json();
    expect((await vat('2025-12-31')).items).toEqual([
      {
        code: '12',
        name: { kk: 'ҚҚС, 12 %', ru: 'НДС, 12 %', en: 'VAT, 12 %' },
        validFrom: '2009-01-01',
        validTo: '2025-12-31',
        extra: { percent: '12', legalBasis: 'Tax Code of 2008' },
      },
    ]);
    const from2026 = await vat('2026-01-01');
    expect(from2026.date).toBe('2026-01-01');
    expect(from2026.items).toEqual([
      expect.objectContaining({ code: '16', validTo: null, extra: expect.objectContaining({ percent: '16' }) }),
    ]);
    // without a date: today in Almaty, by the injected clock
    expect((await get('/api/v1/reference/classifiers/vat-rates')).json().date).toBe('2026-03-02');
  });

  it('refuses an unknown classifier with 404 REFERENCE_CLASSIFIER_NOT_FOUND, in the language asked', async () => {
    const response = await get('/api/v1/reference/classifiers/planets', { 'accept-language': 'kk' });
    expect(response.statusCode).toBe(404);
    expect(codeOf(response)).toBe('REFERENCE_CLASSIFIER_NOT_FOUND');
    expect(response.json().error.message).toBe('«planets» сыныптауышы жоқ.');
    expect((await get('/api/v1/reference/classifiers/countries?date=2026-02-30')).statusCode).toBe(400);
  });

  it('answers with an ETag and 304 when it has not changed', async () => {
    const first = await get('/api/v1/reference/classifiers/units');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    const again = await get('/api/v1/reference/classifiers/units', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const list = await get('/api/v1/reference/classifiers');
    expect(
      (await get('/api/v1/reference/classifiers', { 'if-none-match': list.headers.etag as string })).statusCode,
    ).toBe(304);
  });
});
