import type { PrintLanguage } from '@shekara/contracts/declarations/print';
import type { PdfBlock, PdfDocument } from '../../../platform/pdf/index.ts';
import { joined, printedDate } from './print-format.ts';

/**
 * Who filed the document and for whom (issue 17 points 6 and 7), as the declaration's views show
 * them (representation/filing-parties.ts): the filer with the number of its register entry, the
 * declarant, and the representation the filer acted under when it filed for another.
 */
export interface PrintedParties {
  filer: { iinBin: string; registerNumber: string | null };
  declarant: string;
  representation: { contractNumber: string; contractDate: string } | null;
}

/** What a printed form says of the declaration besides its document: its registration (box A), who filed it. */
export interface PrintFacts {
  language: PrintLanguage;
  registrationNumber: string | null;
  customsOffice: string | null;
  /** ISO instant */
  registeredAt: string | null;
  parties?: PrintedParties | null;
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

const partyWords = {
  ru: {
    representative: 'Таможенный представитель',
    filer: 'Подал',
    iinBin: 'ИИН/БИН',
    registerNumber: '№ в реестре',
    contract: (number: string, date: string) => `договор № ${number} от ${date}`,
  },
  kk: {
    representative: 'Кеден өкілі',
    filer: 'Берген',
    iinBin: 'ЖСН/БСН',
    registerNumber: 'тізілімдегі №',
    contract: (number: string, date: string) => `${date} күнгі № ${number} шарт`,
  },
} as const;

/**
 * The filer as box 54 of a Decision No. 257 form, the receipt and the other forms print it: a
 * customs representative filing for another with its register number and the contract with the
 * declarant; one filing for itself only when it is on a register. Null otherwise.
 */
export function printedFiler(
  parties: PrintedParties | null | undefined,
  language: PrintLanguage,
): { role: string; text: string } | null {
  if (!parties) return null;
  const w = partyWords[language];
  const { filer, representation } = parties;
  const forAnother = filer.iinBin !== parties.declarant;
  if (!forAnother && !filer.registerNumber) return null;
  return {
    role: forAnother ? w.representative : w.filer,
    text: joined([
      `${w.iinBin} ${filer.iinBin}`,
      filer.registerNumber && `${w.registerNumber} ${filer.registerNumber}`,
      representation && w.contract(representation.contractNumber, printedDate(representation.contractDate)),
    ]),
  };
}

/** The same as one line: «Таможенный представитель: ИИН/БИН …, № в реестре …, договор № … от …». */
export function filerLine(parties: PrintedParties | null | undefined, language: PrintLanguage): string {
  const filer = printedFiler(parties, language);
  return filer ? `${filer.role}: ${filer.text}` : '';
}
