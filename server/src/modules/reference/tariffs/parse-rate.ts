import type { RateTerms } from '@shekara/contracts/reference/tariffs';
import { unitCode } from './units.ts';

export type ParsedRate = { ok: true; rate: RateTerms } | { ok: false; reason: string };

/** Longer texts are not rates; refusing them keeps a bad file from filling the summary. */
export const maxRateTextLength = 200;

const number = String.raw`(\d+(?:[.,]\d+)?)`;
const percent = String.raw`${number}\s*%`;
// "1.25 EUR за 1 пар", "0,44 евро за 1 см3, мл", "250 USD за 1 т"
const specific = String.raw`${number}\s*([a-z]{3}|евро|долл\.?\s*сша|доллар(?:а|ов)?\s*сша|руб\.?|рубл(?:ь|я|ей)|тенге)\s+за\s+(.+)`;

const forms: { pattern: RegExp; read(match: RegExpExecArray): ParsedRate }[] = [
  { pattern: new RegExp(`^${percent}$`), read: (m) => adValorem(m[1]!) },
  {
    // the larger of the two: "50%, но не менее 1 EUR за 1 кг"
    pattern: new RegExp(`^${percent}\\s*,?\\s*но\\s+не\\s+менее\\s+${specific}$`),
    read: (m) => withAmount('combined', decimal(m[1]!), m[2]!, m[3]!, m[4]!),
  },
  {
    // the sum of the two: "4.5% плюс 0.02 EUR за 1 кг"
    pattern: new RegExp(`^${percent}\\s*(?:плюс|\\+)\\s*${specific}$`),
    read: (m) => withAmount('ad_valorem_plus_specific', decimal(m[1]!), m[2]!, m[3]!, m[4]!),
  },
  { pattern: new RegExp(`^${specific}$`), read: (m) => withAmount('specific', null, m[1]!, m[2]!, m[3]!) },
];

/**
 * Reads a duty rate as tariffs write it (issue 5 point 2) into its kind, percent, amount, currency
 * and unit. Amounts stay decimal strings. A text that is not one of the known forms is refused
 * with the reason — in particular a bare number other than zero ("15": 15 %, or a typo?), which
 * is never guessed.
 */
export function parseRate(text: string): ParsedRate {
  if (text.length > maxRateTextLength)
    return { ok: false, reason: `a rate is at most ${maxRateTextLength} characters` };
  const normal = text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (normal === '') return { ok: false, reason: 'the rate is empty' };
  // Zero is zero whether meant as a percent or an amount: no duty.
  if (/^0+(?:[.,]0+)?\s*%?$/.test(normal)) return free();
  if (new RegExp(`^${number}$`).test(normal)) {
    return {
      ok: false,
      reason: `a number without "%" or a currency and unit: cannot tell whether ${normal} % was meant`,
    };
  }
  for (const form of forms) {
    const match = form.pattern.exec(normal);
    if (match) return form.read(match);
  }
  return {
    ok: false,
    reason:
      'not a known rate form ("15%", "0", "1.25 EUR за 1 пар", "50%, но не менее 1 EUR за 1 кг", "4.5% плюс 0.02 EUR за 1 кг")',
  };
}

function free(): ParsedRate {
  return { ok: true, rate: { kind: 'free', percent: null, amount: null, currency: null, unit: null } };
}

function adValorem(written: string): ParsedRate {
  const value = decimal(written);
  return value === '0'
    ? free()
    : { ok: true, rate: { kind: 'ad_valorem', percent: value, amount: null, currency: null, unit: null } };
}

function withAmount(
  kind: 'specific' | 'combined' | 'ad_valorem_plus_specific',
  percentValue: string | null,
  amountWritten: string,
  currencyWritten: string,
  per: string,
): ParsedRate {
  const currency = currencyCode(currencyWritten);
  const unit = unitCode(per.replace(/^1\s+/, ''));
  if (!unit)
    return {
      ok: false,
      reason: `unknown unit "${per}": a specific rate is held per 1 unit of the EAEU classifier (кг, т, л, см3, м2, шт, 1000 шт, пар…)`,
    };
  const amount = decimal(amountWritten);
  if (kind === 'specific') {
    if (amount === '0') return free();
    return { ok: true, rate: { kind, percent: null, amount, currency, unit } };
  }
  return { ok: true, rate: { kind, percent: percentValue, amount, currency, unit } };
}

function currencyCode(written: string): string {
  if (written === 'евро') return 'EUR';
  if (written.includes('сша')) return 'USD';
  if (written.startsWith('руб')) return 'RUB';
  if (written === 'тенге') return 'KZT';
  return written.toUpperCase();
}

/** "0,440" → "0.44", "05" → "5", "8.0" → "8": one spelling per value, so equal rates compare equal. */
export function decimal(written: string): string {
  const [whole, fraction = ''] = written.replace(',', '.').split('.');
  const integer = whole!.replace(/^0+(?=\d)/, '');
  const decimals = fraction.replace(/0+$/, '');
  return decimals ? `${integer}.${decimals}` : integer;
}
