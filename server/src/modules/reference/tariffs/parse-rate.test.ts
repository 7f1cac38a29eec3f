import { describe, expect, it } from 'vitest';
import { decimal, parseRate } from './parse-rate.ts';

const none = { percent: null, amount: null, currency: null, unit: null };

describe('parseRate (issue 5 point 2)', () => {
  it('reads an ad valorem rate, with a decimal point or comma', () => {
    expect(parseRate('15%')).toEqual({ ok: true, rate: { ...none, kind: 'ad_valorem', percent: '15' } });
    expect(parseRate(' 12,5 % ')).toEqual({ ok: true, rate: { ...none, kind: 'ad_valorem', percent: '12.5' } });
    expect(parseRate('4.50%')).toMatchObject({ ok: true, rate: { percent: '4.5' } });
  });

  it('reads zero, in any spelling, as no duty', () => {
    for (const text of ['0', '0%', '0.0', '0,00 %', '0 EUR за 1 кг'])
      expect(parseRate(text), text).toEqual({ ok: true, rate: { ...none, kind: 'free' } });
  });

  it('reads a specific rate per unit, with the unit as its EAEU classifier code', () => {
    expect(parseRate('1.25 EUR за 1 пар')).toEqual({
      ok: true,
      rate: { kind: 'specific', percent: null, amount: '1.25', currency: 'EUR', unit: '715' },
    });
    expect(parseRate('0,06 евро за 1 кг')).toMatchObject({
      ok: true,
      rate: { amount: '0.06', currency: 'EUR', unit: '166' },
    });
    expect(parseRate('250 USD за 1 т')).toMatchObject({
      ok: true,
      rate: { amount: '250', currency: 'USD', unit: '168' },
    });
    expect(parseRate('2 EUR за 1 1000 шт')).toMatchObject({ ok: true, rate: { unit: '798' } });
    expect(parseRate('2 EUR за 1000 шт')).toMatchObject({ ok: true, rate: { unit: '798' } });
    expect(parseRate('1 EUR за 1 см3, мл')).toMatchObject({ ok: true, rate: { unit: '111' } });
    expect(parseRate('0.38 EUR за 1 м2')).toMatchObject({ ok: true, rate: { unit: '055' } });
    expect(parseRate('0.1 EUR за 1 л')).toMatchObject({ ok: true, rate: { unit: '112' } });
    expect(parseRate('2.86 EUR за 1 шт')).toMatchObject({ ok: true, rate: { unit: '796' } });
    expect(parseRate('6200 тенге за 1 л 100% спирта')).toMatchObject({
      ok: true,
      rate: { amount: '6200', currency: 'KZT', unit: '831' },
    });
  });

  it('reads a combined rate ("X %, but not less than Y per unit": the larger of the two)', () => {
    expect(parseRate('50%, но не менее 1 EUR за 1 кг')).toEqual({
      ok: true,
      rate: { kind: 'combined', percent: '50', amount: '1', currency: 'EUR', unit: '166' },
    });
    expect(parseRate('20%, но не менее 0.44 EUR за 1 см3')).toEqual({
      ok: true,
      rate: { kind: 'combined', percent: '20', amount: '0.44', currency: 'EUR', unit: '111' },
    });
    expect(parseRate('20 % но не менее 0,8 евро за 1 см3, мл')).toMatchObject({
      ok: true,
      rate: { kind: 'combined', amount: '0.8', unit: '111' },
    });
    expect(parseRate('17%, но не менее 1.7 EUR за 1 1000 шт')).toMatchObject({
      ok: true,
      rate: { kind: 'combined', unit: '798' },
    });
  });

  it('reads "X % плюс Y per unit" as the sum of the two, not as a combined rate', () => {
    expect(parseRate('4.5% плюс 0.02 EUR за 1 кг')).toEqual({
      ok: true,
      rate: { kind: 'ad_valorem_plus_specific', percent: '4.5', amount: '0.02', currency: 'EUR', unit: '166' },
    });
  });

  it('refuses, with a reason, what it cannot read — never guessing', () => {
    expect(parseRate('15')).toEqual({
      ok: false,
      reason: expect.stringContaining('cannot tell whether 15 % was meant'),
    });
    expect(parseRate('17.23')).toMatchObject({ ok: false });
    expect(parseRate('')).toEqual({ ok: false, reason: 'the rate is empty' });
    expect(parseRate('1 EUR за 1 бочку')).toEqual({
      ok: false,
      reason: expect.stringContaining('unknown unit "1 бочку"'),
    });
    expect(parseRate('1 EUR за 100 кг')).toMatchObject({ ok: false });
    expect(parseRate('15% или 2 EUR за 1 кг')).toEqual({
      ok: false,
      reason: expect.stringContaining('not a known rate form'),
    });
    expect(parseRate('-5%')).toMatchObject({ ok: false });
    expect(parseRate(`${'1'.repeat(199)}%%`)).toEqual({ ok: false, reason: 'a rate is at most 200 characters' });
  });
});

describe('decimal', () => {
  it('writes each value one way', () => {
    expect([decimal('0,440'), decimal('05'), decimal('8.0'), decimal('0.0'), decimal('0.015')]).toEqual([
      '0.44',
      '5',
      '8',
      '0',
      '0.015',
    ]);
  });
});
