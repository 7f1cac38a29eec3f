import type { LocalizedText } from '../i18n/index.ts';

/** One entry of a classifier as in force from `validFrom` to `validTo` (null: still in force). */
export interface ClassifierItem {
  code: string;
  name: LocalizedText;
  validFrom: string;
  validTo: string | null;
  /** facts only this classifier has: a country's numeric code, a currency's minor units… */
  extra?: Record<string, string | number | null>;
}

/**
 * The classifiers of customs declarations published at /api/v1/reference/classifiers (issue 5
 * point 1), with their titles. The order is the order of the list.
 */
export const classifierTitles = {
  countries: { kk: 'Әлем елдері', ru: 'Страны мира', en: 'Countries' },
  currencies: { kk: 'Валюталар', ru: 'Валюты', en: 'Currencies' },
  'customs-procedures': { kk: 'Кедендік рәсімдер', ru: 'Таможенные процедуры', en: 'Customs procedures' },
  'transport-modes': { kk: 'Көлік түрлері', ru: 'Виды транспорта', en: 'Transport modes' },
  'document-kinds': { kk: 'Құжат түрлері', ru: 'Виды документов', en: 'Document kinds' },
  'payment-types': { kk: 'Төлем түрлері', ru: 'Виды платежей', en: 'Payment types' },
  units: { kk: 'Өлшем бірліктері', ru: 'Единицы измерения', en: 'Units of measure' },
  'vat-rates': { kk: 'ҚҚС мөлшерлемелері', ru: 'Ставки НДС', en: 'VAT rates' },
} as const;

export type ClassifierName = keyof typeof classifierTitles;
export const classifierNames = Object.keys(classifierTitles) as ClassifierName[];

export function isClassifierName(name: string): name is ClassifierName {
  return Object.hasOwn(classifierTitles, name);
}

/**
 * Since when the bundled classifiers hold: the Customs Union's classifiers for filling in customs
 * documents were adopted by Commission Decision No. 378 of 20 September 2010. Earlier dates are
 * out of this system's reach.
 */
export const classifiersSince = '2010-09-20';

/** A name in the three languages of the system, in the order the bundled lists write it. */
export type BundledName = readonly [kk: string, ru: string, en: string];

/** A row of a bundled classifier: valid since `classifiersSince`, with no end. */
export function bundledItem(code: string, [kk, ru, en]: BundledName, extra?: ClassifierItem['extra']): ClassifierItem {
  const item: ClassifierItem = { code, name: { kk, ru, en }, validFrom: classifiersSince, validTo: null };
  if (extra) item.extra = extra;
  return item;
}
