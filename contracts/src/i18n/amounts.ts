import { type Language, type LocalizedText, languages } from './index.ts';

/**
 * An amount as officials write it (the glossary's rule): in Kazakh and Russian a no-break space
 * between thousands and a decimal comma, 1 234 567,89; in English 1,234,567.89. Written by hand
 * rather than by Intl, whose Kazakh data browsers do not all carry (some write kk-KZ as
 * 1,234,567.89). The space does not break, so an amount never splits across lines. Takes a decimal
 * as the system keeps it ("-1234567.89", "15000") or a number (then to the tiyn); anything else (a
 * rate "15%", a code) as it is.
 */
export function printedAmount(amount: string | number, language: Language): string {
  const decimal = typeof amount === 'number' ? amount.toFixed(2) : amount;
  return decimalAmount.test(decimal) ? printedDecimal(decimal, language) : decimal;
}

/**
 * `printedAmount` of a string already known to be a decimal ("-1234567.89", "15000"): for a text
 * whose figures were found by a pattern that admits nothing else.
 */
export function printedDecimal(decimal: string, language: Language): string {
  // Placed by hand rather than by a look-ahead replace: a 999-item calculation's answer prints
  // some sixteen thousand amounts, and this ran at a third of the answer's time.
  const english = language === 'en';
  const group = english ? ',' : '\u00a0';
  const start = decimal.charCodeAt(0) === minus ? 1 : 0;
  const dot = decimal.indexOf('.');
  const end = dot < 0 ? decimal.length : dot;
  const head = start + ((end - start) % 3 || 3);
  let out = decimal.slice(0, head);
  for (let at = head; at < end; at += 3) out += group + decimal.slice(at, at + 3);
  if (dot < 0) return out;
  return out + (english ? '.' : ',') + decimal.slice(dot + 1);
}

const minus = 0x2d;
const decimalAmount = /^-?\d+(?:\.\d+)?$/;

/** An amount as each language writes it, for a message that inserts it (`interpolate`). */
export function localizedAmount(amount: string | number): LocalizedText {
  return Object.fromEntries(languages.map((language) => [language, printedAmount(amount, language)])) as LocalizedText;
}
