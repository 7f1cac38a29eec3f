import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { buildTestApp, codeOf } from '../../testing/app.ts';
import { openTestDatabase } from '../../testing/database.ts';
import { loadReferenceDemoData } from '../reference/index.ts';

/**
 * POST /api/v1/payments/calculate on the bundled reference data: the demo tariff (0203 pork at
 * "25%, но не менее 0.25 EUR за 1 кг", 848210 bearings with 27.6 % anti-dumping duty on goods from
 * China), VAT 12 % / 16 %, and the demo exchange rates of 17–21 November 2025 — a later date
 * converts at the latest of them, 21 November: 1 EUR = 605.72, 1 USD = 525.61 tenge.
 */
describe('POST /api/v1/payments/calculate', () => {
  let db: Database;
  let app: Awaited<ReturnType<typeof buildTestApp>>;
  const clock = manualClock('2026-04-07T06:00:00Z');

  beforeAll(async () => {
    db = await openTestDatabase();
    await loadReferenceDemoData(db);
    app = await buildTestApp(db, { clock });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const calculate = (payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/v1/payments/calculate', payload: payload as object, headers });
  const pork = { hsCode: '0203111000', originCountry: 'DE', invoiceValue: '10000', currency: 'EUR', netMassKg: '1000' };

  it('ACC-10: calculate customs duties and taxes — anyone, without logging in, gets every line explained', async () => {
    // customs value 10,000 EUR × 605.72 = 6,057,200.00
    // duty: 25 % = 1,514,300.00 against 0.25 EUR × 1,000 kg × 605.72 = 151,430.00 → 1,514,300.00
    // VAT (6,057,200.00 + 1,514,300.00) × 16 % = 7,571,500.00 × 0.16 = 1,211,440.00; fee 6 × 4,325 = 25,950.00
    const response = await calculate({ date: '2026-04-07', procedure: '40', items: [pork] });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.lines).toEqual([
      expect.objectContaining({
        item: 1,
        paymentType: '2010',
        base: '6057200.00',
        amount: '1514300.00',
        // the tariff's text, written as Russian officials write it (a no-break space before % and the currency)
        rate: '25\u00a0%, но не менее 0,25\u00a0EUR за 1 кг',
      }),
      expect.objectContaining({
        item: 1,
        paymentType: '5010',
        base: '7571500.00',
        rate: '16\u00a0%',
        amount: '1211440.00',
      }),
      expect.objectContaining({ item: null, paymentType: '1010', amount: '25950.00' }),
    ]);
    expect(body.totals).toEqual({ '2010': '1514300.00', '5010': '1211440.00', '1010': '25950.00' });
    expect(body.total).toBe('2751690.00');
    // figures and dates as Russian officials write them (issue 21 point 6)
    expect(body.lines[0].explanation).toContain('курс НБ РК 605,72 тенге за EUR от 21.11.2025');
  });

  it('ACC-10: calculate customs duties and taxes — the anti-dumping duty by origin, today in Almaty by default', async () => {
    // 1,000 USD × 525.61 = 525,610.00; duty 10 % = 52,561.00; anti-dumping 27.6 % = 145,068.36
    // VAT (525,610.00 + 52,561.00 + 145,068.36) = 723,239.36 × 16 % = 115,718.2976 → 115,718.30
    const bearings = {
      hsCode: '8482101009',
      originCountry: 'CN',
      invoiceValue: '1000',
      currency: 'USD',
      netMassKg: '50',
    };
    const body = (await calculate({ procedure: '40', items: [bearings] })).json();
    expect(body.totals).toEqual({ '2010': '52561.00', '2130': '145068.36', '5010': '115718.30', '1010': '25950.00' });
  });

  it('explains in the language of the request: kk, ru or en', async () => {
    const payload = { date: '2026-04-07', procedure: '40', items: [pork] };
    const explanation = async (language: string) =>
      (await calculate(payload, { 'accept-language': language })).json().lines[0].explanation as string;
    expect(await explanation('kk')).toContain('Кедендік әкелу бажы: кедендік құн 10\u00a0000 EUR');
    expect(await explanation('ru')).toContain('Ввозная таможенная пошлина: таможенная стоимость 10\u00a0000 EUR');
    expect(await explanation('en')).toContain(
      'Import customs duty: customs value 10000 EUR × (National Bank rate 605.72 tenge per EUR of 2025-11-21)',
    );
  });

  it('ACC-10: calculate duties and taxes at unified rates — goods for personal use by post over the norm, no fee', async () => {
    // 300 EUR × 605.72 = 181,716.00; norm 200 EUR = 121,144.00; over by 60,572.00 × 15 % = 9,085.80
    const body = (
      await calculate({
        date: '2026-04-07',
        procedure: 'personal-use',
        personalUse: { channel: 'post' },
        items: [{ ...pork, invoiceValue: '300', netMassKg: '2' }],
      })
    ).json();
    expect(body).toMatchObject({ totals: { '6010': '9085.80' }, total: '9085.80' });
  });

  it.each([
    [
      'a code without a rate',
      { items: [{ ...pork, hsCode: '3004900009' }] },
      'PAYMENTS_TARIFF_RATE_MISSING',
      '3004900009',
    ],
    ['a currency without a rate', { items: [{ ...pork, currency: 'GBP' }] }, 'PAYMENTS_EXCHANGE_RATE_MISSING', 'GBP'],
    [
      'a box 36 code no preference in force has',
      { items: [{ ...pork, preference: 'ООХХ-ОО' }] },
      'PAYMENTS_PREFERENCE_UNKNOWN',
      'ХХ',
    ],
    [
      'a preference claimed for goods it does not cover',
      { items: [{ ...pork, preference: 'ООРС-ОО' }] },
      'PAYMENTS_PREFERENCE_NOT_APPLICABLE',
      '0203111000',
    ],
    [
      'a date before the first exchange rate',
      { date: '2025-06-01', items: [pork] },
      'PAYMENTS_EXCHANGE_RATE_MISSING',
      'EUR',
    ],
  ])("%s is a 422 naming it and the date, in the caller's language", async (_case, change, code, named) => {
    const response = await calculate({ date: '2026-04-07', procedure: '40', ...change }, { 'accept-language': 'kk' });
    expect(response.statusCode).toBe(422);
    expect(codeOf(response)).toBe(code);
    expect(response.json().error.message).toContain(named);
  });

  it.each([
    ['a negative value', { items: [{ ...pork, invoiceValue: '-1' }] }],
    ['a value as a number', { items: [{ ...pork, invoiceValue: 1000 }] }],
    ['an absurd value', { items: [{ ...pork, invoiceValue: '1'.repeat(20) }] }],
    ['a short code', { items: [{ ...pork, hsCode: '0203' }] }],
    ['a box 36 of 17 characters', { items: [{ ...pork, preference: 'О'.repeat(17) }] }],
    ['no items', { items: [] }],
    ['1,000 items', { items: Array.from({ length: 1000 }, () => pork) }],
    ['an unknown channel', { procedure: 'personal-use', personalUse: { channel: 'pigeon' }, items: [pork] }],
  ])('%s is refused with 400', async (_case, change) => {
    const response = await calculate({ date: '2026-04-07', procedure: '40', ...change });
    expect(response.statusCode).toBe(400);
    expect(codeOf(response)).toBeTruthy();
  });

  it('personal use without a channel is refused with its own code', async () => {
    const response = await calculate({ procedure: 'personal-use', items: [pork] });
    expect(response.statusCode).toBe(400);
    expect(codeOf(response)).toBe('PAYMENTS_PERSONAL_USE_CHANNEL_REQUIRED');
  });

  it('999 items are calculated', async () => {
    const response = await calculate({
      date: '2026-04-07',
      procedure: '40',
      items: Array.from({ length: 999 }, () => pork),
    });
    expect(response.statusCode).toBe(200);
    // 999 × 1,514,300.00 = 1,512,785,700.00
    expect(response.json().totals['2010']).toBe('1512785700.00');
  });

  it('refuses a calculation under the e-commerce regime while it is not in force, rather than guess its rules', async () => {
    const response = await calculate({ date: '2026-04-07', procedure: 'e-commerce', items: [pork] });
    expect(response.statusCode).toBe(422);
    expect(codeOf(response)).toBe('PAYMENTS_REGIME_NOT_IN_FORCE');
  });

  it('ACC-10: customs transit pays its fee; the duties and taxes as on release for domestic consumption are its security', async () => {
    const body = (await calculate({ date: '2026-04-07', procedure: '80', items: [pork] })).json();
    // as the first example: duty 1,514,300.00 + VAT 1,211,440.00 = 2,725,740.00 secured; the fee 25,950.00 paid
    expect(body).toMatchObject({ total: '25950.00', security: { amount: '2725740.00' } });
    expect(body.security.lines).toHaveLength(2);
  });

  describe('POST /api/v1/payments/goods-declaration (boxes 47 and B from the boxes of the declaration)', () => {
    const declaration = (items: object[], extra: object = {}) => ({
      date: '2026-04-07',
      document: { procedureCode: '40', invoiceCurrency: 'EUR', items, ...extra },
    });
    const post = (payload: unknown) =>
      app.inject({ method: 'POST', url: '/api/v1/payments/goods-declaration', payload: payload as object });

    it('ACC-10: reads box 33, 34, 38 and box 42 in the box 22 currency, as the public calculation of the same goods', async () => {
      // the first worked example above, typed into the declaration's boxes: 2,751,690.00 in all
      const response = await post(
        declaration([{ number: 1, hsCode: '0203111000', originCountry: 'DE', invoiceValue: 10000, netMass: 1000 }]),
      );
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({
        totals: { '2010': '1514300.00', '5010': '1211440.00', '1010': '25950.00' },
        total: '2751690.00',
      });
    });

    it('ACC-10: takes box 45, the customs value in tenge, over box 42 when it is declared', async () => {
      // customs value 6,100,000.00 (freight added); duty 25 % = 1,525,000.00; VAT (7,625,000.00) × 16 % = 1,220,000.00
      const body = (
        await post(
          declaration([
            { hsCode: '0203111000', originCountry: 'DE', invoiceValue: 10000, customsValue: 6_100_000, netMass: 1000 },
          ]),
        )
      ).json();
      expect(body.totals).toEqual({ '2010': '1525000.00', '5010': '1220000.00', '1010': '25950.00' });
    });

    it('names the item and the box the calculation needs and does not find', async () => {
      const response = await post(
        declaration([
          { hsCode: '0203111000', invoiceValue: 10000, netMass: 1000 },
          { hsCode: '0203111000', invoiceValue: 5 },
        ]),
      );
      expect(response.statusCode).toBe(422);
      expect(codeOf(response)).toBe('PAYMENTS_DECLARATION_INCOMPLETE');
      expect(response.json().error.message).toContain('38');
    });
  });
});
