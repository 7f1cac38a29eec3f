import type { Rule } from '../engine.ts';
import { type KindSpec, kindRules } from './kind-spec.ts';

/** The transit declaration (EEC Decision No. 257 form; customs transit, procedure 80). */
export const transitSpec: KindSpec = {
  kind: 'transit',
  required: [
    'declarant.iinBin',
    'declarant.name',
    'consignor.name',
    'consignee.name',
    'dispatchCountry',
    'destinationCountry',
    'departureOffice',
    'destinationOffice',
    'deliveryTerm',
    'borderTransportMode',
    'filler.name',
    'filler.date',
    'items',
    'items.*.description',
    'items.*.hsCode',
    'items.*.grossMass',
  ],
  declarant: 'declarant.iinBin',
  codes: {
    countries: [
      'dispatchCountry',
      'destinationCountry',
      'route.*',
      'departureTransport.countryCode',
      'borderTransport.countryCode',
      'consignor.address.countryCode',
      'consignee.address.countryCode',
    ],
    currencies: ['invoiceCurrency'],
    'transport-modes': ['borderTransportMode', 'departureTransport.modeCode', 'borderTransport.modeCode'],
    'document-kinds': ['documents.*.kindCode', 'items.*.documents.*.kindCode'],
  },
  dates: ['deliveryTerm', 'documents.*.date', 'items.*.documents.*.date'],
  hsCodes: ['items.*.hsCode'],
  offices: ['departureOffice', 'destinationOffice', 'transitOffices.*'],
  items: {
    list: 'items',
    count: 'totalItems',
    packages: 'totalPackages',
    sums: [{ total: 'totalInvoiceAmount', of: 'invoiceValue' }],
  },
};

export const transitRules: readonly Rule[] = kindRules(transitSpec);
