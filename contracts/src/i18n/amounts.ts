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
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal);
  if (!match) return decimal;
  const [, sign, digits = '', fraction] = match;
  const [group, point] = language === 'en' ? [',', '.'] : ['\u00a0', ','];
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped}${fraction === undefined ? '' : `${point}${fraction}`}`;
}

/** An amount as each language writes it, for a message that inserts it (`interpolate`). */
export function localizedAmount(amount: string | number): LocalizedText {
  return Object.fromEntries(languages.map((language) => [language, printedAmount(amount, language)])) as LocalizedText;
}
