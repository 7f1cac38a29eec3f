import type { Rule } from '../engine.ts';
import { kindRules, type KindSpec } from './kind-spec.ts';

/** Preliminary information: arrival notification, preliminary goods declaration, documents for temporary storage. */
export const preliminarySpec: KindSpec = {
  kind: 'preliminary',
  required: ['subkind', 'declarant.iinBin', 'declarant.name', 'arrivalOffice', 'expectedArrival', 'transport.modeCode', 'dispatchCountry', 'filler.name', 'filler.date'],
  declarant: 'declarant.iinBin',
  codes: {
    countries: ['dispatchCountry', 'transport.countryCode'],
    currencies: ['temporaryStorage.invoiceCurrency'],
    'transport-modes': ['transport.modeCode'],
    'document-kinds': ['documents.*.kindCode', 'goods.*.transportDocument.kindCode'],
  },
  dates: ['documents.*.date'],
  hsCodes: ['goods.*.hsCode'],
  offices: ['arrivalOffice'],
  items: { list: 'goods' },
};

export const preliminaryRules: readonly Rule[] = kindRules(preliminarySpec);
