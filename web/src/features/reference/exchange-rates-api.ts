import { getJson } from '../../api.ts';
import type { Language } from '../../i18n/index.ts';
import { withQuery } from './paths.ts';

export interface ExchangeRate {
  currency: string;
  name: Record<Language, string> | null;
  /** how many units of the currency `rate` tenge buy (100 for the yen, for example) */
  units: number;
  rate: string;
  change: string | null;
}

export interface ExchangeRates {
  date: string;
  /** where the rates came from (the National Bank's feed, a file), null when none was published yet */
  source: string | null;
  rates: ExchangeRate[];
}

/** The National Bank's rates in force on the date: the latest published on or before it. */
export const fetchExchangeRates = (date: string) => getJson<ExchangeRates>(withQuery('/api/v1/reference/exchange-rates', { date }));
