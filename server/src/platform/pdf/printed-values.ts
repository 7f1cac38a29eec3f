import { printedAmount, printedDecimal } from '@shekara/contracts/i18n';
import type { PdfDocument } from './document.ts';

export { printedAmount };

/**
 * Figures inside running text as a printed form writes them: ISO dates (2025-11-21) as
 * DD.MM.YYYY, decimals (60572.00, 605.72) as `printedAmount` does. For texts made elsewhere in
 * the system's own notation — a payment's explanation, kept as the calculation wrote it — so that
 * the page reads one way throughout. Dates already printed (20.12.2017) and whole numbers stay.
 */
export function printedFigures(text: string, language: PdfDocument['language']): string {
  // One pass for both (a payment's explanations are printed by the thousand): a date's digits
  // are never read as a decimal, nor a decimal's as a date, so the order of the two does not matter.
  // Each alternative begins with a digit and looks behind it only then, so that the search skips
  // ahead to the next digit instead of trying every position of the text.
  return text.replace(figures, (found) =>
    found.charCodeAt(4) === hyphen
      ? `${found.slice(8, 10)}.${found.slice(5, 7)}.${found.slice(0, 4)}`
      : printedDecimal(found, language),
  );
}

/** An ISO date (its hyphen at index 4: a decimal has none), or a decimal with its point. */
const figures = /\d(?<![\d.-]\d)\d{3}-\d{2}-\d{2}(?![\d-])|\d(?<![\d.,]\d)\d*\.\d+(?![\d.])/g;
const hyphen = 0x2d;
