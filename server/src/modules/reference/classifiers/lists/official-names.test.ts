import type { ClassifierItem } from '@shekara/contracts/reference';
import { describe, expect, it } from 'vitest';
import { bundledClassifierNames, bundledClassifiers } from '../bundled.ts';
import { countryItems } from './countries.ts';
import { currencyItems } from './currencies.ts';

/** Letters of the Kazakh alphabet that Russian lacks. */
const kazakhOnly = /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/;
/** What a name may be written with: Cyrillic (Kazakh letters in kk only), digits, a few marks. */
const cyrillicName = /^[А-ЯЁа-яёӘәҒғҚқҢңӨөҰұҮүҺһІі0-9 ,.’()—-]+$/;

/**
 * Colloquial and abbreviated forms the official classifiers do not use (issue 21 point 7): the
 * abbreviations CLDR puts in short names, and Kazakh spellings that follow English sounds.
 */
const forbidden: Record<'kk' | 'ru' | 'en', RegExp[]> = {
  ru: [/ОАЭ/, /(^|\s)о-в(а)?\s/i, /\bСв\./, /САР/, /КНДР/, / - /, /казахский тенге/i],
  kk: [/Аустр/, /АӘА/, /Сянган/],
  en: [/&/, /\bSt\./, /SAR/, / - /],
};

function checkNames(what: string, items: readonly ClassifierItem[]): void {
  it(`${what}: every item has a kk, ru and en name, trimmed, capitalised, in its own letters`, () => {
    for (const { code, name } of items) {
      for (const language of ['kk', 'ru', 'en'] as const) {
        const text = name[language];
        expect(text, `${code} ${language}`).toBe(text.trim());
        expect(text, `${code} ${language}`).not.toMatch(/\s{2}/);
        expect(text.charAt(0), `${code} ${language}`).toBe(text.charAt(0).toLocaleUpperCase());
      }
      expect(name.kk, code).toMatch(cyrillicName);
      expect(name.ru, code).toMatch(cyrillicName);
      expect(name.ru, code).not.toMatch(kazakhOnly);
    }
  });

  it(`${what}: no colloquial or abbreviated form the classifier does not use`, () => {
    for (const { code, name } of items) {
      for (const language of ['kk', 'ru', 'en'] as const) {
        for (const pattern of forbidden[language]) expect(name[language], `${code} ${language}`).not.toMatch(pattern);
      }
    }
  });

  it(`${what}: codes and numeric codes are each used once`, () => {
    expect(new Set(items.map((item) => item.code)).size).toBe(items.length);
    expect(new Set(items.map((item) => item.extra?.numeric)).size).toBe(items.length);
  });
}

describe('countries as the EAEU classifier of countries of the world names them (issue 21 point 7)', () => {
  checkNames('countries', countryItems);

  it('writes the official short forms', () => {
    const name = (code: string) => countryItems.find((item) => item.code === code)?.name;
    expect(name('AE')).toEqual({
      kk: 'Біріккен Араб Әмірліктері',
      ru: 'Объединенные Арабские Эмираты',
      en: 'United Arab Emirates',
    });
    expect(name('AT')).toMatchObject({ kk: 'Австрия', ru: 'Австрия' });
    expect(name('KR')).toMatchObject({ kk: 'Корея Республикасы', ru: 'Корея, Республика' });
    expect(name('US')).toMatchObject({ ru: 'Соединенные Штаты' });
    expect(name('KZ')).toEqual({ kk: 'Қазақстан', ru: 'Казахстан', en: 'Kazakhstan' });
  });

  it('holds ISO 3166-1’s assigned codes only, as ОКСМ does: none of the user-assigned ranges (XK for Kosovo is one)', () => {
    const userAssigned = /^(AA|Q[M-Z]|X[A-Z]|ZZ)$/;
    expect(countryItems.filter((item) => userAssigned.test(item.code)).map((item) => item.code)).toEqual([]);
    expect(countryItems.filter((item) => Number(item.extra?.numeric) >= 900).map((item) => item.code)).toEqual([]);
  });
});

describe('currencies as the EAEU classifier of currencies names them (issue 21 point 7)', () => {
  checkNames('currencies', currencyItems);

  it('names the tenge and the currencies most declared as officials write them', () => {
    const name = (code: string) => currencyItems.find((item) => item.code === code)?.name;
    expect(name('KZT')).toMatchObject({ kk: 'Қазақстан теңгесі', ru: 'Казахстанский тенге' });
    expect(name('USD')).toMatchObject({ kk: 'АҚШ доллары', ru: 'Доллар США' });
    expect(name('EUR')).toMatchObject({ kk: 'Еуро', ru: 'Евро' });
    expect(name('RUB')).toMatchObject({ kk: 'Ресей рублі', ru: 'Российский рубль' });
  });
});

describe('every bundled classifier in the three languages (issue 21 point 7)', () => {
  it('names every item in kk, ru and en, and in Kazakh spelling («пошта», not «почта»)', () => {
    for (const classifier of bundledClassifierNames) {
      for (const { code, name } of bundledClassifiers[classifier]) {
        for (const language of ['kk', 'ru', 'en'] as const) {
          expect(name[language].trim(), `${classifier} ${code} ${language}`).not.toBe('');
        }
        expect(name.kk, `${classifier} ${code}`).not.toMatch(/почта/i);
      }
    }
  });

  it('uses the glossary’s terms: «кеден қоймасы» for the customs warehouse procedure', () => {
    const warehouse = bundledClassifiers['customs-procedures'].find((item) => item.code === '70');
    expect(warehouse?.name).toMatchObject({ kk: 'Кеден қоймасы', ru: 'Таможенный склад' });
  });
});
