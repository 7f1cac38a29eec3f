import { referenceRoutes } from '@shekara/contracts/reference';
import { call } from '../../api/client.ts';

export const fetchExchangeRates = (date: string) => call(referenceRoutes.exchangeRates, { query: { date } });

/** One currency's rate in tenge, with its change since the day before. */
export type ExchangeRate = Awaited<ReturnType<typeof fetchExchangeRates>>['rates'][number];
