import type { Rate, RatesAtDate } from '@shekara/contracts/reference/tariffs';
import { PaymentErrors } from './errors.ts';
import type { Phrases } from './explanations.ts';
import { dividedBy, type Exact, exact, whole } from './money.ts';

/** One currency's official rate as the engine needs it: tenge per `units` of the currency. */
export interface ExchangeRateOnDate {
  units: number;
  rate: string;
  /** the day the National Bank published it (the latest on or before the date asked) */
  publishedOn: string;
}

/**
 * Everything the calculation reads from the reference data, gathered beforehand so the engine
 * stays a plain function: the tariff rates in force by TN VED code and the exchange rates by
 * currency, both on `date`.
 */
export interface CalculationFacts {
  date: string;
  rates: ReadonlyMap<string, RatesAtDate>;
  exchangeRates: ReadonlyMap<string, ExchangeRateOnDate>;
}

const converted = new WeakMap<CalculationFacts, Map<string, { perUnit: Exact; explained: string }>>();

/** Tenge per one unit of `currency` on the facts' date; the tenge itself is 1. Kept per calculation: 999 items share a few currencies. */
export function tengePer(
  facts: CalculationFacts,
  currency: string,
  words: Phrases,
): { perUnit: Exact; explained: string } {
  let known = converted.get(facts);
  if (!known) converted.set(facts, (known = new Map()));
  const key = `${words.language} ${currency}`;
  const held = known.get(key);
  if (held) return held;
  const found = currency === 'KZT' ? { perUnit: whole(1), explained: '' } : fromRate(facts, currency, words);
  known.set(key, found);
  return found;
}

function fromRate(facts: CalculationFacts, currency: string, words: Phrases): { perUnit: Exact; explained: string } {
  const found = facts.exchangeRates.get(currency);
  if (!found) throw PaymentErrors.PAYMENTS_EXCHANGE_RATE_MISSING({ currency, date: facts.date });
  const perUnit = dividedBy(exact(found.rate), whole(found.units));
  const per = found.units === 1 ? currency : `${found.units} ${currency}`;
  return { perUnit, explained: words.exchangeRate(found.rate, per, found.publishedOn) };
}

/** The measure that applies to goods of `origin`: one set for that country, else one for every origin. */
export function forOrigin(rates: readonly Rate[], origin: string | undefined): Rate | undefined {
  return (
    rates.find((rate) => origin !== undefined && rate.origin === origin) ?? rates.find((rate) => rate.origin === null)
  );
}
