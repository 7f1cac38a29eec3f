import { describe, expect, it } from 'vitest';
import { type CalculationRequest, calculatePayments, type GoodsItem } from './calculate.ts';
import type { CalculationFacts } from './facts.ts';
import { formatTiyn } from './money.ts';
import { factsOn, percent, rate } from './testing.ts';

/**
 * Worked examples of issue 16 point 5, the arithmetic written out. Rates of the day (the tests'
 * own figures): 1 EUR = 601.35 tenge, 1 USD = 520.00 tenge. The MRP is 4,325 tenge in 2026 and
 * 3,932 in 2025, and a goods declaration's fee is 6 MRP: 25,950.00 and 23,592.00.
 */
const exchange = { EUR: [1, '601.35'], USD: [1, '520.00'] } as Record<string, [number, string]>;

const tariff = {
  '8418102001': { importDuty: percent('10') },
  '0808108000': { importDuty: rate('0.04 EUR за 1 кг', { amount: '0.04', currency: 'EUR', unit: '166' }) },
  '2203000100': {
    importDuty: rate('0.1 EUR за 1 л', { amount: '0.1', currency: 'EUR', unit: '112' }),
    excise: [rate('150 KZT за 1 л', { amount: '150', currency: 'KZT', unit: '112' })],
  },
  '0203111000': {
    importDuty: rate('25%, но не менее 0.25 EUR за 1 кг', {
      kind: 'combined',
      percent: '25',
      amount: '0.25',
      currency: 'EUR',
      unit: '166',
    }),
  },
  '1601009900': {
    importDuty: rate('20%, но не менее 0.4 EUR за 1 кг', {
      kind: 'combined',
      percent: '20',
      amount: '0.4',
      currency: 'EUR',
      unit: '166',
    }),
  },
  '1704909900': {
    importDuty: rate('4.5% плюс 0.02 EUR за 1 кг', {
      kind: 'ad_valorem_plus_specific',
      percent: '4.5',
      amount: '0.02',
      currency: 'EUR',
      unit: '166',
    }),
  },
  '2402209000': {
    importDuty: percent('10'),
    excise: [rate('16000 KZT за 1000 шт', { amount: '16000', currency: 'KZT', unit: '798' })],
  },
  '8482101009': {
    importDuty: percent('10'),
    antiDumping: [rate('27.6%', { kind: 'ad_valorem', percent: '27.6', origin: 'CN' })],
  },
  '0901210000': { importDuty: percent('10') },
  '3004900009': { importDuty: percent('5') },
  '6403993600': {
    importDuty: rate('10%, но не менее 1.4 EUR за 1 пар', {
      kind: 'combined',
      percent: '10',
      amount: '1.4',
      currency: 'EUR',
      unit: '715',
    }),
  },
};

const facts2026 = factsOn('2026-04-07', tariff, exchange);
const goods = (items: GoodsItem[], facts: CalculationFacts = facts2026, procedure = '40') =>
  answer(calculatePayments({ date: facts.date, procedure, items }, facts));

function answer(calculation: ReturnType<typeof calculatePayments>) {
  return {
    lines: calculation.lines.map((line) => ({
      item: line.item,
      type: line.paymentType,
      base: formatTiyn(line.baseTiyn),
      amount: formatTiyn(line.amountTiyn),
      explanation: line.explanation,
    })),
    totals: Object.fromEntries([...calculation.totals].map(([code, tiyn]) => [code, formatTiyn(tiyn)])),
    total: formatTiyn(calculation.total),
    security: calculation.security && {
      amount: formatTiyn(calculation.security.amountTiyn),
      lines: calculation.security.lines.map(
        (line) => `${line.item ?? '-'} ${line.paymentType} ${formatTiyn(line.amountTiyn)}`,
      ),
      explanation: calculation.security.explanation,
    },
  };
}

const amounts = (result: ReturnType<typeof goods>) =>
  result.lines.map((line) => `${line.item ?? '-'} ${line.type} ${line.amount}`);

describe('payments engine: worked examples (issue 16 point 5)', () => {
  it('1. ad valorem: a refrigerator at 10 %, invoiced in USD (ACC-10: calculate customs duties and taxes)', () => {
    // customs value 1000 USD × 520.00 = 520,000.00; duty 10 % = 52,000.00
    // VAT (520,000.00 + 52,000.00) × 16 % = 91,520.00; fee 6 × 4,325 = 25,950.00
    const result = goods([{ hsCode: '8418102001', invoiceValue: '1000', currency: 'USD', netMassKg: '60' }]);
    expect(amounts(result)).toEqual(['1 2010 52000.00', '1 5010 91520.00', '- 1010 25950.00']);
    expect(result.lines[0]!.base).toBe('520000.00');
    expect(result.lines[1]!.base).toBe('572000.00');
    expect(result.total).toBe('169470.00'); // 52,000 + 91,520 + 25,950
    expect(result.lines[0]!.explanation).toContain('10 % × 520000.00 = 52000.00');
  });

  it("2. specific per kg: apples at 0.04 EUR/kg, the euro converted at the day's rate", () => {
    // customs value 10,000 USD × 520.00 = 5,200,000.00
    // duty 0.04 EUR × 20,000 kg × 601.35 = 800 EUR × 601.35 = 481,080.00
    // VAT (5,200,000.00 + 481,080.00) × 16 % = 5,681,080.00 × 0.16 = 908,972.80
    const result = goods([{ hsCode: '0808108000', invoiceValue: '10000', currency: 'USD', netMassKg: '20000' }]);
    expect(amounts(result)).toEqual(['1 2010 481080.00', '1 5010 908972.80', '- 1010 25950.00']);
  });

  it('3. specific per litre, with excise per litre in tenge: beer', () => {
    // customs value 2,000 EUR × 601.35 = 1,202,700.00
    // duty 0.1 EUR × 5,000 l × 601.35 = 300,675.00; excise 150 KZT × 5,000 l = 750,000.00
    // VAT (1,202,700.00 + 300,675.00 + 750,000.00) = 2,253,375.00 × 16 % = 360,540.00
    const result = goods([
      {
        hsCode: '2203000100',
        invoiceValue: '2000',
        currency: 'EUR',
        netMassKg: '5200',
        quantity: { value: '5000', unit: '112' },
      },
    ]);
    expect(amounts(result)).toEqual(['1 2010 300675.00', '1 5020 750000.00', '1 5010 360540.00', '- 1010 25950.00']);
  });

  it('4. combined, the ad valorem part larger: pork at 25 %, but not less than 0.25 EUR/kg', () => {
    // customs value 10,000 EUR × 601.35 = 6,013,500.00
    // 25 % = 1,503,375.00; 0.25 EUR × 1,000 kg × 601.35 = 150,337.50 → the larger: 1,503,375.00
    // VAT (6,013,500.00 + 1,503,375.00) × 16 % = 7,516,875.00 × 0.16 = 1,202,700.00
    const result = goods([{ hsCode: '0203111000', invoiceValue: '10000', currency: 'EUR', netMassKg: '1000' }]);
    expect(amounts(result)).toEqual(['1 2010 1503375.00', '1 5010 1202700.00', '- 1010 25950.00']);
  });

  it("5. combined, the specific part larger: the issue's sausages at 20 %, but not less than 0.4 EUR/kg", () => {
    // customs value 15,000 EUR × 601.35 = 9,020,250.00
    // 20 % = 1,804,050.00; 0.4 EUR × 10,000 kg × 601.35 = 2,405,400.00 → the larger: 2,405,400.00
    // VAT (9,020,250.00 + 2,405,400.00) × 16 % = 11,425,650.00 × 0.16 = 1,828,104.00
    const result = goods([
      {
        hsCode: '1601009900',
        originCountry: 'DE',
        invoiceValue: '15000.00',
        currency: 'EUR',
        netMassKg: '10000',
        quantity: { value: '24000', unit: '112' },
      },
    ]);
    expect(result.lines[0]).toMatchObject({ type: '2010', base: '9020250.00', amount: '2405400.00' });
    expect(result.totals).toEqual({ '2010': '2405400.00', '5010': '1828104.00', '1010': '25950.00' });
  });

  it('6. "X % плюс Y": the sum of both parts', () => {
    // customs value 1,000 EUR × 601.35 = 601,350.00
    // 4.5 % = 27,060.75; plus 0.02 EUR × 500 kg × 601.35 = 6,013.50 → 33,074.25
    // VAT (601,350.00 + 33,074.25) × 16 % = 634,424.25 × 0.16 = 101,507.88
    const result = goods([{ hsCode: '1704909900', invoiceValue: '1000', currency: 'EUR', netMassKg: '500' }]);
    expect(amounts(result)).toEqual(['1 2010 33074.25', '1 5010 101507.88', '- 1010 25950.00']);
  });

  it('7. excise per 1,000 pieces: cigarettes, the quantity in thousands of pieces', () => {
    // customs value 5,000 USD × 520.00 = 2,600,000.00; duty 10 % = 260,000.00
    // excise 16,000 KZT × 50 (thousand pieces) = 800,000.00
    // VAT (2,600,000.00 + 260,000.00 + 800,000.00) = 3,660,000.00 × 16 % = 585,600.00
    const result = goods([
      {
        hsCode: '2402209000',
        invoiceValue: '5000',
        currency: 'USD',
        netMassKg: '45',
        quantity: { value: '50', unit: '798' },
      },
    ]);
    expect(amounts(result)).toEqual(['1 2010 260000.00', '1 5020 800000.00', '1 5010 585600.00', '- 1010 25950.00']);
  });

  it('8. anti-dumping duty by origin: bearings from China pay it, from Germany do not', () => {
    // China: customs value 1,000 USD × 520.00 = 520,000.00; duty 10 % = 52,000.00;
    // anti-dumping 27.6 % = 143,520.00; VAT (520,000 + 52,000 + 143,520) = 715,520.00 × 16 % = 114,483.20
    const item = { hsCode: '8482101009', invoiceValue: '1000', currency: 'USD', netMassKg: '100' };
    const china = goods([{ ...item, originCountry: 'CN' }]);
    expect(amounts(china)).toEqual(['1 2010 52000.00', '1 2130 143520.00', '1 5010 114483.20', '- 1010 25950.00']);
    expect(china.lines[1]!.explanation).toContain('происхождения CN');
    // Germany: no anti-dumping line; VAT (520,000 + 52,000) × 16 % = 91,520.00
    const germany = goods([{ ...item, originCountry: 'DE' }]);
    expect(amounts(germany)).toEqual(['1 2010 52000.00', '1 5010 91520.00', '- 1010 25950.00']);
  });

  it("9. VAT at 12 % on 31.12.2025 and at 16 % on 01.01.2026; the fee follows the year's MRP", () => {
    const item = { hsCode: '8418102001', invoiceValue: '1000', currency: 'USD', netMassKg: '60' };
    // 31.12.2025: VAT (520,000 + 52,000) × 12 % = 68,640.00; fee 6 × 3,932 = 23,592.00
    const before = goods([item], factsOn('2025-12-31', tariff, exchange));
    expect(amounts(before)).toEqual(['1 2010 52000.00', '1 5010 68640.00', '- 1010 23592.00']);
    // 01.01.2026: VAT 572,000 × 16 % = 91,520.00; fee 6 × 4,325 = 25,950.00
    const after = goods([item], factsOn('2026-01-01', tariff, exchange));
    expect(amounts(after)).toEqual(['1 2010 52000.00', '1 5010 91520.00', '- 1010 25950.00']);
  });

  it('10. an invoice in USD with a specific rate in EUR: shoes per pair', () => {
    // customs value 2,000 USD × 520.00 = 1,040,000.00
    // 10 % = 104,000.00; 1.4 EUR × 300 pairs × 601.35 = 252,567.00 → the larger: 252,567.00
    // VAT (1,040,000.00 + 252,567.00) × 16 % = 1,292,567.00 × 0.16 = 206,810.72
    const result = goods([
      {
        hsCode: '6403993600',
        invoiceValue: '2000',
        currency: 'USD',
        netMassKg: '250',
        quantity: { value: '300', unit: '715' },
      },
    ]);
    expect(amounts(result)).toEqual(['1 2010 252567.00', '1 5010 206810.72', '- 1010 25950.00']);
    expect(result.lines[0]!.explanation).toContain('1.4 EUR за 1 пар × 300 пар × 601.35');
  });

  it('11. several items: each its own lines, the fee once, totals by payment type', () => {
    // item 1 as example 1: 52,000.00 + 91,520.00; item 2 as example 2: 481,080.00 + 908,972.80
    // 2010: 52,000.00 + 481,080.00 = 533,080.00; 5010: 91,520.00 + 908,972.80 = 1,000,492.80; 1010: 25,950.00
    const result = goods([
      { hsCode: '8418102001', invoiceValue: '1000', currency: 'USD', netMassKg: '60' },
      { hsCode: '0808108000', invoiceValue: '10000', currency: 'USD', netMassKg: '20000' },
    ]);
    expect(amounts(result)).toEqual([
      '1 2010 52000.00',
      '1 5010 91520.00',
      '2 2010 481080.00',
      '2 5010 908972.80',
      '- 1010 25950.00',
    ]);
    expect(result.totals).toEqual({ '2010': '533080.00', '5010': '1000492.80', '1010': '25950.00' });
    expect(result.total).toBe('1559522.80');
  });

  it('12. half up at .005: the customs value and a duty each rounded once, VAT on the rounded figures', () => {
    // USD at 520.01: customs value 0.50 × 520.01 = 260.005 → 260.01
    // duty 10 % × 260.01 = 26.001 → 26.00
    // VAT (260.01 + 26.00) × 16 % = 286.01 × 0.16 = 45.7616 → 45.76
    const usd = goods(
      [{ hsCode: '8418102001', invoiceValue: '0.50', currency: 'USD', netMassKg: '1' }],
      factsOn('2026-04-07', tariff, { USD: [1, '520.01'] }),
    );
    expect(amounts(usd).slice(0, 2)).toEqual(['1 2010 26.00', '1 5010 45.76']);
    expect(usd.lines[0]!.base).toBe('260.01');
    // in tenge: customs value 100.05; duty 10 % = 10.005 → 10.01 (floating point gives 10.004999…)
    // VAT (100.05 + 10.01) × 16 % = 110.06 × 0.16 = 17.6096 → 17.61
    const tenge = goods([{ hsCode: '8418102001', invoiceValue: '100.05', currency: 'KZT', netMassKg: '1' }]);
    expect(amounts(tenge).slice(0, 2)).toEqual(['1 2010 10.01', '1 5010 17.61']);
  });

  it('13. a transit declaration pays its fee, 6 MRP; the duties and taxes as if released for domestic consumption are secured, not paid (art. 268)', () => {
    const fridge = [{ hsCode: '8418102001', invoiceValue: '1000', currency: 'USD', netMassKg: '60' }];
    const result = goods(fridge, facts2026, '80');
    // paid: the fee alone, 6 × 4,325 = 25,950.00
    expect(amounts(result)).toEqual(['- 1010 25950.00']);
    expect(result.lines[0]!.explanation).toContain('транзитная декларация');
    expect(result.total).toBe('25950.00');
    // secured: as example 1 — duty 52,000.00 + VAT (520,000.00 + 52,000.00) × 16 % = 91,520.00 = 143,520.00
    expect(result.security).toMatchObject({
      amount: '143520.00',
      lines: ['1 2010 52000.00', '1 5010 91520.00'],
    });
    expect(result.security!.explanation).toContain('п. 4 ст. 268');
    // a release for domestic consumption pays the same duties and taxes, and its own fee
    expect(goods(fridge).totals).toEqual({ '2010': '52000.00', '5010': '91520.00', '1010': '25950.00' });
  });
});

describe('payments engine: goods for personal use (Decision No. 107)', () => {
  const personal = (channel: 'post' | 'air-baggage' | 'other-baggage', items: [value: string, kg: string][]) => {
    const request: CalculationRequest = {
      date: '2026-04-07',
      procedure: 'personal-use',
      personalUse: { channel },
      items: items.map(([value, kg]) => ({
        hsCode: '6109100000',
        invoiceValue: value,
        currency: 'EUR',
        netMassKg: kg,
      })),
    };
    return answer(calculatePayments(request, facts2026));
  };

  // post: 200 EUR = 200 × 601.35 = 120,270.00 tenge and 31 kg; over them 15 %, but not less than 2 EUR/kg
  // air baggage: 10,000 EUR = 6,013,500.00 tenge and 50 kg; other baggage: 500 EUR = 300,675.00 and 25 kg;
  // over them 30 %, but not less than 4 EUR/kg
  it.each([
    ['post', 'under both norms', [['150', '2']], '0.00'],
    ['post', 'exactly at both norms: not exceeded', [['200', '31']], '0.00'],
    // 300 EUR = 180,405.00; over by 60,135.00 × 15 % = 9,020.25; mass not over → 9,020.25
    ['post', 'over the value', [['300', '2']], '9020.25'],
    // value under; 41 − 31 = 10 kg × 2 EUR × 601.35 = 12,027.00
    ['post', 'over the mass', [['100', '41']], '12027.00'],
    // two parcels' items together: 400 EUR, 36 kg: 120,270.00 × 15 % = 18,040.50 against 5 × 2 × 601.35 = 6,013.50
    [
      'post',
      'over both, the items together',
      [
        ['250', '20'],
        ['150', '16'],
      ],
      '18040.50',
    ],
    ['air-baggage', 'under both norms', [['9000', '20']], '0.00'],
    ['air-baggage', 'exactly at both norms: not exceeded', [['10000', '50']], '0.00'],
    // 10,500 EUR: over by 500 EUR = 300,675.00 × 30 % = 90,202.50
    ['air-baggage', 'over the value', [['10500', '50']], '90202.50'],
    // 52 kg: 2 kg × 4 EUR × 601.35 = 4,810.80
    ['air-baggage', 'over the mass', [['100', '52']], '4810.80'],
    ['other-baggage', 'under both norms', [['499.99', '24.999']], '0.00'],
    ['other-baggage', 'exactly at both norms: not exceeded', [['500', '25']], '0.00'],
    // 600 EUR: over by 100 EUR = 60,135.00 × 30 % = 18,040.50
    ['other-baggage', 'over the value', [['600', '10']], '18040.50'],
    // 30 kg: 5 kg × 4 EUR × 601.35 = 12,027.00
    ['other-baggage', 'over the mass', [['400', '30']], '12027.00'],
  ] as const)('%s, %s → %s', (channel, _case, items, expected) => {
    const result = personal(
      channel,
      items.map((item) => [...item]),
    );
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatchObject({ item: null, type: '6010', amount: expected });
    expect(result.total).toBe(expected);
    if (expected === '0.00') expect(result.lines[0]!.explanation).toContain('не превышены');
  });

  it('no customs fee on goods for personal use', () => {
    expect(personal('post', [['300', '2']]).totals).toEqual({ '6010': '9020.25' });
  });
});

describe('payments engine: preferences and exemptions claimed in box 36 (issue 16 point 1)', () => {
  const coffee = (originCountry: string, preference?: string): GoodsItem => ({
    hsCode: '0901210000',
    originCountry,
    invoiceValue: '1000',
    currency: 'USD',
    netMassKg: '100',
    ...(preference !== undefined && { preference }),
  });

  it('14. goods of a developing country pay 75 % of the duty; VAT is on the duty as reduced', () => {
    // customs value 1000 USD × 520.00 = 520,000.00; duty 10 % = 52,000.00, 75 % of it = 39,000.00
    // VAT (520,000.00 + 39,000.00) × 16 % = 89,440.00; fee 25,950.00
    const result = goods([coffee('ID', 'ООРС-ОО')]);
    expect(amounts(result)).toEqual(['1 2010 39000.00', '1 5010 89440.00', '- 1010 25950.00']);
    expect(result.lines[0]!.explanation).toContain(
      'льгота РС (товары развивающихся стран: 75 % ставки): 75 % от 52000.00 = 39000.00',
    );
    // "ОООО-ОО" claims nothing: the full duty, 52,000.00; VAT 572,000.00 × 16 % = 91,520.00
    expect(amounts(goods([coffee('ID', 'ОООО-ОО')]))).toEqual([
      '1 2010 52000.00',
      '1 5010 91520.00',
      '- 1010 25950.00',
    ]);
  });

  it('15. goods of a least developed country pay no duty; the box as a Latin keyboard types it is read the same', () => {
    // duty 52,000.00 × 0 % = 0.00; VAT 520,000.00 × 16 % = 83,200.00
    const result = goods([coffee('BD', 'OOНР-OO')]);
    expect(amounts(result)).toEqual(['1 2010 0.00', '1 5010 83200.00', '- 1010 25950.00']);
  });

  it('16. goods exempt from VAT: the duty is paid, the VAT is not', () => {
    // customs value 520,000.00; duty 5 % = 26,000.00; VAT (546,000.00 × 16 % = 87,360.00) × 0 % = 0.00
    const medicine = { hsCode: '3004900009', invoiceValue: '1000', currency: 'USD', netMassKg: '5' };
    const result = goods([{ ...medicine, preference: 'ОООО-ЛН' }]);
    expect(amounts(result)).toEqual(['1 2010 26000.00', '1 5010 0.00', '- 1010 25950.00']);
    expect(result.lines[1]!.explanation).toContain('льгота ЛН');
    expect(result.lines[1]!.explanation).toContain('0 % от 87360.00 = 0.00');
  });

  it('refuses a code it does not hold, and a preference claimed for goods or an origin it does not cover', () => {
    const refusal = (item: GoodsItem) => {
      try {
        goods([item]);
      } catch (error) {
        return error as { code: string; params: Record<string, string> };
      }
      throw new Error('not refused');
    };
    expect(refusal(coffee('ID', 'ООХХ-ОО'))).toMatchObject({
      code: 'PAYMENTS_PREFERENCE_UNKNOWN',
      params: { code: 'ХХ' },
    });
    expect(refusal(coffee('ID', 'ООРС'))).toMatchObject({
      code: 'PAYMENTS_PREFERENCE_UNKNOWN',
      params: { code: 'ООРС' },
    });
    expect(refusal(coffee('DE', 'ООРС-ОО'))).toMatchObject({
      code: 'PAYMENTS_PREFERENCE_NOT_APPLICABLE',
      params: { code: 'РС', hsCode: '0901210000', origin: 'DE' },
    });
    expect(refusal({ ...coffee('ID', 'ООРС-ОО'), hsCode: '8418102001' })).toMatchObject({
      code: 'PAYMENTS_PREFERENCE_NOT_APPLICABLE',
    });
    const { originCountry: _, ...unknownOrigin } = coffee('ID', 'ООРС-ОО');
    expect(refusal(unknownOrigin)).toMatchObject({
      code: 'PAYMENTS_PREFERENCE_NOT_APPLICABLE',
      params: { origin: '—' },
    });
  });
});

describe('payments engine: refuses to guess', () => {
  const refused = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error as { code: string; status: number; params: Record<string, string> };
    }
    throw new Error('not refused');
  };

  it('a code without an import duty rate on the date', () => {
    const error = refused(() => goods([{ hsCode: '9999999999', invoiceValue: '1', currency: 'USD', netMassKg: '1' }]));
    expect(error).toMatchObject({
      code: 'PAYMENTS_TARIFF_RATE_MISSING',
      status: 422,
      params: { code: '9999999999', date: '2026-04-07' },
    });
  });

  it('a currency without a National Bank rate', () => {
    const error = refused(() => goods([{ hsCode: '8418102001', invoiceValue: '1', currency: 'GBP', netMassKg: '1' }]));
    expect(error).toMatchObject({ code: 'PAYMENTS_EXCHANGE_RATE_MISSING', status: 422, params: { currency: 'GBP' } });
  });

  it('a specific rate per pair with no quantity in pairs', () => {
    const error = refused(() => goods([{ hsCode: '6403993600', invoiceValue: '1', currency: 'USD', netMassKg: '1' }]));
    expect(error).toMatchObject({ code: 'PAYMENTS_QUANTITY_MISSING', status: 422 });
  });

  it('goods without an origin where an anti-dumping duty applies to some origins', () => {
    const error = refused(() => goods([{ hsCode: '8482101009', invoiceValue: '1', currency: 'USD', netMassKg: '1' }]));
    expect(error).toMatchObject({ code: 'PAYMENTS_ORIGIN_REQUIRED', status: 422, params: { code: '8482101009' } });
  });

  it('a date before the fee schedule and the MRP', () => {
    const facts = factsOn('2024-06-01', tariff, exchange);
    const error = refused(() =>
      goods([{ hsCode: '8418102001', invoiceValue: '1', currency: 'USD', netMassKg: '1' }], facts),
    );
    expect(error).toMatchObject({ code: 'PAYMENTS_FEE_SCHEDULE_MISSING', status: 422 });
  });
});
