import type { Rule } from '../engine.ts';
import { type KindSpec, kindRules } from './kind-spec.ts';

/** The vehicle declaration of international transport crossing the border (EAEU Customs Code art. 270). */
export const vehicleSpec: KindSpec = {
  kind: 'vehicle',
  required: [
    'direction',
    'declarant.iinBin',
    'declarant.name',
    'vehicle.modeCode',
    'vehicle.registrationNumber',
    'vehicle.countryCode',
    'purpose',
    'borderOffice',
    'crossingDate',
    'driver.name',
    'filler.name',
    'filler.date',
  ],
  declarant: 'declarant.iinBin',
  codes: {
    countries: ['vehicle.countryCode', 'driver.countryCode', 'route.*'],
    'transport-modes': ['vehicle.modeCode'],
    'document-kinds': ['documents.*.kindCode', 'goods.*.transportDocument.kindCode'],
  },
  dates: ['crossingDate', 'documents.*.date'],
  hsCodes: ['goods.*.hsCode'],
  offices: ['borderOffice'],
  items: { list: 'goods' },
};

export const vehicleRules: readonly Rule[] = kindRules(vehicleSpec);
