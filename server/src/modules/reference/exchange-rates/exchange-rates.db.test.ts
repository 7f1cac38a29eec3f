import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf } from '../../../platform/audit/audit-log.ts';
import { manualClock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { buildTestApp } from '../../../testing/app.ts';
import { openTestDatabase } from '../../../testing/database.ts';
import { loadClassifierDemoData } from '../classifiers/load-demo-data.ts';
import { importExchangeRates } from './import-exchange-rates.ts';
import { loadExchangeRateDemoData } from './load-demo-data.ts';
import { nbkRatesXml, november21 } from './nbk-rates.fixture.ts';
import { RatesFileRefused } from './nbk-rates-xml.ts';
import { ratesInForce } from './repository.ts';

let db: Database;
let app: Awaited<ReturnType<typeof buildTestApp>>;
const clock = manualClock('2026-11-23T04:00:00Z');
beforeAll(async () => {
  db = await openTestDatabase();
  await loadClassifierDemoData(db);
  app = await buildTestApp(db, { clock });
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const cli = { source: 'rates-21.xml', via: 'cli' } as const;

describe('importing the National Bank rates (issue 5 point 3)', () => {
  it('adds a day of rates in one transaction with its audit record, and changes nothing when imported again', async () => {
    expect(await importExchangeRates(db, clock, november21, cli)).toEqual({
      what: 'exchange rates for 2026-11-21',
      date: '2026-11-21',
      added: 4,
      changed: 0,
      unchanged: 0,
      rejected: [],
    });
    const again = await importExchangeRates(db, clock, november21, {
      source: 'http://127.0.0.1/rates',
      via: 'schedule',
    });
    expect(again).toMatchObject({ added: 0, changed: 0, unchanged: 4 });
    const audit = await auditOf(db, 'exchange_rates', '2026-11-21');
    expect(audit.map((a) => a.action)).toEqual(['reference.exchange_rates.import', 'reference.exchange_rates.import']);
  });

  it('updates a corrected rate and reports the rejected rows, writing the rest', async () => {
    const corrected = nbkRatesXml(
      '21.11.2026',
      { USD: ['470.6', 1, '+1.3'], EUR: ['512.34', 1, '-0.87'] },
      '<item><title>X1</title><description>1</description><quant>1</quant></item>',
    );
    const summary = await importExchangeRates(db, clock, corrected, cli);
    expect(summary).toMatchObject({ added: 0, changed: 1, unchanged: 1 });
    expect(summary.rejected).toEqual([
      expect.objectContaining({ line: 'item 3', reason: 'the currency code "X1" is not three capital letters' }),
    ]);
  });

  it('refuses a file for another day than the one asked, writing nothing', async () => {
    await expect(
      importExchangeRates(db, clock, nbkRatesXml('22.11.2026', { USD: ['471', 1, '+0.4'] }), {
        ...cli,
        expectedDate: '2026-11-23',
      }),
    ).rejects.toThrow(RatesFileRefused);
    expect((await ratesInForce(db, '2026-11-22')).rates.find((r) => r.currency === 'USD')?.publishedOn).toBe(
      '2026-11-21',
    );
  });

  it('leaves an imported rate alone when the demo rates are loaded', async () => {
    await importExchangeRates(db, clock, nbkRatesXml('21.11.2025', { USD: ['600', 1, '+1'] }), cli);
    const demo = await loadExchangeRateDemoData(db);
    expect(demo).toEqual({ added: 29, changed: 0, unchanged: 1 });
    expect(await loadExchangeRateDemoData(db)).toEqual({ added: 0, changed: 0, unchanged: 30 });
    expect((await ratesInForce(db, '2025-11-21')).rates.find((r) => r.currency === 'USD')?.rate).toBe('600');
  });
});

describe('GET /api/v1/reference/exchange-rates (issue 5 point 5)', () => {
  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  it("gives each currency's latest rate published on or before the date, with its names", async () => {
    const response = await get('/api/v1/reference/exchange-rates?date=2026-11-22');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.date).toBe('2026-11-22');
    expect(body.source).toBe('rates-21.xml');
    // currency, its names (all three, or the one that tells it), units, rate, change
    const row = (currency: string, name: unknown, units: number, rate: string, change: string) => ({
      currency,
      name,
      units,
      rate,
      change,
    });
    expect(body.rates).toEqual([
      row('CNY', { kk: 'Қытай юані', ru: 'Китайский юань', en: 'Yuan Renminbi' }, 1, '73.9', '0.35'),
      row('EUR', { kk: 'Еуро', ru: 'Евро', en: 'Euro' }, 1, '512.34', '-0.87'),
      row('KGS', expect.objectContaining({ ru: 'Киргизский сом' }), 1, '6.01', '0.03'),
      row('RUB', expect.objectContaining({ ru: 'Российский рубль' }), 1, '5.84', '0.02'),
      row('USD', expect.objectContaining({ kk: 'АҚШ доллары' }), 1, '470.6', '1.3'),
      row('UZS', expect.objectContaining({ ru: 'Узбекский сум' }), 100, '3.83', '0'),
    ]);
  });

  it('answers as of the date: the demo days before the import, nothing before any rate', async () => {
    const rates = async (date: string) => (await get(`/api/v1/reference/exchange-rates?date=${date}`)).json();
    const before = await rates('2025-11-19');
    expect(before.source).toBe('demo data');
    expect(before.rates.find((r: { currency: string }) => r.currency === 'USD').rate).toBe('521.47');
    expect(await rates('2020-01-01')).toEqual({
      date: '2020-01-01',
      source: null,
      rates: [],
      publishedOn: null,
      future: false,
    });
    // issue 19 point 7: a day after today has no rates of its own, and the answer says so
    expect(await rates('2026-11-30')).toMatchObject({ future: true, publishedOn: expect.any(String) });
    expect((await rates('2026-11-23')).future).toBe(false);
    // without a date: today in Almaty by the injected clock
    expect((await get('/api/v1/reference/exchange-rates')).json().date).toBe('2026-11-23');
    expect((await get('/api/v1/reference/exchange-rates?date=21.11.2026')).statusCode).toBe(400);
  });

  it('answers with an ETag and 304 when it has not changed', async () => {
    const first = await get('/api/v1/reference/exchange-rates?date=2026-11-21');
    expect(
      (await get('/api/v1/reference/exchange-rates?date=2026-11-21', { 'if-none-match': first.headers.etag as string }))
        .statusCode,
    ).toBe(304);
  });
});
