import { fetchJson } from '../../api/client.ts';
import type { CalculationRequest } from './calculator-draft.ts';

/** One payment of the answer: per goods item (`item`), or of the whole declaration (null: fees). */
export interface CalculationLine {
  item: number | null;
  paymentType: string;
  base: string;
  rate: string;
  amount: string;
  explanation: string;
}

export interface Calculation {
  lines: CalculationLine[];
  totals: Record<string, string>;
  total: string;
}

/** POST /api/v1/payments/calculate: public, so anyone can estimate before declaring (ACC-10, ACC-20). */
export const calculatePayments = async (request: CalculationRequest): Promise<Calculation> =>
  (await fetchJson('/api/v1/payments/calculate', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  })) as Calculation;
