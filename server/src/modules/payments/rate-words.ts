import { printedAmount } from '@shekara/contracts/i18n';
import type { RateTerms } from '@shekara/contracts/reference/tariffs';
import type { Language } from '../../platform/i18n/language.ts';
import { printedFigures } from '../../platform/pdf/index.ts';
import { parseRate } from '../reference/index.ts';

/**
 * A rate in words in the reader's language, from what it is made of (issue 21 point 6): a printed
 * form in Kazakh or English says «15 %, бірақ 1 кг үшін кемінде 2 EUR» or "15 %, but not less
 * than 2 EUR per kg" where the tariff writes «15%, но не менее 2 EUR за 1 кг», with its figures as
 * officials write them (a decimal comma and a no-break space between thousands in kk and ru).
 */

/** Units written alike in Kazakh and Russian (the international symbols). */
const metricUnits: Record<string, string> = {
  '163': '1 г',
  '166': '1 кг',
  '168': '1 т',
  '112': '1 л',
  '111': '1 см³',
  '006': '1 м',
  '055': '1 м²',
  '113': '1 м³',
  '214': '1 кВт',
};

/** The unit a specific amount is charged per, by its code in the EAEU classifier of units of measure, as «за 1 кг» names it. */
const perUnit: Record<Language, Record<string, string>> = {
  ru: {
    ...metricUnits,
    '796': '1 шт.',
    '715': '1 пару',
    '798': '1000 шт.',
    '831': '1 л 100 % спирта',
    '251': '1 л. с.',
  },
  kk: {
    ...metricUnits,
    '796': '1 дана',
    '715': '1 жұп',
    '798': '1000 дана',
    '831': '100 % спирттің 1 литрі',
    '251': '1 ат күші',
  },
  en: {
    '163': 'g',
    '166': 'kg',
    '168': 'tonne',
    '112': 'litre',
    '111': 'cm³',
    '006': 'metre',
    '055': 'm²',
    '113': 'm³',
    '796': 'piece',
    '715': 'pair',
    '798': '1000 pieces',
    '831': 'litre of 100 % alcohol',
    '251': 'horsepower',
    '214': 'kW',
  },
};

const tenge: Record<Language, string> = { kk: 'теңге', ru: 'тенге', en: 'tenge' };

/** The monthly calculation index a fee is counted in: «МРП» in Russian, «АЕК» in Kazakh (glossary preamble). */
const mci: Record<Language, string> = { kk: 'АЕК', ru: 'МРП', en: 'MCI' };

const shapes: Record<
  Language,
  {
    specific(amount: string, unit: string): string;
    combined(percent: string, amount: string, unit: string): string;
    plus(percent: string, amount: string, unit: string): string;
  }
> = {
  ru: {
    specific: (amount, unit) => `${amount} за ${unit}`,
    combined: (percent, amount, unit) => `${percent}, но не менее ${amount} за ${unit}`,
    plus: (percent, amount, unit) => `${percent} плюс ${amount} за ${unit}`,
  },
  kk: {
    specific: (amount, unit) => `${unit} үшін ${amount}`,
    combined: (percent, amount, unit) => `${percent}, бірақ ${unit} үшін кемінде ${amount}`,
    plus: (percent, amount, unit) => `${percent} және қосымша ${unit} үшін ${amount}`,
  },
  en: {
    specific: (amount, unit) => `${amount} per ${unit}`,
    combined: (percent, amount, unit) => `${percent}, but not less than ${amount} per ${unit}`,
    plus: (percent, amount, unit) => `${percent} plus ${amount} per ${unit}`,
  },
};

/**
 * A rate in words in `language`. A part the rate's kind needs but lacks, or a unit without a name
 * here, is written as the classifier's code rather than guessed.
 */
export function rateInWords(rate: RateTerms, language: Language): string {
  const figure = (decimal: string) => printedAmount(decimal, language);
  const percent = `${figure(rate.percent ?? '0')}\u00a0%`;
  if (rate.kind === 'free') return `0\u00a0%`;
  if (rate.kind === 'ad_valorem') return percent;
  const currency = rate.currency === 'KZT' ? tenge[language] : (rate.currency ?? '');
  const amount = `${figure(rate.amount ?? '0')}\u00a0${currency}`.trim();
  const unit = perUnit[language][rate.unit ?? ''] ?? rate.unit ?? '';
  const shape = shapes[language];
  if (rate.kind === 'specific') return shape.specific(amount, unit);
  if (rate.kind === 'combined') return shape.combined(percent, amount, unit);
  return shape.plus(percent, amount, unit);
}

/**
 * A rate as the system keeps it — the tariff's own text («15%, но не менее 2 EUR за 1 кг», «12%»),
 * or a fee in monthly calculation indices («6 МРП») — written in `language` for a printed form. A
 * text that is neither is printed as it is, its figures as `printedFigures` writes them.
 */
export function printedRate(text: string, language: Language): string {
  // A declaration's lines share a few rates (999 items, some twenty texts): each is put in words
  // once. The texts are the tariff's and the fee schedule's, a few thousand at most; bounded anyway.
  const known = inWords[language];
  const held = known.get(text);
  if (held !== undefined) return held;
  if (known.size >= 10_000) known.clear();
  const words = rateTextInWords(text, language);
  known.set(text, words);
  return words;
}

const inWords: Record<Language, Map<string, string>> = { kk: new Map(), ru: new Map(), en: new Map() };

function rateTextInWords(text: string, language: Language): string {
  const fee = /^(\d+(?:[.,]\d+)?)\s*МРП$/u.exec(text.trim());
  if (fee) return `${printedAmount(fee[1]!.replace(',', '.'), language)}\u00a0${mci[language]}`;
  const parsed = parseRate(text);
  return parsed.ok ? rateInWords(parsed.rate, language) : printedFigures(text, language);
}
