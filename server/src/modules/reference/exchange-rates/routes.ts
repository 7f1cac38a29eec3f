import { referenceRoutes } from '@shekara/contracts/reference';
import type { ZodApp } from '../../../platform/http/types.ts';
import { cacheableRoutes, dateOrToday, type ReferenceRouteOptions } from '../routes.ts';
import { almatyDate } from '../working-days.ts';
import { ratesInForce } from './repository.ts';

/** The tenge's official exchange rates at a date (issue 5 points 1 and 5, ACC-13). */
export async function exchangeRateRoutes(app: ZodApp, { reads: db, clock }: ReferenceRouteOptions): Promise<void> {
  cacheableRoutes(app)(referenceRoutes.exchangeRates, {
    summary: 'Exchange rates at a date',
    description:
      "The National Bank of Kazakhstan's rates in force on `date` (today in Almaty by default): for each currency, the latest rate published on or before it, in tenge per `units` of the currency.",
    answer: async ({ query }) => {
      const date = dateOrToday(query.date, clock);
      const { source, rates } = await ratesInForce(db, date);
      const publishedOn = rates.reduce<string | null>(
        (latest, r) => (!latest || r.publishedOn > latest ? r.publishedOn : latest),
        null,
      );
      return {
        date,
        source,
        rates: rates.map(({ publishedOn: _, ...rate }) => rate),
        publishedOn,
        // a day not come yet has no rates of its own: the page must not show these as that day's
        future: date > almatyDate(clock.now()),
      };
    },
  });
}
