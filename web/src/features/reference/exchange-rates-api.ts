import { referenceRoutes } from '@shekara/contracts/reference';
import { call } from '../../api/client.ts';

export const fetchExchangeRates = (date: string) => call(referenceRoutes.exchangeRates, { query: { date } });
