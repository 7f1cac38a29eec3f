import type { TariffMeasure } from '@shekara/contracts/reference/tariffs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../platform/db/database.ts';
import { openTestDatabase } from '../../../testing/database.ts';
import { demoVatRates } from './demo-data.ts';
import { parseRate } from './parse-rate.ts';
import { ratesAt } from './rates-at.ts';
import { type RateVersion, upsertVatRates, writeVersions } from './repository.ts';

let db: Database;

function version(
  measure: TariffMeasure,
  code: string,
  text: string,
  validFrom: string,
  validTo: string | null = null,
  origin: string | null = null,
): RateVersion {
  const parsed = parseRate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return { measure, code, origin, ...parsed.rate, text, validFrom, validTo, source: 'test' };
}

beforeAll(async () => {
  db = await openTestDatabase();
  await writeVersions(
    db,
    [],
    [
      version('import_duty', '64', '10%', '2020-01-01'),
      version('import_duty', '6403', '10%, но не менее 1.4 EUR за 1 пар', '2020-01-01', '2026-03-31'),
      version('import_duty', '6403', '7.5%, но не менее 1.2 EUR за 1 пар', '2026-04-01'),
      version('import_duty', '6403990000', '1.25 EUR за 1 пар', '2020-01-01'),
      version('excise', '2203', '148 KZT за 1 л', '2024-01-01'),
      version('anti_dumping', '7214', '19.9%', '2020-07-03', null, 'CN'),
      version('anti_dumping', '7214', '14.89%', '2020-07-03', null, 'UA'),
      version('anti_dumping', '721410', '25%', '2021-01-01', null, 'CN'),
      version('special', '7214', '16%', '2020-05-01'),
    ],
  );
  // Kazakhstan's VAT, 12 % until 2025 and 16 % from 2026, as the bundled data holds it
  await upsertVatRates(db, demoVatRates);
});
afterAll(() => db.close());

describe('ratesAt (issue 5 point 1)', () => {
  it('applies a chapter or heading rate to the codes under it, the most specific code winning', async () => {
    const rates = await ratesAt(db, ['6401100000', '6403510000', '6403990000', '64'], '2025-06-01');
    expect(rates.get('6401100000')?.importDuty).toMatchObject({ kind: 'ad_valorem', percent: '10', text: '10%' });
    expect(rates.get('6403510000')?.importDuty).toMatchObject({
      kind: 'combined',
      percent: '10',
      amount: '1.4',
      currency: 'EUR',
      unit: '715',
    });
    expect(rates.get('6403990000')?.importDuty).toMatchObject({
      kind: 'specific',
      amount: '1.25',
      unit: '715',
      validFrom: '2020-01-01',
      validTo: null,
    });
    expect(rates.get('64')?.importDuty?.percent).toBe('10');
  });

  it('answers what was true on the date, across a change of rate and of VAT (issue 5 point 10)', async () => {
    const before = (await ratesAt(db, ['6403510000'], '2026-03-31')).get('6403510000')!;
    const after = (await ratesAt(db, ['6403510000'], '2026-04-01')).get('6403510000')!;
    expect(before.importDuty).toMatchObject({ percent: '10', amount: '1.4', validTo: '2026-03-31' });
    expect(after.importDuty).toMatchObject({ percent: '7.5', amount: '1.2', validFrom: '2026-04-01', validTo: null });
    expect(before.vat).toEqual({ percent: '16', validFrom: '2026-01-01' });
    expect((await ratesAt(db, ['6403510000'], '2025-12-31')).get('6403510000')!.vat).toEqual({
      percent: '12',
      validFrom: '2009-01-01',
    });
    expect((await ratesAt(db, ['6403510000'], '2019-12-31')).get('6403510000')!.importDuty).toBeNull();
  });

  it('gives anti-dumping duties per origin country, the most specific code per origin, and measures for every origin', async () => {
    const rates = await ratesAt(db, ['7214100000', '7214200000'], '2026-01-01');
    expect(rates.get('7214100000')!.antiDumping.map((r) => [r.origin, r.percent])).toEqual([
      ['CN', '25'],
      ['UA', '14.89'],
    ]);
    expect(rates.get('7214200000')!.antiDumping.map((r) => [r.origin, r.percent])).toEqual([
      ['CN', '19.9'],
      ['UA', '14.89'],
    ]);
    expect(rates.get('7214200000')!.special).toMatchObject([{ origin: null, percent: '16' }]);
    expect(rates.get('7214200000')!.importDuty).toBeNull();
    expect(
      (await ratesAt(db, ['7214100000'], '2020-12-31')).get('7214100000')!.antiDumping.map((r) => r.percent),
    ).toEqual(['19.9', '14.89']);
  });

  it('gives excise by code, and leaves out codes that are not 2 to 10 digits', async () => {
    const rates = await ratesAt(db, ['2203000100', 'XI', ''], '2026-01-01');
    expect(rates.get('2203000100')!.excise).toMatchObject([
      { kind: 'specific', amount: '148', currency: 'KZT', unit: '112' },
    ]);
    expect([...rates.keys()]).toEqual(['2203000100']);
  });
});

describe('the rates held in memory (issue 5 point 6)', () => {
  it('answer exactly as the tables do, at every date, and see this process’s next write at once', async () => {
    const codes = ['6403990000', '6403100000', '6401', '2203000000', '7214100000', '7214200000', '8703'];
    for (const date of ['2019-12-31', '2020-07-03', '2021-06-01', '2026-03-31', '2026-04-01', '2027-01-01']) {
      const fromTables = await db.transaction((tx) => ratesAt(tx, codes, date));
      expect(await ratesAt(db, codes, date)).toEqual(fromTables);
    }
    await writeVersions(db, [], [version('import_duty', '8703', '15%', '2020-01-01')]);
    expect((await ratesAt(db, ['8703230000'], '2026-11-22')).get('8703230000')!.importDuty).toMatchObject({
      kind: 'ad_valorem',
      percent: '15',
    });
  });
});
