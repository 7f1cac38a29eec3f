/**
 * Tariff rates (issue 5 points 1–4): import duty, excise, anti-dumping, countervailing and
 * special duties by TN VED code (and origin), and VAT, as dated versions.
 */
export { ratesAt } from './rates-at.ts';
export { parseRate, type ParsedRate } from './parse-rate.ts';
export { listVatRates, type VatRate } from './repository.ts';
export { rate, ratesAtDate, rateKinds, type Rate, type RateKind, type RatesAtDate } from '@shekara/contracts/reference/tariffs';
