import type { CalculationAnswer } from '@shekara/contracts/payments';
import type { Calculation, PaymentLine } from './calculate.ts';
import { formatTiyn } from './money.ts';

/** The calculation as the API writes it: tiyn become decimal strings in tenge with two places. */
export function toAnswer(calculation: Calculation): CalculationAnswer {
  const line = (line: PaymentLine) => ({
    item: line.item,
    paymentType: line.paymentType,
    base: formatTiyn(line.baseTiyn),
    rate: line.rate,
    amount: formatTiyn(line.amountTiyn),
    explanation: line.explanation,
  });
  return {
    lines: calculation.lines.map(line),
    ...(calculation.security && {
      security: {
        amount: formatTiyn(calculation.security.amountTiyn),
        lines: calculation.security.lines.map(line),
        explanation: calculation.security.explanation,
      },
    }),
    totals: Object.fromEntries([...calculation.totals].map(([code, tiyn]) => [code, formatTiyn(tiyn)])),
    total: formatTiyn(calculation.total),
  };
}
