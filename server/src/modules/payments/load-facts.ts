import { changeGeneration } from '../../platform/db/change-feed.ts';
import type { Database } from '../../platform/db/database.ts';
import { exchangeRatesInForce, exchangeRateTables, ratesAt } from '../reference/index.ts';
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
    for (const { currency, units, rate, publishedOn } of await ratesOfDay(db, date, [...currencies].sort()))
      exchangeRates.set(currency, { units, rate, publishedOn });
  }
  return { date, rates, exchangeRates };
}

/**
 * The National Bank rates of a day, read once per few seconds for the same day and currencies:
 * every submission is assessed (issue 16), and a query each — the same answer hundreds of times a
 * second under load — cost registration a round trip per declaration. A rate imported meanwhile is
 * seen as soon as this node hears of it (platform/db/change-feed.ts), and in any case within `freshForMs`.
 */
const freshForMs = 5_000;
const ratesRead = new WeakMap<Database, Map<string, { until: number; rates: Promise<ExchangeRow[]> }>>();
type ExchangeRow = Awaited<ReturnType<typeof exchangeRatesInForce>>['rates'][number];

function ratesOfDay(db: Database, date: string, currencies: readonly string[]): Promise<ExchangeRow[]> {
  let byKey = ratesRead.get(db);
  if (!byKey) ratesRead.set(db, (byKey = new Map()));
  const key = `${changeGeneration(db, exchangeRateTables)}/${date}/${currencies.join(',')}`;
  const now = Date.now();
  const known = byKey.get(key);
  if (known && known.until > now) return known.rates;
  if (byKey.size > 1_000) byKey.clear(); // bounded: a caller asking many days or sets gets no more than this
  const rates = exchangeRatesInForce(db, date, currencies).then((found) => found.rates);
  // a failed read is not kept
  rates.catch(() => byKey.delete(key));
  byKey.set(key, { until: now + freshForMs, rates });
  return rates;
}
