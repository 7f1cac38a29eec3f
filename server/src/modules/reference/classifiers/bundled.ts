import type { ClassifierItem, ClassifierName } from '@shekara/contracts/reference';

export type BundledClassifierName = Exclude<ClassifierName, 'vat-rates'>;
export const bundledClassifierNames = [
  'countries',
  'currencies',
  'customs-procedures',
  'transport-modes',
  'document-kinds',
  'payment-types',
  'units',
] as const satisfies readonly BundledClassifierName[];

import { documentKindItems } from '@shekara/contracts/reference/classifiers';
import { countryItems } from './lists/countries.ts';
import { currencyItems } from './lists/currencies.ts';
import { customsProcedureItems } from './lists/customs-procedures.ts';
import { paymentTypeItems } from './lists/payment-types.ts';
import { transportModeItems } from './lists/transport-modes.ts';
import { unitItems } from './lists/units.ts';

/**
 * The classifiers as the project bundles them, written by us (issue 5 point 4). VAT rates are not
 * among them: the tariffs module keeps them, and the `vat-rates` classifier reads its table.
 */
export const bundledClassifiers: Record<BundledClassifierName, readonly ClassifierItem[]> = {
  countries: countryItems,
  currencies: currencyItems,
  'customs-procedures': customsProcedureItems,
  'transport-modes': transportModeItems,
  'document-kinds': documentKindItems,
  'payment-types': paymentTypeItems,
  units: unitItems,
};
