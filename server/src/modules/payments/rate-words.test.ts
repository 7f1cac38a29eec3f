import { describe, expect, it } from 'vitest';
import { printedRate, rateInWords } from './rate-words.ts';

const nb = (text: string) => text.replaceAll(' ', '\u00a0');

describe('a payment’s rate in the reader’s language (issue 21 point 6)', () => {
  const unified = { kind: 'combined', percent: '15', amount: '2', currency: 'EUR', unit: '166' } as const;

  it('writes each kind of rate from what it is made of, in kk, ru and en', () => {
    expect(rateInWords(unified, 'kk')).toBe(`${nb('15 %')}, бірақ 1 кг үшін кемінде ${nb('2 EUR')}`);
    expect(rateInWords(unified, 'ru')).toBe(`${nb('15 %')}, но не менее ${nb('2 EUR')} за 1 кг`);
    expect(rateInWords(unified, 'en')).toBe(`${nb('15 %')}, but not less than ${nb('2 EUR')} per kg`);
    const plus = {
      kind: 'ad_valorem_plus_specific',
      percent: '4.5',
      amount: '0.02',
      currency: 'EUR',
      unit: '166',
    } as const;
    expect(rateInWords(plus, 'kk')).toBe(`${nb('4,5 %')} және қосымша 1 кг үшін ${nb('0,02 EUR')}`);
    expect(rateInWords(plus, 'en')).toBe(`${nb('4.5 %')} plus ${nb('0.02 EUR')} per kg`);
    const free = { kind: 'free', percent: null, amount: null, currency: null, unit: null } as const;
    expect(rateInWords(free, 'kk')).toBe(nb('0 %'));
  });

  it('reads the tariff’s own text and writes its figures as officials do: a decimal comma, thousands apart', () => {
    expect(printedRate('20%, но не менее 0.44 EUR за 1 см3', 'kk')).toBe(
      `${nb('20 %')}, бірақ 1 см³ үшін кемінде ${nb('0,44 EUR')}`,
    );
    expect(printedRate('20%, но не менее 0.44 EUR за 1 см3', 'ru')).toBe(
      `${nb('20 %')}, но не менее ${nb('0,44 EUR')} за 1 см³`,
    );
    expect(printedRate('1.25 EUR за 1 пар', 'ru')).toBe(`${nb('1,25 EUR')} за 1 пару`);
    expect(printedRate('1.25 EUR за 1 пар', 'kk')).toBe(`1 жұп үшін ${nb('1,25 EUR')}`);
    expect(printedRate('1.25 EUR за 1 пар', 'en')).toBe(`${nb('1.25 EUR')} per pair`);
    expect(printedRate('7500 KZT за 1 л 100% спирта', 'kk')).toBe(`100 % спирттің 1 литрі үшін ${nb('7 500 теңге')}`);
    expect(printedRate('7500 KZT за 1 л 100% спирта', 'ru')).toBe(`${nb('7 500 тенге')} за 1 л 100 % спирта`);
    expect(printedRate('12%', 'en')).toBe(nb('12 %'));
    expect(printedRate('12.5%', 'kk')).toBe(nb('12,5 %'));
  });

  it('writes a fee in monthly calculation indices as each language names them', () => {
    expect(printedRate('6 МРП', 'kk')).toBe(nb('6 АЕК'));
    expect(printedRate('6 МРП', 'ru')).toBe(nb('6 МРП'));
    expect(printedRate('6 МРП', 'en')).toBe(nb('6 MCI'));
  });

  it('prints a text it cannot read as it is, but for its figures', () => {
    expect(printedRate('по ставке 1.5 от партии', 'kk')).toBe('по ставке 1,5 от партии');
  });
});
