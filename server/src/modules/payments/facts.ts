import type { Rate, RatesAtDate } from '@shekara/contracts/reference/tariffs';
import { PaymentErrors } from './errors.ts';
import type { Phrases } from './explanations.ts';
import { dividedBy, type Exact, exact, formatExact, whole } from './money.ts';

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

/** Tenge per one unit of a currency, as the engine multiplies by it and as the explanations write it. */
export interface TengePerUnit {
  perUnit: Exact;
  /** `perUnit` as a decimal of at most four places */
  written: string;
  /** the National Bank's rate it comes from, in words; empty for the tenge */
  explained: string;
}

/** By calculation, then by the words' language, then by currency. */
const converted = new WeakMap<CalculationFacts, Map<Phrases, Map<string, TengePerUnit>>>();

/** Tenge per one unit of `currency` on the facts' date; the tenge itself is 1. Kept per calculation: 999 items share a few currencies. */
export function tengePer(facts: CalculationFacts, currency: string, words: Phrases): TengePerUnit {
  let byWords = converted.get(facts);
  if (!byWords) converted.set(facts, (byWords = new Map()));
  let known = byWords.get(words);
  if (!known) byWords.set(words, (known = new Map()));
  const held = known.get(currency);
  if (held) return held;
  const found =
    currency === 'KZT' ? { perUnit: whole(1), written: '1', explained: '' } : fromRate(facts, currency, words);
  known.set(currency, found);
  return found;
}

function fromRate(facts: CalculationFacts, currency: string, words: Phrases): TengePerUnit {
  const found = facts.exchangeRates.get(currency);
  if (!found) throw PaymentErrors.PAYMENTS_EXCHANGE_RATE_MISSING({ currency, date: facts.date });
  const perUnit = dividedBy(exact(found.rate), whole(found.units));
  const per = found.units === 1 ? currency : `${found.units} ${currency}`;
  return { perUnit, written: formatExact(perUnit), explained: words.exchangeRate(found.rate, per, found.publishedOn) };
}

/** The measure that applies to goods of `origin`: one set for that country, else one for every origin. */
export function forOrigin(rates: readonly Rate[], origin: string | undefined): Rate | undefined {
  return (
    rates.find((rate) => origin !== undefined && rate.origin === origin) ?? rates.find((rate) => rate.origin === null)
  );
}
