import path from 'node:path';
import type { SourceNode } from '@shekara/contracts/reference/tnved';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { corpusDir, corpusMissing } from '../../../testing/corpus.ts';
import { openTestDatabase } from '../../../testing/database.ts';
import { importNomenclature } from './import-nomenclature.ts';
import { loadNomenclatureDemoData } from './load-demo-data.ts';
import { readFtsTxtDirectory } from './read-fts-txt.ts';
import { readJsonFile } from './read-json.ts';
import { findNode, listChildren } from './repository.ts';
import { searchNomenclature } from './search.ts';
import { nomenclatureIndex } from './search-index.ts';

const clock = manualClock('2026-03-02T06:00:00Z');
const line = (
  code: string,
  level: SourceNode['level'],
  ru: string,
  validFrom: string,
  validTo: string | null = null,
  extra: Partial<SourceNode> = {},
): SourceNode => ({
  code,
  level,
  name: { ru, kk: null, en: null },
  notes: null,
  validFrom,
  validTo,
  line: `test:${code}`,
  ...extra,
});

describe('the bundled nomenclature (issue 5 point 4)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('loads a few hundred lines at start, and loading again adds and changes nothing', async () => {
    const first = await db.transaction((tx) => loadNomenclatureDemoData(tx));
    expect(first.added).toBeGreaterThan(300);
    expect(await db.transaction((tx) => loadNomenclatureDemoData(tx))).toEqual({
      added: 0,
      changed: 0,
      unchanged: first.added,
    });
  });

  it('issue 21 point 7: a corrected Kazakh name reaches a stored version on the next start, its Russian wording stays', async () => {
    // as an earlier bundle wrote it: «ХУРМА» (persimmon) where dates are meant
    await db.query(
      `update tnved_nodes set name_kk = 'ХУРМА, ІНЖІР, АНАНАСТАР, АВОКАДО, ГУАЙЯВА, МАНГО ЖӘНЕ МАНГОСТАН', name_ru = 'ФИНИКИ, ИНЖИР (как импортировано)'
       where code = '0804'`,
    );
    expect((await db.transaction((tx) => loadNomenclatureDemoData(tx))).changed).toBe(1);
    const node = await findNode(db, '0804', '2026-03-02');
    expect(node?.name.kk).toMatch(/^ҚҰРМА, ІНЖІР/);
    expect(node?.name.ru).toBe('ФИНИКИ, ИНЖИР (как импортировано)');
    expect((await searchNomenclature(db, 'құрма', '2026-03-02', 3))[0]?.code).toBe('0804');
    expect((await db.transaction((tx) => loadNomenclatureDemoData(tx))).changed).toBe(0);
  });

  it('point 5: a Kazakh query finds the Kazakh names ("жылқы" → headings 0205 and 0101, "аяқ киім" → chapter 64)', async () => {
    const horses = await searchNomenclature(db, 'жылқы', '2026-03-02', 5);
    // "ЖЫЛҚЫЛАРДЫҢ … ЕТІ" (horse meat) begins with the word, "ТІРІ ЖЫЛҚЫЛАР" (live horses) has it second
    expect(horses.slice(0, 2).map((hit) => hit.code)).toEqual(['0205', '0101']);
    expect(horses[1]).toMatchObject({
      level: 'heading',
      name: { kk: 'ТІРІ ЖЫЛҚЫЛАР, ЕСЕКТЕР, ҚАШЫРЛАР ЖӘНЕ ЛОШАКТАР' },
    });
    expect(horses[1]!.path.map((step) => step.code)).toEqual(['I', '01']);
    const footwear = await searchNomenclature(db, 'аяқ киім', '2026-03-02', 5);
    expect(footwear.slice(0, 2).map((hit) => hit.code)).toEqual(['XII', '64']);
    expect(footwear[0]!.score).toBeGreaterThan(50);
  });

  it('point 5: all words rank before some words; a code prefix lists the exact code first', async () => {
    const hits = await searchNomenclature(db, 'мясо крупного рогатого скота', '2026-03-02', 10);
    expect(
      hits
        .slice(0, 2)
        .map((hit) => hit.code)
        .sort(),
    ).toEqual(['0201', '0202']);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(50);
    expect(hits.at(-1)!.score).toBeLessThan(50);
    const byCode = await searchNomenclature(db, '87 03', '2026-03-02', 3);
    expect(byCode.map((hit) => [hit.code, hit.score])).toEqual([
      ['8703', 100],
      ['8703101100', 90],
      ['8703218000', 90],
    ]);
    expect(byCode[1]!.path.map((step) => step.code)).toEqual(['XVII', '87', '8703']);
  });
});

describe('importing the nomenclature (issue 5 points 1 and 3)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('point 1: a node valid only until a date is there on that date and gone the day after; names are read as of the date', async () => {
    const summary = await importNomenclature(db, clock, {
      what: 'test',
      rejected: [],
      nodes: [
        line('I', 'section', 'ЖИВЫЕ ЖИВОТНЫЕ', '2017-01-01'),
        line('01', 'chapter', 'ЖИВЫЕ ЖИВОТНЫЕ', '2017-01-01', null, { sectionCode: 'I' }),
        line('0106', 'heading', 'ПРОЧИЕ ЖИВЫЕ ЖИВОТНЫЕ', '2017-01-01'),
        line('0106130000', 'subheading', '- - верблюды', '2017-01-01', '2021-12-31'),
        line('0106131000', 'subheading', '- - - верблюды и прочие верблюдовые', '2022-01-01'),
        line('0106', 'heading', 'ПРОЧИЕ ЖИВЫЕ ЖИВОТНЫЕ:', '2012-01-01', '2016-12-31'),
      ],
    });
    expect(summary).toMatchObject({ added: 6, changed: 0, unchanged: 0, rejected: [] });
    expect(await findNode(db, '0106130000', '2021-12-31')).toMatchObject({ validTo: '2021-12-31', parentCode: '0106' });
    expect(await findNode(db, '0106130000', '2022-01-01')).toBeNull();
    expect((await listChildren(db, '0106', '2021-06-01')).map((child) => child.code)).toEqual(['0106130000']);
    expect((await listChildren(db, '0106', '2022-06-01')).map((child) => child.code)).toEqual(['0106131000']);
    expect((await findNode(db, '0106', '2015-01-01'))?.name.ru).toBe('ПРОЧИЕ ЖИВЫЕ ЖИВОТНЫЕ:');
    expect((await searchNomenclature(db, 'верблюды', '2021-06-01', 5)).map((hit) => hit.code)).toEqual(['0106130000']);
    expect((await searchNomenclature(db, 'верблюды', '2022-06-01', 5)).map((hit) => hit.code)).toEqual(['0106131000']);
  });

  it('point 3: rejects, with line and reason, a node with no parent and a repeated version, and keeps the rest', async () => {
    const summary = await importNomenclature(db, clock, {
      what: 'test',
      rejected: [{ line: 'TNVED3.TXT:9', reason: 'the name is empty' }],
      nodes: [
        line('0106', 'heading', 'ПРОЧИЕ ЖИВЫЕ ЖИВОТНЫЕ', '2017-01-01'),
        line('9999', 'heading', 'НЕТ ТАКОЙ ГРУППЫ', '2022-01-01'),
        line('02', 'chapter', 'МЯСО', '2022-01-01', null, { sectionCode: 'XXV' }),
        line('0106190000', 'subheading', '- - прочие', '2022-01-01'),
        line('0106190000', 'subheading', '- - прочие (повтор)', '2022-01-01', null, { line: 'test:again' }),
      ],
    });
    expect(summary.added).toBe(1);
    expect(summary.unchanged).toBe(1);
    expect(summary.rejected.map(({ line: where, reason }) => `${where}: ${reason}`)).toEqual([
      'TNVED3.TXT:9: the name is empty',
      'test:again: 0106190000 from 2022-01-01 repeats test:0106190000',
      'test:9999: heading 9999: no chapter 99 in the nomenclature',
      'test:02: chapter 02: its section XXV is not in the nomenclature',
    ]);
  });

  it('point 3: a changed name is counted as changed, keeps a Kazakh name the source does not give, and is found by its new words', async () => {
    await db.transaction((tx) => loadNomenclatureDemoData(tx));
    const summary = await importNomenclature(db, clock, {
      what: 'test',
      rejected: [],
      nodes: [line('0101', 'heading', 'ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ, ЖИВЫЕ (ВКЛЮЧАЯ ПОНИ)', '2022-01-01')],
    });
    expect(summary).toMatchObject({ added: 0, changed: 1, unchanged: 0 });
    const node = await findNode(db, '0101', '2026-03-02');
    expect(node?.name).toEqual({
      ru: 'ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ, ЖИВЫЕ (ВКЛЮЧАЯ ПОНИ)',
      kk: 'ТІРІ ЖЫЛҚЫЛАР, ЕСЕКТЕР, ҚАШЫРЛАР ЖӘНЕ ЛОШАКТАР',
      en: 'LIVE HORSES, ASSES, MULES AND HINNIES',
    });
    expect((await searchNomenclature(db, 'пони', '2026-03-02', 5)).map((hit) => hit.code)).toEqual(['0101']);
    // a restart's demo load leaves the imported wording alone
    expect((await db.transaction((tx) => loadNomenclatureDemoData(tx))).changed).toBe(0);
    expect((await findNode(db, '0101', '2026-03-02'))?.name.ru).toBe(
      'ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ, ЖИВЫЕ (ВКЛЮЧАЯ ПОНИ)',
    );
  });

  it('point 6: the search index sees a change made by another process within its periodic look at the table', async () => {
    const start = Date.now();
    const before = await nomenclatureIndex(db, start);
    // as another process's import would: straight into the tables, unseen by this process's write count
    const { rows } = await db.query<{ id: number }>(
      `insert into tnved_nodes (code, level, parent_code, name_ru, valid_from) values ('0199', 'heading', '01', 'АЛЬПАКИ ЖИВЫЕ', '2022-01-01') returning id`,
    );
    await db.query(`insert into tnved_search_terms (term, node_id, position) values ('альпак', $1, 0)`, [rows[0]!.id]);
    expect(await nomenclatureIndex(db, start + 1_000)).toBe(before);
    expect(await nomenclatureIndex(db, start + 31_000)).toBe(before);
    await expect.poll(async () => (await nomenclatureIndex(db, start + 32_000)) !== before).toBe(true);
    expect((await searchNomenclature(db, 'альпаки', '2026-03-02', 5)).map((hit) => hit.code)).toEqual(['0199']);
  });
});

describe.skipIf(corpusMissing('tnved/tnved-2022.json') ?? corpusMissing('tnved/TNVED3.TXT'))(
  'the corpus nomenclature (issue 5 points 3, 5 and 10)',
  () => {
    let db: Database;
    beforeAll(async () => {
      db = await openTestDatabase();
    });
    afterAll(() => db.close());

    it('imports the distribution files and the JSON form in full, and a second import adds and changes nothing', {
      timeout: 120_000,
    }, async () => {
      const txt = await importNomenclature(db, clock, {
        what: 'fts-txt',
        ...readFtsTxtDirectory(path.join(corpusDir, 'tnved')),
      });
      expect(txt).toMatchObject({ added: 149 + 722 + 6591, changed: 0, rejected: [] });
      const json = await importNomenclature(db, clock, {
        what: 'json',
        ...readJsonFile(path.join(corpusDir, 'tnved/tnved-2022.json')),
      });
      expect(json.added).toBe(12_715);
      expect(json.rejected.map(({ line, reason }) => `${line}: ${reason}`)).toEqual([
        '[21]: section XXII has no chapters',
      ]);
      const again = await importNomenclature(db, clock, {
        what: 'json',
        ...readJsonFile(path.join(corpusDir, 'tnved/tnved-2022.json')),
      });
      expect(again).toMatchObject({ added: 0, changed: 0, unchanged: 21 + 96 + 957 + 12_715 });
    });

    it('point 10: "лошади" finds heading 0101 first among headings', async () => {
      const hits = await searchNomenclature(db, 'лошади', '2024-01-01', 20);
      expect(hits.find((hit) => hit.level === 'heading')?.code).toBe('0101');
      expect(hits[0]).toMatchObject({ code: '0101', name: { ru: 'ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ ЖИВЫЕ' } });
      expect(hits[0]!.path.map((step) => `${step.level} ${step.code}`)).toEqual(['section I', 'chapter 01']);
    });

    it('point 10: "0101" lists heading 0101 and then its subheadings', async () => {
      const hits = await searchNomenclature(db, '0101', '2024-01-01', 20);
      expect(hits.map((hit) => hit.code)).toEqual([
        '0101',
        '0101210000',
        '0101291000',
        '0101299000',
        '0101300000',
        '0101900000',
      ]);
    });

    it('point 1: the nomenclature of 2010 differs from that of 2024 (a heading named as it was then)', async () => {
      expect((await findNode(db, '0101', '2012-05-01'))?.name.ru).toBe('ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ ЖИВЫЕ:');
      expect(await findNode(db, '0101210000', '2012-05-01')).toBeNull();
    });
  },
);
