import { demoExchangeRates as demoRates } from '../../reference/index.ts';

/** The currencies demo documents are invoiced in: those the bundled exchange rates cover. */
export const demoCurrencies = ['USD', 'EUR', 'CNY'] as const;
export type DemoCurrency = (typeof demoCurrencies)[number];

/**
 * Tenge per unit of `currency` in hundredths, as the bundled rates give it for the latest day on
 * or before `date` (the earliest day for dates before them).
 */
export function demoRateHundredths(currency: DemoCurrency, date: string): number {
  const day = [...demoRates].reverse().find((d) => d.date <= date) ?? demoRates[0]!;
  const rate = day.rates.find((r) => r.currency === currency)!;
  return Math.round((Number(rate.rate) / rate.units) * 100);
}
