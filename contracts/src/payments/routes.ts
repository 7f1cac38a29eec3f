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
  /** boxes 47 and B of a goods declaration from its own boxes (the editor fills them from this) */
  goodsDeclaration: defineRoute({
    method: 'POST',
    path: '/api/v1/payments/goods-declaration',
    body: s.goodsDeclarationCalculationRequest,
    response: { 200: s.calculationAnswer },
  }),
  /** the unified rate on a passenger declaration's goods, shown before it is signed */
  passengerDeclaration: defineRoute({
    method: 'POST',
    path: '/api/v1/payments/passenger-declaration',
    body: s.passengerDeclarationCalculationRequest,
    response: { 200: s.calculationAnswer },
  }),
};
