/**
 * Tariff rates (issue 5 points 1–4): import duty, excise, anti-dumping, countervailing and
 * special duties by TN VED code (and origin), and VAT, as dated versions.
 */

export type { RatesAtDate } from '@shekara/contracts/reference/tariffs';

export { ratesAt } from './rates-at.ts';
export { listVatRates } from './repository.ts';
