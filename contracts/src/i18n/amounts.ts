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
  if (!decimalAmount.test(decimal)) return decimal;
  // Placed by hand rather than by a look-ahead replace: a 999-item calculation's answer prints
  // several thousand amounts, and this ran at a third of the answer's time.
  const [group, point] = language === 'en' ? [',', '.'] : ['\u00a0', ','];
  const start = decimal.startsWith('-') ? 1 : 0;
  const dot = decimal.indexOf('.');
  const end = dot < 0 ? decimal.length : dot;
  let out = decimal.slice(0, start);
  const head = (end - start) % 3 || 3;
  out += decimal.slice(start, start + head);
  for (let at = start + head; at < end; at += 3) out += group + decimal.slice(at, at + 3);
  return dot < 0 ? out : `${out}${point}${decimal.slice(dot + 1)}`;
}

const decimalAmount = /^-?\d+(?:\.\d+)?$/;

/** An amount as each language writes it, for a message that inserts it (`interpolate`). */
export function localizedAmount(amount: string | number): LocalizedText {
  return Object.fromEntries(languages.map((language) => [language, printedAmount(amount, language)])) as LocalizedText;
}
