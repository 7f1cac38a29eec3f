import type { LocalizedText } from '../../i18n/index.ts';

/**
 * The kinds of document filed through the system (issue 6 point 1; ACC-10, ACC-15, WD-6), the
 * version of each kind's model, and the code under which a customs body's list of accepted
 * documents (reference `customs_body_document_kinds`) names it.
 */
export const declarationKinds = [
  'goods',
  'transit',
  'vehicle',
  'preliminary',
  'release_before_declaration',
  'temporary_vehicle',
  'customs_value_1',
  'customs_value_2',
  'delivery_control',
  'transaction_passport',
  'passenger',
] as const;
export type DeclarationKind = (typeof declarationKinds)[number];

export function isDeclarationKind(value: unknown): value is DeclarationKind {
  return typeof value === 'string' && (declarationKinds as readonly string[]).includes(value);
}

/** A model's version: raised when a change would make an earlier document read differently. */
export const schemaVersions: Record<DeclarationKind, number> = {
  goods: 1,
  transit: 1,
  vehicle: 1,
  preliminary: 1,
  release_before_declaration: 1,
  temporary_vehicle: 1,
  customs_value_1: 1,
  customs_value_2: 1,
  delivery_control: 1,
  transaction_passport: 1,
  passenger: 1,
};

/** The code of the `document-kinds` classifier a customs body's acceptance list uses for each kind. */
export const acceptanceCodes: Record<DeclarationKind, string> = {
  goods: 'goods_declaration',
  transit: 'transit_declaration',
  vehicle: 'vehicle_declaration',
  preliminary: 'preliminary_information',
  release_before_declaration: 'release_before_declaration',
  temporary_vehicle: 'temporary_vehicle_operations',
  customs_value_1: 'dts_1',
  customs_value_2: 'dts_2',
  delivery_control: 'delivery_control_document',
  transaction_passport: 'transaction_passport',
  passenger: 'passenger_declaration',
};

/** Each kind as a message names it to its reader, as the classifier of document kinds names it. */
export const declarationKindNames: Record<DeclarationKind, LocalizedText> = {
  goods: { kk: 'тауарларға арналған декларация', ru: 'декларация на товары', en: 'goods declaration' },
  transit: { kk: 'транзиттік декларация', ru: 'транзитная декларация', en: 'transit declaration' },
  vehicle: {
    kk: 'көлік құралына арналған декларация',
    ru: 'декларация на транспортное средство',
    en: 'vehicle declaration',
  },
  preliminary: { kk: 'алдын ала ақпарат', ru: 'предварительная информация', en: 'preliminary information' },
  release_before_declaration: {
    kk: 'тауарларға арналған декларацияны бергенге дейін тауарларды шығару туралы өтініш',
    ru: 'заявление о выпуске товаров до подачи декларации на товары',
    en: 'application for release of goods before the goods declaration',
  },
  temporary_vehicle: {
    kk: 'уақытша әкелінген халықаралық тасымалдау көлік құралдарымен операциялар жасауға өтініш',
    ru: 'заявление о совершении операций с временно ввезёнными транспортными средствами международной перевозки',
    en: 'application for operations with temporarily imported international-transport vehicles',
  },
  customs_value_1: {
    kk: 'кедендік құн декларациясы (КҚД-1)',
    ru: 'декларация таможенной стоимости (ДТС-1)',
    en: 'customs value declaration (DTS-1)',
  },
  customs_value_2: {
    kk: 'кедендік құн декларациясы (КҚД-2)',
    ru: 'декларация таможенной стоимости (ДТС-2)',
    en: 'customs value declaration (DTS-2)',
  },
  delivery_control: {
    kk: 'жеткізуді бақылау құжаты',
    ru: 'документ контроля доставки',
    en: 'delivery control document',
  },
  transaction_passport: { kk: 'мәміле паспорты', ru: 'паспорт сделки', en: 'transaction passport' },
  passenger: {
    kk: 'жолаушы кедендік декларациясы',
    ru: 'пассажирская таможенная декларация',
    en: 'passenger customs declaration',
  },
};
