import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { buildTestApp, codeOf } from '../../../testing/app.ts';
import { openTestDatabase } from '../../../testing/database.ts';
import { loadNomenclatureDemoData } from './load-demo-data.ts';

/** The public TN VED routes of issue 5 point 5, through HTTP on the bundled nomenclature. */
describe('GET /api/v1/reference/tnved…', () => {
  let db: Database;
  let app: Awaited<ReturnType<typeof buildTestApp>>;
  // 23:30 UTC on 1 March is already 2 March in Almaty
  const clock = manualClock('2026-03-01T23:30:00Z');

  beforeAll(async () => {
    db = await openTestDatabase();
    await db.transaction((tx) => loadNomenclatureDemoData(tx));
    app = await buildTestApp(db, { clock });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  it('point 5: searches by words at today in Almaty by default, each hit with its path, rates and score', async () => {
    const response = await get(`/api/v1/reference/tnved?q=${encodeURIComponent('лошади')}&limit=3`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ date: '2026-03-02', query: 'лошади' });
    expect(body.hits[0]).toMatchObject({
      code: '0101',
      level: 'heading',
      name: { ru: 'ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ ЖИВЫЕ', kk: 'ТІРІ ЖЫЛҚЫЛАР, ЕСЕКТЕР, ҚАШЫРЛАР ЖӘНЕ ЛОШАКТАР' },
      path: [
        { code: 'I', level: 'section' },
        { code: '01', level: 'chapter', name: { ru: 'ЖИВЫЕ ЖИВОТНЫЕ' } },
      ],
    });
    expect(body.hits[0].score).toBeGreaterThanOrEqual(50);
    expect(body.hits[0].rates).toMatchObject({ date: '2026-03-02' });
    expect(body.hits.length).toBeLessThanOrEqual(3);
  });

  it('point 5: a code prefix with spaces lists the exact code, then the codes under it; sections have no rates', async () => {
    const body = (await get('/api/v1/reference/tnved?q=0101%2021&date=2024-05-01')).json();
    expect(body.hits.map((hit: { code: string }) => hit.code)).toEqual(['0101210000']);
    const tooLong = (await get('/api/v1/reference/tnved?q=0101%20210000%2077&date=2024-05-01')).json();
    expect(tooLong.hits.map((hit: { code: string; score: number }) => `${hit.code} ${hit.score}`)).toEqual([
      '0101210000 100',
    ]);
    const heading = (await get('/api/v1/reference/tnved?q=0101&date=2024-05-01')).json();
    expect(heading.hits.map((hit: { code: string; score: number }) => `${hit.code} ${hit.score}`)).toEqual([
      '0101 100',
      '0101210000 90',
      '0101291000 90',
      '0101299000 90',
      '0101300000 90',
      '0101900000 90',
    ]);
    const section = (await get(`/api/v1/reference/tnved?q=${encodeURIComponent('текстильные материалы')}`)).json();
    expect(section.hits[0]).toMatchObject({ code: 'XI', level: 'section', path: [], rates: null });
  });

  it('point 5: bounds the query, the limit and the date at the edge', async () => {
    expect((await get(`/api/v1/reference/tnved?q=${'а'.repeat(201)}`)).statusCode).toBe(400);
    expect((await get('/api/v1/reference/tnved?q=01&limit=0')).statusCode).toBe(400);
    expect((await get('/api/v1/reference/tnved?q=01&limit=101')).statusCode).toBe(400);
    expect((await get('/api/v1/reference/tnved?q=01&date=2024-02-30')).statusCode).toBe(400);
    expect((await get('/api/v1/reference/tnved?q=%20')).json().hits).toEqual([]);
  });

  it('point 5: one code with its path, validity, children (with whether they have their own) and rates', async () => {
    const chapter = (await get('/api/v1/reference/tnved/01?date=2024-05-01')).json();
    expect(chapter).toMatchObject({
      date: '2024-05-01',
      code: '01',
      level: 'chapter',
      path: [{ code: 'I' }],
      validFrom: '2022-01-01',
      validTo: null,
    });
    expect(chapter.children[0]).toEqual({
      code: '0101',
      level: 'heading',
      name: expect.objectContaining({ ru: 'ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ ЖИВЫЕ' }),
      hasChildren: true,
    });
    const leaf = (await get('/api/v1/reference/tnved/0101210000?date=2024-05-01')).json();
    expect(leaf).toMatchObject({
      level: 'subheading',
      children: [],
      path: [{ code: 'I' }, { code: '01' }, { code: '0101' }],
    });
    expect(leaf.rates).toMatchObject({ date: '2024-05-01' });
    expect(
      (await get('/api/v1/reference/tnved/XVI')).json().children.map((child: { code: string }) => child.code),
    ).toEqual(['84', '85']);
  });

  it("point 5: a code not in the nomenclature at the date is 404 REFERENCE_CODE_NOT_FOUND, in the reader's language", async () => {
    const response = await get('/api/v1/reference/tnved/9999?date=2024-05-01', { 'accept-language': 'kk' });
    expect(response.statusCode).toBe(404);
    expect(codeOf(response)).toBe('REFERENCE_CODE_NOT_FOUND');
    expect(response.json().error.message).toBe('ЕАЭО СЭҚ ТН бойынша 01.05.2024 күні 9999 коды жоқ.');
    expect((await get('/api/v1/reference/tnved/01x1')).statusCode).toBe(400);
  });

  it('issue 19 point 7: a date before the code existed says from when it is valid; a search on it says the date is the cause', async () => {
    const response = await get('/api/v1/reference/tnved/0101?date=2021-12-31', { 'accept-language': 'ru' });
    expect(response.statusCode).toBe(404);
    expect(codeOf(response)).toBe('REFERENCE_CODE_NOT_YET_VALID');
    expect(response.json().error.message).toBe(
      'Код 0101 действует в ТН ВЭД ЕАЭС с 01.01.2022: на 31.12.2021 его ещё не было. Выберите дату не ранее 01.01.2022.',
    );
    const search = (await get('/api/v1/reference/tnved?q=0101&date=2021-12-31')).json();
    expect(search).toMatchObject({ hits: [], validFrom: '2022-01-01' });
    const found = (await get('/api/v1/reference/tnved?q=0101&date=2024-05-01')).json();
    expect(found.validFrom).toBeNull();
  });

  it('point 5: the sections in numeric order with their chapters', async () => {
    const body = (await get('/api/v1/reference/tnved/sections?date=2024-05-01')).json();
    expect(body.sections.map((section: { code: string }) => section.code).slice(0, 12)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
      'VIII',
      'IX',
      'X',
      'XI',
      'XII',
    ]);
    expect(body.sections).toHaveLength(21);
    expect(body.sections[0]).toMatchObject({ code: 'I', chapters: [{ code: '01' }, { code: '02' }, { code: '04' }] });
    expect((await get('/api/v1/reference/tnved/sections?date=2021-01-01')).json().sections).toEqual([]);
  });

  it('point 5: every answer carries an ETag and a matching If-None-Match gets 304 without a body', async () => {
    for (const url of [
      '/api/v1/reference/tnved?q=0101&date=2024-05-01',
      '/api/v1/reference/tnved/0101?date=2024-05-01',
      '/api/v1/reference/tnved/sections?date=2024-05-01',
    ]) {
      const first = await get(url);
      const etag = first.headers.etag as string;
      expect(etag, url).toMatch(/^"[\w-]+"$/);
      const again = await get(url, { 'if-none-match': etag });
      expect(again.statusCode, url).toBe(304);
      expect(again.body).toBe('');
      expect((await get(url, { 'if-none-match': '"other"' })).statusCode).toBe(200);
    }
  });
});
