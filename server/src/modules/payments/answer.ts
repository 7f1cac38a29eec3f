import { printedDecimal } from '@shekara/contracts/i18n';
import type { CalculationAnswer } from '@shekara/contracts/payments';
import type { Language } from '../../platform/i18n/language.ts';
import { printedFigures } from '../../platform/pdf/index.ts';
import type { Calculation, PaymentLine } from './calculate.ts';
import { formatTiyn } from './money.ts';
import { printedRate } from './rate-words.ts';

/**
 * The calculation as the API writes it: tiyn become decimal strings in tenge with two places, and
 * each rate, kept inside as the tariff's Russian text, is written in the request's language
 * («15 %, бірақ 1 кг үшін кемінде 2 EUR»), the explanations' figures and dates as its officials
 * write them.
 */
export function toAnswer(calculation: Calculation, language: Language): CalculationAnswer {
  const explained = (text: string) => explanationIn(text, language);
  const line = (line: PaymentLine) => ({
    item: line.item,
    paymentType: line.paymentType,
    base: formatTiyn(line.baseTiyn),
    rate: printedRate(line.rate, language),
    amount: formatTiyn(line.amountTiyn),
    explanation: explained(line.explanation),
  });
  return {
    lines: calculation.lines.map(line),
    ...(calculation.security && {
      security: {
        amount: formatTiyn(calculation.security.amountTiyn),
        lines: calculation.security.lines.map(line),
        explanation: explained(calculation.security.explanation),
      },
    }),
    totals: Object.fromEntries([...calculation.totals].map(([code, tiyn]) => [code, formatTiyn(tiyn)])),
    total: formatTiyn(calculation.total),
  };
}

/**
 * An explanation as the engine wrote it, for a reader of `language`: Kazakh and Russian officials
 * write 605,72, 10 000 EUR and 21.11.2025 where the engine writes 605.72, 10000 EUR and 2025-11-21.
 * For a calculation answered now and for one kept (a customs receipt order's lines) alike.
 */
export function explanationIn(text: string, language: Language): string {
  return language === 'en' ? text : wholeAmounts(printedFigures(text, language));
}

/**
 * Whole amounts of money or measure (four digits or more before a currency code or a unit) with a
 * no-break space between thousands; other whole numbers — commodity codes, years, article numbers —
 * are left as they are.
 */
function wholeAmounts(text: string): string {
  // kk and ru group alike: the Russian grouping serves both
  return text.replace(wholeAmount, (digits) => printedDecimal(digits, 'ru'));
}

// Begins with a digit and looks behind it only then, so that the search skips to the next digit.
const wholeAmount = /\d(?<![\d.,\u00a0]\d)\d{3,}(?=[ \u00a0](?:[A-Z]{3}\b|тенге|теңге|кг|л\b|шт|пар|дана|жұп))/gu;
