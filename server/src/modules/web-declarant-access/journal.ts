import { type JournalColumn, journalColumns } from '@shekara/contracts/web-declarant-access';
import type { Language } from '../../platform/i18n/language.ts';
import type { PdfDocument } from '../../platform/pdf/index.ts';
import type { Application, ApplicationStatus } from './application-repository.ts';
import { printedDate } from './dates.ts';
import { printedTexts } from './printed-texts.ts';

/**
 * A line of the journal of Annex 2 (WD-18, WD-36): its columns, then the body, the day the
 * application came in and where it stands.
 */
export interface JournalEntry {
  applicationId: string;
  bodyCode: string;
  number: number;
  userName: string;
  taxpayerNumber: string;
  okpo: string | null;
  actualAddress: string;
  legalAddress: string;
  stickerCode: string;
  email: string;
  phone: string;
  receivedOn: string;
  status: ApplicationStatus;
}

export function journalEntry(application: Application, receivedOn: string): JournalEntry {
  const f = application.fields;
  return {
    applicationId: application.id,
    bodyCode: application.bodyCode,
    number: application.journalNumber,
    userName: f.fullName,
    taxpayerNumber: f.taxpayerNumber,
    okpo: f.okpo ?? null,
    actualAddress: f.actualAddress,
    legalAddress: f.legalAddress,
    stickerCode: f.stickerLetter.stickerCode,
    email: f.email,
    phone: f.phones.join(', '),
    receivedOn,
    status: application.status,
  };
}

function cellsOf(entry: JournalEntry, language: Language): string[] {
  const t = printedTexts[language].journal;
  const values: Record<JournalColumn, string> = {
    number: String(entry.number),
    userName: entry.userName,
    taxpayerNumber: entry.taxpayerNumber,
    okpo: entry.okpo ?? '',
    actualAddress: entry.actualAddress,
    legalAddress: entry.legalAddress,
    stickerCode: entry.stickerCode,
    email: entry.email,
    phone: entry.phone,
    receivedOn: printedDate(entry.receivedOn),
    status: t.statuses[entry.status],
  };
  return [entry.bodyCode, ...journalColumns.map((column) => values[column])];
}

function headerOf(language: Language): string[] {
  const t = printedTexts[language].journal;
  return [t.body, ...journalColumns.map((column) => t.columns[column])];
}

/**
 * The journal as CSV for Excel in a Kazakh or Russian locale: UTF-8 with a byte-order mark (so
 * Excel reads Cyrillic rightly), `;` between cells (the list separator where the decimal mark is
 * a comma), CRLF line ends, the header in the reader's language. Every cell that a spreadsheet
 * could take for a formula is prefixed with an apostrophe (`csvCell`), so opening the file never
 * runs anything an applicant typed.
 */
export function journalCsv(entries: readonly JournalEntry[], language: Language): Buffer {
  const lines = [headerOf(language), ...entries.map((entry) => cellsOf(entry, language))].map((cells) =>
    cells.map(csvCell).join(';'),
  );
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}

/**
 * One cell, quoted when it holds a separator, quote or line end. A cell starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return gets an apostrophe first, whatever follows: `+1+cmd|…`
 * and `-1+…` are formulas to Excel as much as `=…` is, so a telephone number or a negative
 * amount is shown with the apostrophe too (OWASP's rule for CSV injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The journal printed across A4 landscape pages, its header row repeated on each; the bodies
 * are named in the page header instead of a column, so the Annex 2 columns have the room.
 */
export function journalForm(
  entries: readonly JournalEntry[],
  input: { language: Language; year: number; bodies: string; at: Date },
): PdfDocument {
  const t = printedTexts[input.language].journal;
  // Twelve-digit numbers, OKPO codes and dates must fit unbroken; names and addresses wrap.
  const widths = [0.5, 1.9, 2, 1.7, 1.8, 1.8, 1.7, 2, 1.5, 1.6, 1.5];
  return {
    title: `${t.title}, ${input.year}`,
    language: input.language,
    orientation: 'landscape',
    header: `${t.body}: ${input.bodies}`,
    pageNumbers: printedTexts[input.language].pageNumbers,
    createdAt: input.at,
    blocks: [
      {
        type: 'table',
        columns: headerOf(input.language)
          .slice(1)
          .map((header, i) => ({ header, width: widths[i], align: i === 0 ? ('right' as const) : ('left' as const) })),
        rows: entries.map((entry) => cellsOf(entry, input.language).slice(1)),
      },
    ],
  };
}
