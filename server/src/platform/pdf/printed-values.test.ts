import { printedDecimal } from '@shekara/contracts/i18n';
import { seededRandom } from '@shekara/nca/testing';
import { describe, expect, it } from 'vitest';
import { printedAmount, printedFigures } from './printed-values.ts';

describe('amounts as printed forms write them (ACC-19)', () => {
  it('writes 1 234 567,89 in Kazakh and Russian, with a space that does not break, and 1,234,567.89 in English', () => {
    expect(printedAmount('1234567.89', 'ru')).toBe('1\u00a0234\u00a0567,89');
    expect(printedAmount('1234567.89', 'kk')).toBe('1\u00a0234\u00a0567,89');
    expect(printedAmount('1234567.89', 'en')).toBe('1,234,567.89');
    expect(printedAmount('-1000.00', 'ru')).toBe('-1\u00a0000,00');
    expect(printedAmount('999.5', 'kk')).toBe('999,5');
    expect(printedAmount('15000', 'ru')).toBe('15\u00a0000');
  });

  it('leaves what is not a plain decimal as it is', () => {
    for (const text of ['15%', '0.44 EUR/kg', '', '1,5']) expect(printedAmount(text, 'ru')).toBe(text);
  });
});

describe('figures inside running text (ACC-19)', () => {
  it('writes ISO dates as DD.MM.YYYY and decimals grouped, leaving printed dates and whole numbers', () => {
    expect(
      printedFigures('стоимость 181716.00 тенге (курс 605.72 от 2025-11-21, Решение от 20.12.2017 № 107), 5 кг', 'ru'),
    ).toBe('стоимость 181\u00a0716,00 тенге (курс 605,72 от 21.11.2025, Решение от 20.12.2017 № 107), 5 кг');
    expect(printedFigures('60572.00 × 15 % = 9085.80', 'en')).toBe('60,572.00 × 15 % = 9,085.80');
  });

  it('takes a date or a decimal only where it stands alone: not inside a longer run of digits, points and hyphens', () => {
    const alone = {
      '2025-11-21': '21.11.2025',
      '(2025-11-21)': '(21.11.2025)',
      'от 2025-11-21, 1.5': 'от 21.11.2025, 1,5',
      '0.4 EUR': '0,4 EUR',
      '(605.72)': '(605,72)',
      '1234.5-': '1\u00a0234,5-',
    };
    for (const [text, printed] of Object.entries(alone)) expect(printedFigures(text, 'ru'), text).toBe(printed);
    const partOfSomethingElse = [
      '12025-11-21',
      '2025-11-211',
      '-2025-11-21',
      '2025-11-21-',
      '.2025-11-21',
      '2025-1-21',
      '1.5.6',
      '.1.5',
      ',1.5',
      '1.5.',
      'ТН ВЭД 8703241000',
      '20.12.2017',
    ];
    for (const text of partOfSomethingElse) expect(printedFigures(text, 'ru'), text).toBe(text);
  });

  it('reads texts as the rule written as a pattern reads them: 20,000 generated texts of digits, points, hyphens and commas', () => {
    // The rule, stated plainly: a date or a decimal where it stands alone. printedFigures finds
    // them by a pattern that starts at a digit, for speed; this says it finds the same.
    const rule = /(?<![\d.-])(\d{4})-(\d{2})-(\d{2})(?![\d-])|(?<![\d.,])\d+\.\d+(?![\d.])/g;
    const byRule = (text: string) =>
      text.replace(rule, (found, year?: string, month?: string, day?: string) =>
        year ? `${day}.${month}.${year}` : printedDecimal(found, 'ru'),
      );
    const random = seededRandom(20261207);
    const alphabet = '0123456789012345678901234567890123456789.-, x';
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from({ length: 1 + random.int(24) }, () => alphabet[random.int(alphabet.length)]).join('');
      expect(printedFigures(text, 'ru'), JSON.stringify(text)).toBe(byRule(text));
    }
    for (const text of ['2025-11-21', 'x2025-11-21.5', '12.3-2025-11-21', '1.5.6', '2025.5', '0000-00-00'])
      expect(printedFigures(text, 'ru'), text).toBe(byRule(text));
  });
});
