import type { Language } from '../../../platform/i18n/language.ts';
import { type PdfDocument, printedAmount } from '../../../platform/pdf/index.ts';
import type { PayerBalances } from './entries.ts';
import type { PayerPosting } from './ledger-repository.ts';
import { tengeOf } from './money.ts';
import { statementTexts } from './statement-texts.ts';

/** What a statement shows: the payer, the period, the balances at its start and its postings in order. */
export interface StatementInput {
  payer: string;
  from: string;
  to: string;
  opening: PayerBalances;
  postings: readonly PayerPosting[];
  language: Language;
}

/**
 * The statement's table: the opening balances, a row per posting with the balances after it, the
 * closing balances. Amounts for a spreadsheet (`csv`) carry the locale's decimal mark alone, which
 * Excel reads as a number; printed, they are grouped as every form prints them (1 234 567,89).
 */
function statementTable(input: StatementInput, target: 'csv' | 'print'): string[][] {
  const t = statementTexts[input.language];
  const money = (tiyn: number) => (tiyn === 0 ? '' : amount(tiyn));
  const amount = (tiyn: number) =>
    target === 'print' ? printedAmount(tengeOf(tiyn), input.language) : tengeOf(tiyn).replace('.', t.decimalMark);
  const balances = { ...input.opening };
  const rows: string[][] = [
    [t.opening, '', '', '', '', '', amount(balances.available), '', '', amount(balances.reserved)],
  ];
  for (const posting of input.postings) {
    balances.available += posting.availableChange;
    balances.reserved += posting.reservedChange;
    rows.push([
      almatyTime(posting.postedAt),
      String(posting.id),
      t.kinds[posting.kind],
      documentOf(posting, input.language),
      money(Math.max(posting.availableChange, 0)),
      money(Math.max(-posting.availableChange, 0)),
      amount(balances.available),
      money(Math.max(posting.reservedChange, 0)),
      money(Math.max(-posting.reservedChange, 0)),
      amount(balances.reserved),
    ]);
  }
  rows.push([t.closing, '', '', '', '', '', amount(balances.available), '', '', amount(balances.reserved)]);
  return rows;
}

/**
 * The statement of the advance account as CSV for Excel in a Kazakh or Russian locale, made the
 * way the Web-declarant journal is: UTF-8 with a byte-order mark, `;` between cells, CRLF line
 * ends, amounts with the locale's decimal mark, each movement as a positive amount in an "in" or
 * "out" column (so no cell starts with a minus), and every cell a spreadsheet could take for a
 * formula defused (`csvCell`). Times are Almaty's.
 */
export function statementCsv(input: StatementInput): Buffer {
  const t = statementTexts[input.language];
  const rows: string[][] = [
    [t.title],
    [t.payer, input.payer],
    [t.period, `${printedDate(input.from)} – ${printedDate(input.to)}`],
    [...t.columns],
    ...statementTable(input, 'csv'),
  ];
  const text = rows.map((cells) => cells.map(csvCell).join(';')).join('\r\n');
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${text}\r\n`, 'utf8')]);
}

/** The same statement printed across A4 landscape pages, its header row repeated on each. */
export function statementForm(input: StatementInput & { at: Date }): PdfDocument {
  const t = statementTexts[input.language];
  const widths = [1.6, 0.9, 1.4, 3.2, 1.2, 1.2, 1.3, 1.2, 1.2, 1.3];
  return {
    title: t.title,
    language: input.language,
    orientation: 'landscape',
    pageNumbers: t.pageNumbers,
    createdAt: input.at,
    blocks: [
      {
        type: 'fields',
        fields: [
          { label: t.payer, value: input.payer },
          { label: t.period, value: `${printedDate(input.from)} – ${printedDate(input.to)}` },
          { label: t.madeAt, value: almatyTime(input.at) },
        ],
      },
      {
        type: 'table',
        columns: t.columns.map((header, i) => ({
          header,
          width: widths[i],
          align: i >= 4 ? ('right' as const) : ('left' as const),
        })),
        rows: statementTable(input, 'print'),
      },
    ],
  };
}

function documentOf(posting: PayerPosting, language: Language): string {
  const t = statementTexts[language];
  const parts: string[] = [];
  if (posting.bankDocumentNumber && posting.bankDocumentDate) {
    parts.push(t.bankDocument(posting.bankDocumentNumber, printedDate(posting.bankDocumentDate)));
  }
  if (posting.declarationId) parts.push(t.declaration(posting.declarationId));
  if (posting.reversesId) parts.push(t.reverses(posting.reversesId));
  if (posting.note) parts.push(posting.note);
  return parts.join('. ');
}

/** 'YYYY-MM-DD' as DD.MM.YYYY. */
const printedDate = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;

/** DD.MM.YYYY HH:MM:SS in Almaty (UTC+5 since 1 March 2024, UTC+6 before). */
function almatyTime(instant: Date): string {
  const offsetHours = instant.getTime() >= Date.UTC(2024, 1, 29, 18) ? 5 : 6;
  const local = new Date(instant.getTime() + offsetHours * 3_600_000).toISOString();
  return `${printedDate(local.slice(0, 10))} ${local.slice(11, 19)}`;
}

/**
 * One cell, quoted when it holds a separator, quote or line end. A cell starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return gets an apostrophe first (OWASP's rule for CSV
 * injection): a bank document number or a note is typed by people. The same rule as the
 * Web-declarant journal's.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
