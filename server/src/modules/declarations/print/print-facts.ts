import type { PrintLanguage } from '@shekara/contracts/declarations/print';
import type { PdfBlock, PdfDocument } from '../../../platform/pdf/index.ts';
import { printedDate } from './print-format.ts';

/** What a printed form says of the declaration besides its document: its registration (box A). */
export interface PrintFacts {
  language: PrintLanguage;
  registrationNumber: string | null;
  customsOffice: string | null;
  /** ISO instant */
  registeredAt: string | null;
}

/** Box A: the registration number, the customs body and the day; empty for a document not registered. */
export const registrationBox = (facts: PrintFacts) =>
  facts.registrationNumber
    ? `${facts.registrationNumber}\n${facts.customsOffice ?? ''} ${printedDate(facts.registeredAt ?? undefined)}`
    : '';

/** The form's title with its number when it has one. */
export const titled = (name: string, facts: PrintFacts) =>
  facts.registrationNumber ? `${name} № ${facts.registrationNumber}` : name;

/** The sheets' numbering of a declaration's printed form, as the forms write it. */
const sheetNumbers: Record<PrintLanguage, string> = {
  ru: 'Лист {page} из {pages}',
  kk: '{pages} парақтың {page}-парағы',
};

/**
 * A declaration's printed form: its title with the registration number, the sheets numbered in
 * the form's language, and the file dated by the registration when there is one.
 */
export function printedForm(
  name: string,
  facts: PrintFacts,
  form: { blocks: PdfBlock[]; margin?: number },
): PdfDocument {
  return {
    title: titled(name, facts),
    language: facts.language,
    ...(form.margin !== undefined && { margin: form.margin }),
    pageNumbers: sheetNumbers[facts.language],
    ...(facts.registeredAt && { createdAt: new Date(facts.registeredAt) }),
    blocks: form.blocks,
  };
}
