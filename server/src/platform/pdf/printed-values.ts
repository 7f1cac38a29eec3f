import type { PdfDocument } from './document.ts';

/**
 * How a printed form writes an amount: in Kazakh and Russian (the glossary's rule) a no-break
 * space between thousands and a decimal comma, 1 234 567,89; in English 1,234,567.89. The space
 * does not break, so an amount never splits across the lines of a table cell. Takes a decimal as
 * the system keeps it ("-1234567.89", "15000"); anything else (a rate "15%", a code) as it is.
 */
export function printedAmount(decimal: string, language: PdfDocument['language']): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal);
  if (!match) return decimal;
  const [, sign, digits = '', fraction] = match;
  const [group, point] = language === 'en' ? [',', '.'] : ['\u00a0', ','];
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped}${fraction === undefined ? '' : `${point}${fraction}`}`;
}

/**
 * Figures inside running text as a printed form writes them: ISO dates (2025-11-21) as
 * DD.MM.YYYY, decimals (60572.00, 605.72) as `printedAmount` does. For texts made elsewhere in
 * the system's own notation — a payment's explanation, kept as the calculation wrote it — so that
 * the page reads one way throughout. Dates already printed (20.12.2017) and whole numbers stay.
 */
export function printedFigures(text: string, language: PdfDocument['language']): string {
  return text
    .replace(/(?<![\d.-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g, '$3.$2.$1')
    .replace(/(?<![\d.,])\d+\.\d+(?![\d.])/g, (decimal) => printedAmount(decimal, language));
}
