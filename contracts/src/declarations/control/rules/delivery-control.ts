import type { Rule } from '../engine.ts';
import { type KindSpec, kindRules } from './kind-spec.ts';

/** The delivery control document (goods carried under customs control to the office of destination). */
export const deliveryControlSpec: KindSpec = {
  kind: 'delivery_control',
  required: [
    'declarant.iinBin',
    'declarant.name',
    'carrier.name',
    'departureOffice',
    'destinationOffice',
    'deliveryTerm',
    'vehicle.registrationNumber',
    'filler.name',
    'filler.date',
    'items',
    'items.*.description',
    'items.*.grossMass',
  ],
  declarant: 'declarant.iinBin',
  codes: {
    countries: ['dispatchCountry', 'vehicle.countryCode', 'driver.countryCode'],
    currencies: ['invoiceCurrency'],
    'transport-modes': ['vehicle.modeCode'],
    'document-kinds': ['documents.*.kindCode'],
  },
  dates: ['deliveryTerm', 'documents.*.date'],
  hsCodes: ['items.*.hsCode'],
  offices: ['departureOffice', 'destinationOffice'],
  items: { list: 'items' },
};

export const deliveryControlRules: readonly Rule[] = kindRules(deliveryControlSpec);
