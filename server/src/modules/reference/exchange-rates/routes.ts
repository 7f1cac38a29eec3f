import { referenceRoutes } from '@shekara/contracts/reference';
import type { Clock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { contractRoutes } from '../../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../../platform/http/types.ts';
import { cacheable } from '../routes.ts';
import { almatyDate } from '../working-days.ts';
import { ratesInForce } from './repository.ts';

/** The tenge's official exchange rates at a date (issue 5 points 1 and 5, ACC-13). */
export async function exchangeRateRoutes(app: ZodApp, { db, clock }: { db: Database; clock: Clock }): Promise<void> {
  const route = contractRoutes(app, { tags: ['reference'] });

  route(referenceRoutes.exchangeRates, {
    summary: 'Exchange rates at a date',
    description:
      "The National Bank of Kazakhstan's rates in force on `date` (today in Almaty by default): for each currency, the latest rate published on or before it, in tenge per `units` of the currency.",
    handler: async (request, reply) => {
      const date = request.query.date ?? almatyDate(clock.now());
      const { source, rates } = await ratesInForce(db, date);
      return cacheable(request, reply, { date, source, rates: rates.map(({ publishedOn: _, ...rate }) => rate) });
    },
  });
}
