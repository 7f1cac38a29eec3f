import { defineRoute } from '../http.ts';
import * as s from './schemas.ts';

/** Customs payments (issue 16): the public calculation anyone may run before declaring. */
export const paymentRoutes = {
  calculate: defineRoute({
    method: 'POST',
    path: '/api/v1/payments/calculate',
    body: s.calculationRequest,
    response: { 200: s.calculationAnswer },
  }),
};
