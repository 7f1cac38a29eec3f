import type { CalculationAnswer } from '@shekara/contracts/payments';
import type { Calculation } from './calculate.ts';
import { formatTiyn } from './money.ts';

/** The calculation as the API writes it: tiyn become decimal strings in tenge with two places. */
export function toAnswer(calculation: Calculation): CalculationAnswer {
  return {
    lines: calculation.lines.map((line) => ({
      item: line.item,
      paymentType: line.paymentType,
      base: formatTiyn(line.baseTiyn),
      rate: line.rate,
      amount: formatTiyn(line.amountTiyn),
      explanation: line.explanation,
    })),
    totals: Object.fromEntries([...calculation.totals].map(([code, tiyn]) => [code, formatTiyn(tiyn)])),
    total: formatTiyn(calculation.total),
  };
}
