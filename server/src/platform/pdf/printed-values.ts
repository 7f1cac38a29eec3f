import { printedAmount } from '@shekara/contracts/i18n';
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
  return text.replace(figures, (found, year?: string, month?: string, day?: string) =>
    year ? `${day}.${month}.${year}` : printedAmount(found, language),
  );
}

const figures = /(?<![\d.-])(\d{4})-(\d{2})-(\d{2})(?![\d-])|(?<![\d.,])\d+\.\d+(?![\d.])/g;
