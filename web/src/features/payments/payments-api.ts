import { type CalculationAnswer, type CalculationRequest, paymentRoutes } from '@shekara/contracts/payments';
import { call } from '../../api/client.ts';

export type Calculation = CalculationAnswer;

/** POST /api/v1/payments/calculate: public, so anyone can estimate before declaring (ACC-10). */
export const calculatePayments = (request: CalculationRequest): Promise<Calculation> =>
  call(paymentRoutes.calculate, { body: request });
