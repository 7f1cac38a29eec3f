import type { PrintLanguage } from '@shekara/contracts/declarations/print';
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
