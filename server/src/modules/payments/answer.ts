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
  // Kazakh and Russian officials write 605,72 and 21.11.2025 where the engine writes 605.72 and 2025-11-21.
  const explained = (text: string) => (language === 'en' ? text : printedFigures(text, language));
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
