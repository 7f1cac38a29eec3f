import type { Rate, RatesAtDate } from '@shekara/contracts/reference/tariffs';
import type { CalculationFacts } from './facts.ts';

/** Rates and facts written by hand for the engine's tests and bench: the figures are the tests' own, not the law's. */
export function rate(
  text: string,
  terms: Partial<Pick<Rate, 'kind' | 'percent' | 'amount' | 'currency' | 'unit' | 'origin'>>,
): Rate {
  const kind = terms.kind ?? (terms.amount ? 'specific' : 'ad_valorem');
  return {
    kind,
    percent: terms.percent ?? null,
    amount: terms.amount ?? null,
    currency: terms.currency ?? null,
    unit: terms.unit ?? null,
    text,
    validFrom: '2022-01-01',
    validTo: null,
    origin: terms.origin ?? null,
  };
}

export const percent = (value: string) => rate(`${value}%`, { kind: 'ad_valorem', percent: value });

type Measures = Partial<Omit<RatesAtDate, 'date' | 'vat'>>;

export function factsOn(
  date: string,
  byCode: Record<string, Measures>,
  exchange: Record<string, [units: number, rate: string]>,
  vatPercent: string | null = date < '2026-01-01' ? '12' : '16',
): CalculationFacts {
  const vat =
    vatPercent === null ? null : { percent: vatPercent, validFrom: vatPercent === '12' ? '2009-01-01' : '2026-01-01' };
  return {
    date,
    rates: new Map(
      Object.entries(byCode).map(([code, measures]) => [
        code,
        { date, importDuty: null, excise: [], antiDumping: [], countervailing: [], special: [], vat, ...measures },
      ]),
    ),
    exchangeRates: new Map(
      Object.entries(exchange).map(([currency, [units, value]]) => [
        currency,
        { units, rate: value, publishedOn: date },
      ]),
    ),
  };
}
