import {
  countedWordsAfterOtherValues,
  kazakhPluralsAfterCount,
  russianAgreementProblems,
} from '@shekara/contracts/i18n';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Catalogue, catalogues } from './catalogues.ts';
import { registerFormats } from './formats.ts';

/**
 * Issue 21 point 4: a text that counts something reads right for every number. Russian agrees the
 * noun with the number — «1 причина», «2 причины», «5 причин», «21 причина» — by i18next's plural
 * forms (`_one`, `_few`, `_many`, `_other`) or by a phrasing that needs none («Ошибок: 5»); Kazakh
 * keeps the noun after a numeral singular.
 */
const counts = [1, 2, 5, 11, 21];

function flatten(catalogue: Catalogue, prefix = ''): [key: string, text: string][] {
  return Object.entries(catalogue).flatMap(([key, value]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[name, value] as [string, string]] : flatten(value, name);
  });
}

const texts = { kk: flatten(catalogues.kk), ru: flatten(catalogues.ru), en: flatten(catalogues.en) };
const countsSomething = (text: string) => /\{\{\s*count\s*[,}]/.test(text);
const pluralForm = /_(zero|one|two|few|many|other)$/;

/** Every key whose text counts in some language, a plural set named by its base key. */
const countedKeys = [
  ...new Set(
    Object.values(texts).flatMap((entries) =>
      entries.filter(([, text]) => countsSomething(text)).map(([key]) => key.replace(pluralForm, '')),
    ),
  ),
].sort();

/** The other values a counting text inserts, each given as a number that is not the count. */
function params(count: number, language: 'kk' | 'ru' | 'en', key: string) {
  const names = texts[language]
    .filter(([name]) => name === key || name.replace(pluralForm, '') === key)
    .flatMap(([, text]) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]!));
  return { ...Object.fromEntries(names.map((name) => [name, 7])), count, lng: language };
}

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    resources: {
      kk: { translation: catalogues.kk },
      ru: { translation: catalogues.ru },
      en: { translation: catalogues.en },
    },
    lng: 'ru',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  registerFormats(i18n);
});

describe('texts that count (issue 21 point 4)', () => {
  it('are found: the web app has some', () => {
    expect(countedKeys).toContain('officerDeclarations.decide.problems.tooManyReasons');
    expect(countedKeys.length).toBeGreaterThan(10);
  });

  it('read in Russian with the noun agreeing for 1, 2, 5, 11 and 21', () => {
    const problems = countedKeys.flatMap((key) =>
      counts.flatMap((count) => {
        const text = i18n.t(key, params(count, 'ru', key));
        if (text === key || !text.includes(String(count)))
          return [`${key} (${count}): «${text}» does not show the count`];
        return russianAgreementProblems(text).map((problem) => `${key} (${count}): «${text}» — ${problem}`);
      }),
    );
    expect(problems).toEqual([]);
  });

  it('read in Kazakh with no plural suffix on the noun after the count', () => {
    const templates = texts.kk.filter(([key]) => countedKeys.includes(key.replace(pluralForm, '')));
    const problems = templates.flatMap(([key, text]) =>
      kazakhPluralsAfterCount(text).map((word) => `${key}: «{{count}} ${word}»`),
    );
    expect(problems).toEqual([]);
    for (const key of countedKeys) {
      for (const count of counts) expect(i18n.t(key, params(count, 'kk', key)), key).toContain(String(count));
    }
  });

  it('count only by `count`: no other inserted number comes before a counted Russian word', () => {
    // «Не короче {{min}} символов» reads right for 8 and wrong for 2 or 21: it must count by `count`.
    const problems = texts.ru.flatMap(([key, text]) =>
      countedWordsAfterOtherValues(text).map((found) => `${key}: «${found}»`),
    );
    expect(problems).toEqual([]);
  });

  it('show the count in English for every number too', () => {
    for (const key of countedKeys) {
      for (const count of counts) expect(i18n.t(key, params(count, 'en', key)), key).toContain(String(count));
    }
  });
});

describe('the check itself', () => {
  it('tells an agreeing noun from one that does not agree', () => {
    expect(russianAgreementProblems('1 товар, 2 товара, 5 товаров, 11 товаров, 21 товар')).toEqual([]);
    expect(russianAgreementProblems('Не более 1 причины, не более 2 причин, не более 21 причины')).toEqual([]);
    expect(russianAgreementProblems('Показаны первые 21 полей.')).toHaveLength(1);
    expect(russianAgreementProblems('Не более 21 причин.')).toHaveLength(1);
    expect(russianAgreementProblems('у декларанта не более 2 выпущенной декларации')).toHaveLength(2);
    // a word it does not know is a problem too: it cannot tell whether it agrees
    expect(russianAgreementProblems('5 сеансов')).toHaveLength(1);
    expect(russianAgreementProblems('Ошибок: 5; 21 из 7')).toEqual([]);
    expect(kazakhPluralsAfterCount('{{count}} тауарлар, {{count}} себептен')).toEqual(['тауарлар']);
    expect(kazakhPluralsAfterCount('{{count}} жолдардан')).toEqual(['жолдардан']);
    expect(kazakhPluralsAfterCount('{{count}} өріс; {count} қате')).toEqual([]);
    expect(countedWordsAfterOtherValues('Не короче {{min}} символов, {{digits}} цифр')).toEqual([
      '{{min}} символов',
      '{{digits}} цифр',
    ]);
    expect(
      countedWordsAfterOtherValues(
        '{{count}} символов; Заявка {{number}} зарегистрирована; экземпляр № {{copy}} декларации',
      ),
    ).toEqual([]);
  });
});
