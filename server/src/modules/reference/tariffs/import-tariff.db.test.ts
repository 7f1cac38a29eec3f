import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf } from '../../../platform/audit/audit-log.ts';
import { manualClock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { corpusDir, corpusMissing } from '../../../testing/corpus.ts';
import { openTestDatabase } from '../../../testing/database.ts';
import { importTariff } from './import-tariff.ts';
import { loadTariffDemoData } from './load-demo-data.ts';
import { ratesAt } from './rates-at.ts';
import { readTariffCsv } from './read-tariff-csv.ts';
import { readTariffJson } from './read-tariff-json.ts';

const clock = manualClock('2026-11-20T09:00:00Z');
let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

async function rateOf(code: string, date: string) {
  return (await ratesAt(db, [code], date)).get(code)!;
}

describe('bundled tariff rates (issue 5 point 4)', () => {
  it('load once, and a second load changes nothing', async () => {
    const first = await loadTariffDemoData(db);
    expect(first.added).toBeGreaterThan(30);
    expect(await loadTariffDemoData(db)).toEqual({ added: 0, changed: 0, unchanged: first.added });
  });

  it('give each demo chapter a rate, with a rate that changes on a date, excise, anti-dumping by origin and both VAT rates', async () => {
    expect((await rateOf('0805100000', '2026-06-30')).importDuty).toMatchObject({
      percent: '5',
      validTo: '2026-06-30',
    });
    expect((await rateOf('0805100000', '2026-07-01')).importDuty).toMatchObject({
      percent: '3',
      validFrom: '2026-07-01',
    });
    expect((await rateOf('8703241090', '2026-07-01')).importDuty).toMatchObject({
      kind: 'combined',
      percent: '20',
      amount: '0.44',
      currency: 'EUR',
      unit: '111',
    });
    expect((await rateOf('8703231000', '2026-07-01')).importDuty).toMatchObject({ kind: 'ad_valorem', percent: '15' });
    expect((await rateOf('6401100000', '2026-07-01')).importDuty).toMatchObject({
      kind: 'specific',
      amount: '1.25',
      unit: '715',
    });
    expect((await rateOf('0901110000', '2026-07-01')).importDuty).toMatchObject({ kind: 'free' });
    expect((await rateOf('2203000100', '2026-07-01')).excise).toMatchObject([
      { amount: '150', currency: 'KZT', unit: '112' },
    ]);
    expect((await rateOf('8482101009', '2026-07-01')).antiDumping).toMatchObject([{ origin: 'CN', percent: '27.6' }]);
    expect((await rateOf('8482200000', '2026-07-01')).antiDumping).toEqual([]);
    expect((await rateOf('0101210000', '2025-12-31')).vat).toEqual({ percent: '12', validFrom: '2009-01-01' });
    expect((await rateOf('0101210000', '2026-01-01')).vat).toEqual({ percent: '16', validFrom: '2026-01-01' });
    expect((await rateOf('0101210000', '2026-01-01')).importDuty).toMatchObject({ kind: 'free' });
    for (const code of [
      '0102290500',
      '0201100000',
      '0204100000',
      '0401101000',
      '0406900100',
      '0808108000',
      '0901110000',
      '0902100000',
      '2204210600',
      '6109100000',
      '6203420000',
      '6403990000',
      '8418102001',
      '8517130000',
      '8711200000',
    ]) {
      expect((await rateOf(code, '2026-07-01')).importDuty, code).not.toBeNull();
    }
  });
});

describe('importing a tariff CSV (issue 5 point 3)', () => {
  const csv = [
    'code;rate;valid_from;valid_to;origin',
    '9401 20 000 9;10% плюс 0.17 EUR за 1 кг;2026-01-01;;',
    '9401310000;15;2026-01-01;;',
    '9403;"8%";2026-01-01;;',
    '',
  ].join('\n');

  it('imports the good rows in one transaction with its audit record, and names the bad row with its line and reason', async () => {
    const summary = await importTariff(
      db,
      clock,
      readTariffCsv(csv, { measure: 'import_duty', source: 'furniture.csv' }),
      { fileName: 'furniture.csv' },
    );
    expect(summary).toEqual({
      what: 'import duty (csv)',
      added: 2,
      changed: 0,
      unchanged: 0,
      rejected: [
        {
          line: 3,
          reason: 'a number without "%" or a currency and unit: cannot tell whether 15 % was meant',
          text: '9401310000;15;2026-01-01;;',
        },
      ],
    });
    expect((await rateOf('9401200009', '2026-03-01')).importDuty).toMatchObject({
      kind: 'ad_valorem_plus_specific',
      percent: '10',
      amount: '0.17',
      text: '10% плюс 0.17 EUR за 1 кг',
    });
    const [audit] = await auditOf(db, 'tariff', 'import_duty');
    expect(audit).toMatchObject({
      action: 'reference.tariff.import',
      outcome: 'success',
      details: { file: 'furniture.csv', added: 2, rejected: 1 },
    });
  });

  it('is idempotent, and a changed rate closes the old version so dated lookups see both', async () => {
    expect(await importTariff(db, clock, readTariffCsv(csv, { measure: 'import_duty' }))).toMatchObject({
      added: 0,
      changed: 0,
      unchanged: 2,
    });
    const change = readTariffCsv('code;rate;valid_from;valid_to;origin\n9403;6%;2026-09-01;;\n', {
      measure: 'import_duty',
    });
    expect(await importTariff(db, clock, change)).toMatchObject({ added: 0, changed: 1, unchanged: 0, rejected: [] });
    expect((await rateOf('9403100000', '2026-08-31')).importDuty).toMatchObject({
      percent: '8',
      validFrom: '2026-01-01',
      validTo: '2026-08-31',
    });
    expect((await rateOf('9403100000', '2026-09-01')).importDuty).toMatchObject({
      percent: '6',
      validFrom: '2026-09-01',
      validTo: null,
    });
    expect(await importTariff(db, clock, change)).toMatchObject({ added: 0, changed: 0, unchanged: 1 });
  });

  it('imports anti-dumping duties by origin, and refuses an origin on import duty', async () => {
    const file = readTariffCsv(
      'code;rate;valid_from;valid_to;origin\n7214;19.9%;2020-07-03;;cn\n7214;14.89%;2020-07-03;2025-12-31;UA\n',
      { measure: 'anti_dumping' },
    );
    expect(await importTariff(db, clock, file)).toMatchObject({ added: 2, rejected: [] });
    expect((await rateOf('7214100000', '2025-12-31')).antiDumping.map((r) => r.origin)).toEqual(['CN', 'UA']);
    expect((await rateOf('7214100000', '2026-01-01')).antiDumping.map((r) => r.origin)).toEqual(['CN']);
    const wrong = readTariffCsv('code;rate;valid_from;valid_to;origin\n7214;5%;2020-07-03;;CN\n', {
      measure: 'import_duty',
    });
    expect(wrong.rejected[0]!.reason).toBe(
      'an origin applies only to anti-dumping, countervailing and special duties, not to import duty',
    );
  });
});

const missing = corpusMissing('ett/eec_ett_normative_bundle.json');
describe.skipIf(missing)(`importing the EAEU tariff compilation ${missing ?? ''}`, () => {
  it('imports the 13,262 import duty rates it can read once; the second run finds them all unchanged', {
    timeout: 120_000,
  }, async () => {
    const file = readTariffJson(
      JSON.parse(fs.readFileSync(path.join(corpusDir, 'ett', 'eec_ett_normative_bundle.json'), 'utf8')),
    );
    const first = await importTariff(db, clock, file);
    // 9401200009 came in with the same rate from the CSV above
    expect(first).toMatchObject({ added: 13_261, changed: 0, unchanged: 1 });
    expect(first.rejected).toHaveLength(19 + 38);
    const second = await importTariff(db, clock, file);
    expect(second).toMatchObject({ added: 0, changed: 0, unchanged: 13_262 });
    expect((await rateOf('0201100008', '2026-02-01')).importDuty).toMatchObject({
      kind: 'combined',
      percent: '50',
      amount: '1',
      unit: '166',
      validFrom: '2026-01-01',
    });
    // the chapter's demo rate still reaches a code the compilation refused
    expect((await rateOf('0201100001', '2026-02-01')).importDuty).toMatchObject({
      percent: '15',
      validFrom: '2022-01-01',
    });
  });
});
