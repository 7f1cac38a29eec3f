import type { CalculationAnswer } from '@shekara/contracts/payments';
import type { Calculation } from './calculate.ts';
import { formatTiyn } from './money.ts';

/** The calculation as the API writes it: tiyn become decimal strings in tenge with two places. */
export function toAnswer(calculation: Calculation): CalculationAnswer {
  return {
    lines: calculation.lines.map(({ baseTiyn, amountTiyn, ...line }) => ({
      ...line,
      base: formatTiyn(baseTiyn),
      amount: formatTiyn(amountTiyn),
    })),
    totals: Object.fromEntries([...calculation.totals].map(([code, tiyn]) => [code, formatTiyn(tiyn)])),
    total: formatTiyn(calculation.total),
  };
}
