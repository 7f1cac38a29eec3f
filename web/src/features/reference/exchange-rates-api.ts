import type { RouteOutput } from '@shekara/contracts/http';
import { referenceRoutes } from '@shekara/contracts/reference';
import { call } from '../../api/client.ts';

/** The National Bank's rates of a day, as the reference API publishes them. */
export type ExchangeRates = RouteOutput<typeof referenceRoutes.exchangeRates>;
type ExchangeRate = ExchangeRates['rates'][number];

export const fetchExchangeRates = (date: string) => call(referenceRoutes.exchangeRates, { query: { date } });
