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
  return text
    .replace(/(?<![\d.-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g, '$3.$2.$1')
    .replace(/(?<![\d.,])\d+\.\d+(?![\d.])/g, (decimal) => printedAmount(decimal, language));
}
