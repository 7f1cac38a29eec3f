import { describe, expect, it } from 'vitest';
import { interpolate, localizedAmount } from './index.ts';
import { officialLanguageProblems } from './official-language.ts';

const found = (text: string, language: 'kk' | 'ru') => officialLanguageProblems(text, language).map((p) => p.found);

describe('the official-language check (issue 21 point 8)', () => {
  it('finds the terms the glossary replaces, per language', () => {
    expect(found('Кедендік өкіл ДТК береді; ОКПО коды', 'kk')).toEqual(['Кедендік өкіл', 'ДТК', 'ОКПО']);
    expect(found('Доступ по логину в «Веб-декларант» предоставлен повторно', 'ru')).toEqual([
      'предоставлен повторно',
      'Веб-декларант',
    ]);
    expect(found('Кеден өкілі ТДТ береді; КҰЖЖ коды', 'kk')).toEqual([]);
    // at a word's start only
    expect(found('комбинация', 'kk')).toEqual([]);
  });

  it('finds identifiers of the code inside a sentence, but not placeholders, addresses and allowed codes', () => {
    expect(found('Статус декларации — released, вид goods_declaration, поле regionCode.', 'ru')).toEqual([
      'released',
      'goods_declaration',
      'regionCode',
    ]);
    expect(
      found('{status} мәртебесі; {{count}} қате; XML, PDF, SHA-256, UTF-8; https://shekara.kz/login, a@b.kz', 'kk'),
    ).toEqual([]);
  });

  it('finds figures written otherwise than officials write them', () => {
    expect(found('на 2025-11-21, сумма 1500.50 тенге, 1,234,567 и 100 000 тенге', 'ru')).toEqual([
      '2025-11-21',
      '1500.50',
      '1,234,567',
      '100 000',
    ]);
    expect(found('сумма 1500 тенге, 21.11.25', 'ru')).toEqual(['21.11.25', '1500']);
    expect(
      found('21.11.2025 күні 1\u00a0500,50 теңге; 2017 жылғы № 107; 12 цифр; 2, 8 және 14-бағандар', 'kk'),
    ).toEqual([]);
  });
});

describe('values a message inserts (issue 21 points 5 and 6)', () => {
  it('are written in the reader’s language', () => {
    const status = { kk: 'шығаруға рұқсат етілді', ru: 'выпуск разрешён', en: 'released' };
    const params = { status, amount: localizedAmount('1234.5') };
    expect(interpolate('{status}: {amount}', params, 'kk')).toBe('шығаруға рұқсат етілді: 1\u00a0234,5');
    expect(interpolate('{status}: {amount}', params)).toBe('released: 1,234.5');
  });
});

describe('days a message inserts (issue 21 point 6)', () => {
  it('are written DD.MM.YYYY whatever the language', () => {
    expect(interpolate('на {date}', { date: '2025-11-21' }, 'ru')).toBe('на 21.11.2025');
    expect(interpolate('on {date}, No. {number}', { date: '2025-11-21', number: '50508/221126/0001234' })).toBe(
      'on 21.11.2025, No. 50508/221126/0001234',
    );
  });
});
