import { printedAmount } from '@shekara/contracts/i18n';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../i18n/catalogues.ts';
import { registerFormats } from '../../i18n/formats.ts';
import { rateWords } from './rate-words.ts';
import type { Rate } from './rates-api.ts';

const i18n = i18next.createInstance();
await i18n.init({
  resources: {
    kk: { translation: catalogues.kk },
    ru: { translation: catalogues.ru },
    en: { translation: catalogues.en },
  },
  lng: 'ru',
  interpolation: { escapeValue: false },
});
registerFormats(i18n);

const rate = (fields: Partial<Rate>): Rate => ({
  kind: 'ad_valorem',
  percent: null,
  amount: null,
  currency: null,
  unit: null,
  text: '',
  validFrom: '2026-01-01',
  validTo: null,
  origin: null,
  ...fields,
});
const words = (r: Rate, language: 'kk' | 'ru' | 'en') =>
  rateWords(r, i18n.getFixedT(language), (decimal) => printedAmount(decimal, language));

describe('rates in words (issue 5 points 2 and 9)', () => {
  it('an ad valorem rate: "15 %"', () => {
    const r = rate({ kind: 'ad_valorem', percent: '15.00', text: '15%' });
    expect(words(r, 'en')).toBe('15 %');
    expect(words(r, 'ru')).toBe('15 %');
  });

  it('a specific rate: "1.25 EUR per pair", its decimal mark the language’s (issue 21 point 6)', () => {
    const r = rate({ kind: 'specific', amount: '1.25', currency: 'EUR', unit: '715', text: '1.25 EUR за 1 пар' });
    expect(words(r, 'en')).toBe('1.25 EUR per pair');
    expect(words(r, 'ru')).toBe('1,25 EUR за пару');
    expect(words(r, 'kk')).toBe('1 жұп үшін 1,25 EUR');
  });

  it('a combined rate: "50 %, but not less than 1 EUR per kg"', () => {
    const r = rate({
      kind: 'combined',
      percent: '50',
      amount: '1.000',
      currency: 'EUR',
      unit: '166',
      text: '50%, но не менее 1 EUR за 1 кг',
    });
    expect(words(r, 'en')).toBe('50 %, but not less than 1 EUR per kg');
    expect(words(r, 'ru')).toBe('50 %, но не менее 1 EUR за кг');
  });

  it('a free rate, and a unit the page does not know is shown as it came', () => {
    expect(words(rate({ kind: 'free', percent: '0', text: '0' }), 'en')).toBe('0 % (duty-free)');
    expect(
      words(
        rate({ kind: 'specific', amount: '0.44', currency: 'EUR', unit: '999', text: '0.44 EUR за 1 ампула' }),
        'en',
      ),
    ).toBe('0.44 EUR per 999');
  });

  it('falls back to the tariff’s own text when a part of the form is missing, never guessing', () => {
    expect(words(rate({ kind: 'combined', percent: '20', text: '20%, но не менее … за 1 см3' }), 'en')).toBe(
      '20%, но не менее … за 1 см3',
    );
  });
});

describe('a rate that adds an amount per unit to a percent', () => {
  it('reads "10 % plus 0.5 EUR per litre"', () => {
    const r = rate({
      kind: 'ad_valorem_plus_specific',
      percent: '10',
      amount: '0.5',
      currency: 'EUR',
      unit: '112',
      text: '10% + 0.5 EUR за 1 л',
    });
    expect(words(r, 'en')).toBe('10 % plus 0.5 EUR per litre');
  });
});
