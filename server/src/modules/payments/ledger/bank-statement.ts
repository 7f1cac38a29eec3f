import { parseIinBin } from '@shekara/contracts/domain';
import { type LocalizedText, printedAmount, withKazakhEnding } from '@shekara/contracts/i18n';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { LedgerErrors } from './errors.ts';
import { tiynOf } from './money.ts';

/*
 * Bank statements an officer imports to credit payments in bulk (issue 16 point 3): the incoming
 * payments of the customs' account, each naming the payer's IIN/BIN. Two formats: a plain CSV
 * (`payer;amount;document_number;document_date;note`, a header line, `;`-separated, UTF-8 with or
 * without a byte-order mark, amounts with a decimal point or comma, dates YYYY-MM-DD or
 * DD.MM.YYYY) and ISO 20022 camt.053 (the credit entries of the statement). Parsing is pure; a
 * line that cannot be read is reported with its position and reason, never guessed.
 */

/** A statement longer than this is not one day's payments of a customs account. */
export const maxStatementChars = 2 * 1024 * 1024;
/** Payments one import credits at most. */
export const maxStatementLines = 5_000;

/** Why a statement cannot be read, as the officer reads it; the format's own names (camt.053, its columns) as they are. */
const unreadable = {
  tooLong: {
    kk: `файл тым үлкен (ең көбі ${maxStatementChars / 1024 / 1024} МБ)`,
    ru: `файл слишком велик (не более ${maxStatementChars / 1024 / 1024} МБ)`,
    en: 'too long',
  },
  tooMany: {
    kk: `төлемдер ${withKazakhEnding(maxStatementLines, 'ablative', printedAmount(maxStatementLines, 'kk'))} көп`,
    ru: `платежей больше ${printedAmount(maxStatementLines, 'ru')}`,
    en: `more than ${maxStatementLines} payments`,
  },
  header: (columns: string): LocalizedText => ({
    kk: `бірінші жол мынадай болуы керек: ${columns}`,
    ru: `первая строка должна быть такой: ${columns}`,
    en: `the header must be ${columns}`,
  }),
  dtd: {
    kk: 'DTD немесе XML нысандарын жариялау қабылданбайды',
    ru: 'объявления DTD и сущностей XML не принимаются',
    en: 'a DTD or entity declaration is not accepted',
  },
  notXml: (detail: string): LocalizedText => ({
    kk: `XML дұрыс құрылмаған (${detail})`,
    ru: `XML составлен с ошибками (${detail})`,
    en: `not well-formed XML: ${detail}`,
  }),
  notCamt: {
    kk: 'файл camt.053 үзінді көшірмесі емес (Document/BkToCstmrStmt)',
    ru: 'файл не является выпиской camt.053 (Document/BkToCstmrStmt)',
    en: 'not a camt.053 Document/BkToCstmrStmt',
  },
} satisfies Record<string, LocalizedText | ((detail: string) => LocalizedText)>;

export interface BankPayment {
  /** the line (CSV) or entry (camt.053) it came from, from 1 */
  position: number;
  payer: string;
  /** tiyn */
  amount: number;
  documentNumber: string;
  documentDate: string;
  note: string | null;
}

export interface UnreadLine {
  position: number;
  problem: string;
}

export interface ReadStatement {
  payments: BankPayment[];
  unread: UnreadLine[];
}

export function readBankStatement(format: 'csv' | 'camt053', content: string): ReadStatement {
  if (content.length > maxStatementChars)
    throw LedgerErrors.LEDGER_STATEMENT_UNREADABLE({ problem: unreadable.tooLong });
  const read = format === 'csv' ? readCsv(content.replace(/^\uFEFF/, '')) : readCamt053(content.replace(/^\uFEFF/, ''));
  if (read.payments.length + read.unread.length > maxStatementLines) {
    throw LedgerErrors.LEDGER_STATEMENT_UNREADABLE({ problem: unreadable.tooMany });
  }
  return read;
}

/** A payment's facts checked; the problem in words when they do not hold. */
function payment(
  position: number,
  facts: { payer: string; amount: string; documentNumber: string; documentDate: string; note: string | null },
): BankPayment | UnreadLine {
  const payer = facts.payer.trim();
  if (!parseIinBin(payer).valid) return { position, problem: 'the payer’s IIN/BIN is not a valid one' };
  let amount: number;
  try {
    amount = tiynOf(facts.amount.trim().replace(',', '.'));
  } catch {
    return { position, problem: `the amount "${facts.amount.slice(0, 30)}" is not a tenge amount above zero` };
  }
  const documentNumber = facts.documentNumber.trim();
  if (documentNumber.length < 1 || documentNumber.length > 50) {
    return { position, problem: 'the document number is empty or longer than 50 characters' };
  }
  const documentDate = isoDateOf(facts.documentDate.trim());
  if (!documentDate) return { position, problem: `the date "${facts.documentDate.slice(0, 30)}" is not a date` };
  const note = facts.note?.trim().slice(0, 500) || null;
  return { position, payer, amount, documentNumber, documentDate, note };
}

function isoDateOf(text: string): string | null {
  const dotted = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  const iso = dotted ? `${dotted[3]}-${dotted[2]}-${dotted[1]}` : text.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === iso ? iso : null;
}

function sorted(results: (BankPayment | UnreadLine)[]): ReadStatement {
  const payments: BankPayment[] = [];
  const unread: UnreadLine[] = [];
  for (const result of results) {
    if ('problem' in result) unread.push(result);
    else payments.push(result);
  }
  return { payments, unread };
}

const csvHeader = ['payer', 'amount', 'document_number', 'document_date', 'note'];

function readCsv(content: string): ReadStatement {
  const lines = content.split(/\r?\n/);
  const header = (lines[0] ?? '').split(';').map((cell) => cell.trim().toLowerCase());
  if (header.slice(0, 4).join(';') !== csvHeader.slice(0, 4).join(';')) {
    throw LedgerErrors.LEDGER_STATEMENT_UNREADABLE({ problem: unreadable.header(csvHeader.join(';')) });
  }
  const results: (BankPayment | UnreadLine)[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const cells = line.split(';').map(unquoted);
    if (cells.length < 4) {
      results.push({ position: i + 2, problem: 'fewer than four cells' });
      return;
    }
    results.push(
      payment(i + 2, {
        payer: cells[0]!,
        amount: cells[1]!,
        documentNumber: cells[2]!,
        documentDate: cells[3]!,
        note: cells[4] ?? null,
      }),
    );
  });
  return sorted(results);
}

/** A cell in double quotes loses them (a bank's export quotes every cell); a `;` inside quotes is not supported. */
const unquoted = (cell: string) => {
  const trimmed = cell.trim();
  return trimmed.startsWith('"') && trimmed.endsWith('"') && trimmed.length >= 2
    ? trimmed.slice(1, -1).replace(/""/g, '"')
    : trimmed;
};

/** Child elements by local name, whatever the camt.053 version's namespace. */
const childrenOf = (element: Element, name: string): Element[] =>
  Array.from(element.childNodes).filter(
    (node): node is Element => node.nodeType === node.ELEMENT_NODE && (node as Element).localName === name,
  );

/** The first element at a path of local names below an element. */
function at(element: Element | undefined, ...path: string[]): Element | undefined {
  let current = element;
  for (const name of path) current = current ? childrenOf(current, name)[0] : undefined;
  return current;
}

/** The text at a path of local names below an element, or null. */
function textAt(element: Element | undefined, ...path: string[]): string | null {
  return at(element, ...path)?.textContent?.trim() || null;
}

/**
 * The credit entries (`CdtDbtInd` = CRDT, not reversals) of every `Stmt` of a camt.053
 * `BkToCstmrStmt`, each of their transactions a payment: the payer from the debtor's
 * identification (organisation or private, `Othr/Id`: the IIN/BIN), the document number from
 * the end-to-end id (else the bank's reference), the date the entry was booked, the note from the
 * unstructured remittance information. Only tenge is credited.
 */
function readCamt053(xml: string): ReadStatement {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw LedgerErrors.LEDGER_STATEMENT_UNREADABLE({ problem: unreadable.dtd });
  }
  let root: Element | null;
  try {
    const parser = new DOMParser({
      onError: (level: string, message: string) => {
        if (level !== 'warning') throw new Error(message);
      },
    });
    root = parser.parseFromString(xml, 'text/xml').documentElement;
  } catch (error) {
    throw LedgerErrors.LEDGER_STATEMENT_UNREADABLE({
      problem: unreadable.notXml((error as Error).message.slice(0, 200)),
    });
  }
  const statement = root?.localName === 'Document' ? childrenOf(root, 'BkToCstmrStmt')[0] : undefined;
  if (!statement) throw LedgerErrors.LEDGER_STATEMENT_UNREADABLE({ problem: unreadable.notCamt });
  const results: (BankPayment | UnreadLine)[] = [];
  let position = 0;
  for (const stmt of childrenOf(statement, 'Stmt')) {
    for (const entry of childrenOf(stmt, 'Ntry')) {
      position += 1;
      if (textAt(entry, 'CdtDbtInd') !== 'CRDT' || textAt(entry, 'RvslInd') === 'true') continue;
      const date = textAt(entry, 'BookgDt', 'Dt') ?? textAt(entry, 'BookgDt', 'DtTm') ?? '';
      const transactions = childrenOf(entry, 'NtryDtls').flatMap((details) => childrenOf(details, 'TxDtls'));
      const each = transactions.length > 0 ? transactions : [undefined];
      for (const tx of each) {
        // A transaction's own amount; an entry of one transaction may give it on the entry alone.
        const own = at(tx, 'Amt') ?? at(tx, 'AmtDtls', 'TxAmt', 'Amt');
        const money = own ?? (transactions.length > 1 ? undefined : at(entry, 'Amt'));
        if (money?.getAttribute('Ccy') !== 'KZT') {
          results.push({ position, problem: 'the amount is missing or not in KZT' });
          continue;
        }
        const debtor = at(tx, 'RltdPties', 'Dbtr');
        const party = at(debtor, 'Pty') ?? debtor;
        const payer = textAt(party, 'Id', 'OrgId', 'Othr', 'Id') ?? textAt(party, 'Id', 'PrvtId', 'Othr', 'Id') ?? '';
        const endToEnd = textAt(tx, 'Refs', 'EndToEndId');
        const documentNumber =
          (endToEnd && endToEnd !== 'NOTPROVIDED' ? endToEnd : null) ??
          textAt(tx, 'Refs', 'AcctSvcrRef') ??
          textAt(entry, 'AcctSvcrRef') ??
          '';
        const remittance = at(tx, 'RmtInf');
        const note = remittance
          ? childrenOf(remittance, 'Ustrd')
              .map((u) => u.textContent?.trim() ?? '')
              .join(' ')
          : '';
        results.push(
          payment(position, {
            payer,
            amount: money.textContent ?? '',
            documentNumber,
            documentDate: date,
            note: note || null,
          }),
        );
      }
    }
  }
  return sorted(results);
}
