import type { PublishedRate } from './nbk-rates-xml.ts';

/**
 * A few days of rates so the exchange-rates page shows something before the first import: tenge
 * per units of USD, EUR, RUB, CNY, KGS and UZS, of the size the National Bank published in late
 * 2025, written by us, not copied from its files. A real import of the same days replaces them.
 */
export const demoRatesSource = 'demo data';

const days: [date: string, usd: string, eur: string, rub: string, cny: string, kgs: string, uzs: string][] = [
  ['2025-11-17', '524.35', '608.12', '6.46', '73.84', '6.00', '4.37'],
  ['2025-11-18', '522.90', '606.55', '6.44', '73.62', '5.98', '4.36'],
  ['2025-11-19', '521.47', '604.30', '6.43', '73.41', '5.96', '4.35'],
  ['2025-11-20', '523.08', '603.95', '6.47', '73.55', '5.98', '4.36'],
  ['2025-11-21', '525.61', '605.72', '6.52', '73.90', '6.01', '4.38'],
];

const currencies: [code: string, units: number][] = [
  ['USD', 1],
  ['EUR', 1],
  ['RUB', 1],
  ['CNY', 1],
  ['KGS', 1],
  ['UZS', 100],
];

export const demoRates: { date: string; rates: PublishedRate[] }[] = days.map(([date, ...values], day) => ({
  date,
  rates: currencies.map(([currency, units], index) => {
    const rate = values[index]!;
    const previous = day > 0 ? days[day - 1]![index + 1]! : null;
    const change = previous === null ? null : (Number(rate) - Number(previous)).toFixed(2);
    return { currency, units, rate, change: change === null ? null : change.startsWith('-') ? change : `+${change}` };
  }),
}));
