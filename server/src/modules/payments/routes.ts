import { paymentRoutes } from '@shekara/contracts/payments';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { publicAccess } from '../../platform/http/access.ts';
import { contractRoutes } from '../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { almatyDate } from '../reference/index.ts';
import { toAnswer } from './answer.ts';
import { calculatePayments } from './calculate.ts';
import { goodsCalculationRequest } from './declaration-payments.ts';
import { loadFacts } from './load-facts.ts';
import { calculatePassengerDeclaration } from './passenger-payments.ts';

/** The public calculation (issue 16 point 2): anyone may estimate what a declaration will owe, explained in the language of the request. */
export async function calculationRoutes(app: ZodApp, { db, clock }: { db: Database; clock: Clock }): Promise<void> {
  const route = contractRoutes(app, { tags: ['payments'], access: publicAccess });
  route(paymentRoutes.calculate, {
    summary: 'Calculate customs duties, taxes and fees',
    description:
      'Each goods item\'s import duty (2010), excise, anti-dumping, countervailing and special duties and VAT (5010), and the customs fee (1010), on `date` (today in Almaty by default), every line explained; or, for `procedure: "personal-use"`, the unified rate (6010) over the channel\'s norms. Amounts are in tenge, rounded half up to the tiyn. A missing tariff or exchange rate is a 422 naming it. See docs/PAYMENTS.md.',
    handler: async (request) => {
      const body = request.body;
      const calculation = {
        date: body.date ?? almatyDate(clock.now()),
        procedure: body.procedure,
        items: body.items,
        ...(body.personalUse && { personalUse: body.personalUse }),
      };
      return toAnswer(
        calculatePayments(calculation, await loadFacts(db, calculation), request.language),
        request.language,
      );
    },
  });
  route(paymentRoutes.goodsDeclaration, {
    summary: "Calculate a goods declaration's payments (boxes 47 and B)",
    description:
      "The same calculation, read from the boxes of a goods declaration as registration reads them: box 1 (procedure), boxes 33, 34, 38 and 41 of each item, and box 45 (customs value in tenge) when declared, else box 42 in the box 22 currency. A box the calculation needs and does not find is a 422 naming the item and the box (PAYMENTS_DECLARATION_INCOMPLETE). Declaration-level lines (the fee) belong in the first item's box 47.",
    handler: async (request) => {
      const calculation = goodsCalculationRequest(request.body.document, request.body.date ?? almatyDate(clock.now()));
      return toAnswer(
        calculatePayments(calculation, await loadFacts(db, calculation), request.language),
        request.language,
      );
    },
  });
  route(paymentRoutes.passengerDeclaration, {
    summary: "Calculate a passenger declaration's payments (unified rate)",
    description:
      'The unified rate (6010) on the goods of a passenger customs declaration, as registration assesses them: the goods together against the norms of the channel its box 2 gives (delivered by post or carrier: post; baggage by air: air-baggage; other baggage: other-baggage). Goods taken out, or a declaration without goods, owe nothing (no lines, total 0.00). A good without value, currency or mass is a 422 (PAYMENTS_DECLARATION_INCOMPLETE, box 5).',
    handler: async (request) =>
      toAnswer(
        await calculatePassengerDeclaration(
          db,
          request.body.document,
          request.body.date ?? almatyDate(clock.now()),
          request.language,
        ),
        request.language,
      ),
  });
}
