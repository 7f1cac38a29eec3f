import type { TFunction } from 'i18next';
import { plainNumber } from './decimals.ts';
import type { Rate } from './rates-api.ts';

/**
 * The unit of a specific rate, as the tariffs module gives it (its code in the EAEU classifier of
 * units of measure) or as a tariff text spells it, and the catalogue key that names it in the
 * reader's language; a unit not listed here is shown as it came.
 */
const unitKeys: Record<string, string> = {
  '163': 'gram',
  г: 'gram',
  '166': 'kg',
  кг: 'kg',
  '168': 'tonne',
  т: 'tonne',
  '112': 'litre',
  л: 'litre',
  '111': 'cm3',
  см3: 'cm3',
  '006': 'metre',
  м: 'metre',
  '055': 'm2',
  м2: 'm2',
  '113': 'm3',
  м3: 'm3',
  '796': 'piece',
  шт: 'piece',
  '715': 'pair',
  пар: 'pair',
  пара: 'pair',
  '798': 'thousandPieces',
  '1000 шт': 'thousandPieces',
  '831': 'litreOfAlcohol',
  'л 100% спирта': 'litreOfAlcohol',
  '251': 'horsepower',
  '214': 'kilowatt',
};

export function unitWords(unit: string, t: TFunction): string {
  const key = unitKeys[unit.trim().toLowerCase()];
  return key ? t(`reference.units.${key}`) : unit;
}

/**
 * A rate in words in the reader's language: "15 %", "1.25 EUR per pair", "50 %, but not less than
 * 1 EUR per kg", its numbers as that language writes them ("1,25 EUR за пару"): the amount by the
 * catalogue's amount format, the percent, which has no text of its own, by `printed`. When a part
 * the form needs is missing, the tariff's own text is shown instead of a guess.
 */
export function rateWords(rate: Rate, t: TFunction, printed: (decimal: string) => string): string {
  // "15 %" is written alike in the three languages but for its decimal mark, so it needs no catalogue entry.
  const percent = rate.percent === null ? null : `${printed(plainNumber(rate.percent))} %`;
  const specific =
    rate.amount !== null && rate.currency !== null && rate.unit !== null
      ? { amount: plainNumber(rate.amount), currency: rate.currency, unit: unitWords(rate.unit, t) }
      : null;
  switch (rate.kind) {
    case 'free':
      return t('reference.rate.free');
    case 'ad_valorem':
      return percent ?? rate.text;
    case 'specific':
      return specific === null ? rate.text : t('reference.rate.specific', specific);
    case 'combined':
      return percent === null || specific === null ? rate.text : t('reference.rate.combined', { percent, ...specific });
    case 'ad_valorem_plus_specific':
      return percent === null || specific === null
        ? rate.text
        : t('reference.rate.plusSpecific', { percent, ...specific });
  }
}
