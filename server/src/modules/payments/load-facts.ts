import type { Database } from '../../platform/db/database.ts';
import { exchangeRatesInForce, ratesAt } from '../reference/index.ts';
import type { CalculationRequest } from './calculate.ts';
import type { CalculationFacts, ExchangeRateOnDate } from './facts.ts';

/**
 * The reference data one calculation needs, in two reads: the rates in force for the items'
 * codes (from the in-memory copy of the tariff), then the National Bank rates of every currency
 * met — the invoices', the specific rates', and the euro of the personal-use norms.
 */
export async function loadFacts(db: Database, request: CalculationRequest): Promise<CalculationFacts> {
  const { date, items } = request;
  const personalUse = request.procedure === 'personal-use' || request.procedure === 'e-commerce';
  const rates = await ratesAt(db, personalUse ? [] : items.map((item) => item.hsCode), date);
  const currencies = new Set(items.map((item) => item.currency));
  if (personalUse) currencies.add('EUR');
  for (const atDate of rates.values()) {
    const measures = [
      atDate.importDuty,
      ...atDate.excise,
      ...atDate.antiDumping,
      ...atDate.countervailing,
      ...atDate.special,
    ];
    for (const rate of measures) if (rate?.currency) currencies.add(rate.currency);
  }
  currencies.delete('KZT');
  const exchangeRates = new Map<string, ExchangeRateOnDate>();
  if (currencies.size > 0) {
    const found = await exchangeRatesInForce(db, date, [...currencies]);
    for (const { currency, units, rate, publishedOn } of found.rates)
      exchangeRates.set(currency, { units, rate, publishedOn });
  }
  return { date, rates, exchangeRates };
}
