/**
 * Tariff rates (issue 5 points 1–4): import duty, excise, anti-dumping, countervailing and
 * special duties by TN VED code (and origin), and VAT, as dated versions.
 */

export {
  type Rate,
  type RateKind,
  type RatesAtDate,
  rate,
  rateKinds,
  ratesAtDate,
} from '@shekara/contracts/reference/tariffs';
export { type ParsedRate, parseRate } from './parse-rate.ts';
export { ratesAt } from './rates-at.ts';
export { listVatRates, type VatRate } from './repository.ts';
