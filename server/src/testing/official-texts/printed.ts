import { declarationKinds } from '@shekara/contracts/declarations/documents';
import type { CustomsBody } from '@shekara/contracts/reference';
import { noticeLetter } from '../../modules/credentials/letter.ts';
import type { CredentialsRequest } from '../../modules/credentials/request-repository.ts';
import { demoDocument } from '../../modules/declarations/demo/demo-document.ts';
import { declarationForm } from '../../modules/declarations/print/declaration-form.ts';
import { receiptPdf } from '../../modules/declarations/print/receipt.ts';
import { phrases } from '../../modules/payments/explanations.ts';
import type { PayerPosting } from '../../modules/payments/ledger/ledger-repository.ts';
import { statementForm } from '../../modules/payments/ledger/statement.ts';
import { receiptOrderForm } from '../../modules/payments/receipt-orders/print.ts';
import type { ReceiptOrderRow } from '../../modules/payments/receipt-orders/receipt-order-repository.ts';
import { blankApplicationForm } from '../../modules/web-declarant-access/application-form.ts';
import type { Application } from '../../modules/web-declarant-access/application-repository.ts';
import { journalEntry, journalForm } from '../../modules/web-declarant-access/journal.ts';
import { answerLetter } from '../../modules/web-declarant-access/letters.ts';
import type { Language } from '../../platform/i18n/language.ts';
import type { PdfBlock, PdfDocument } from '../../platform/pdf/index.ts';

/**
 * A printed form's text in two parts (issue 21 point 8): its `words` — titles, labels, headings,
 * sentences — which are the system's own and are checked whole; and the `values` in its boxes and
 * cells, names and codes people typed among them, whose figures alone are checked.
 */
export interface PrintedText {
  where: string;
  words: string[];
  values: string[];
}

/** One printed form or letter, and what it is. */
interface Printed {
  where: string;
  document: PdfDocument;
}

const printed = (where: string, document: PdfDocument): Printed => ({ where, document });

/** The public address the forms below are printed at (their links and QR codes). */
export const printedPublicUrl = 'https://shekara.example';

// A digest printed for whoever checks the paper is neither a word nor a figure.
const withoutDigests = (text: string) => text.replace(/\b[0-9a-f]{32,}\b/g, '');

function textOf(where: string, document: PdfDocument): PrintedText {
  const words = [document.title, document.header ?? '', document.pageNumbers ?? ''];
  const values: string[] = [];
  const collect = (block: PdfBlock) => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        words.push(withoutDigests(block.text));
        break;
      case 'fields':
        words.push(...block.fields.map((field) => field.label));
        values.push(...block.fields.map((field) => field.value));
        break;
      case 'table':
        words.push(...block.columns.map((column) => column.header));
        values.push(...block.rows.flat());
        break;
      case 'signature':
        words.push(block.dateLabel, ...block.signers.map((signer) => signer.role));
        values.push(block.date ?? '');
        break;
      case 'qr':
        words.push(block.caption ?? '');
        break;
      case 'sheet':
        words.push(...block.boxes.map((box) => box.label ?? ''));
        values.push(...block.boxes.map((box) => box.value ?? ''));
        break;
    }
  };
  document.blocks.forEach(collect);
  // a vehicle's make and model as the demo documents name it (MAN TGX 18.480) is a name, not a figure
  return { where, words, values: values.map((value) => value.replace('TGX 18.480', 'TGX')) };
}

const support = { email: 'support@shekara.example', phone: '+7 (7172) 00-00-00' };
const body = {
  code: '75000',
  name: { kk: 'Астана қаласы бойынша МКД', ru: 'ДГД по городу Астане', en: 'DSR of Astana' },
  address: 'Астана, пр. Мәңгілік Ел, 8',
} as CustomsBody;

function credentialsLetters(language: Language): Printed[] {
  const request = {
    language,
    number: '75000/2026/00042',
    receivedOn: '2026-03-02',
    applicantName: 'Серикова Айгерим Болатовна',
    postalAddress: 'г. Алматы, ул. Төле би, 42',
    iinBin: '880101300123',
    login: 'AS75000042',
    letterPassword: 'Kx7-pQ2-mZ9',
    rejectionReason: 'Номер уведомления не совпадает',
  };
  return (['approved', 'rejected'] as const).map((status) =>
    printed(
      `credentials letter ${status}`,
      noticeLetter({ ...request, status } as CredentialsRequest, body, printedPublicUrl, '2026-03-05', support),
    ),
  );
}

function webDeclarantForms(language: Language): Printed[] {
  const at = new Date('2026-03-02T05:00:00Z');
  const application = {
    id: 'a1',
    bodyCode: '75000',
    journalYear: 2026,
    journalNumber: 42,
    fullName: 'ТОО «Браузер Транзит»',
    email: 'office@example.kz',
    receivedAt: at,
    status: 'received',
    fields: {
      applicantKind: 'legal_entity',
      fullName: 'ТОО «Браузер Транзит»',
      shortName: 'Браузер Транзит',
      taxpayerNumber: '050540001242',
      okpo: '12345678',
      actualAddress: 'г. Алматы, пр. Абая, 10',
      legalAddress: 'г. Алматы, пр. Абая, 10',
      phones: ['+7 727 000 00 00'],
      email: 'office@example.kz',
      workplaces: 1,
      consentToRules: true,
      stickerLetter: { number: '17', date: '2026-02-20', stickerCode: 'ПП-451' },
      customsBodyCode: '75000',
      applicationDate: '2026-03-02',
      signatoryName: 'Ахметов Аслан',
    },
  } as Application;
  const letter = (outcome: Parameters<typeof answerLetter>[0]['outcome']) =>
    answerLetter({ application, body, outcome, officerName: 'Ахметов Аслан', at, language, support });
  return [
    printed(
      'web-declarant letter issued',
      letter({ kind: 'issued', logins: [{ login: 'WD7500001', oneTimePassword: 'Kx7-pQ2-mZ9' }] }),
    ),
    printed('web-declarant letter refused', letter({ kind: 'rejected', reason: 'Заявитель — брокер' })),
    printed('web-declarant blank application', blankApplicationForm(language, at, support)),
    printed(
      'web-declarant journal',
      journalForm([journalEntry(application, '2026-03-02')], { language, year: 2026, bodies: '75000', at }),
    ),
  ];
}

function statement(language: Language): Printed {
  const posting = (id: number, kind: PayerPosting['kind'], availableChange: number, reservedChange: number) =>
    ({
      id,
      kind,
      availableChange,
      reservedChange,
      postedAt: new Date('2026-03-02T05:00:00Z'),
      bankDocumentNumber: kind === 'deposit' ? '17' : null,
      bankDocumentDate: kind === 'deposit' ? '2026-03-01' : null,
      declarationId: kind === 'reservation' ? '75101/020326/0000042' : null,
      reversesId: null,
      note: null,
    }) as PayerPosting;
  return printed(
    'advance account statement',
    statementForm({
      payer: '050540001242',
      from: '2026-03-01',
      to: '2026-03-31',
      opening: { available: 0, reserved: 0 },
      postings: [posting(1, 'deposit', 123_456_789, 0), posting(2, 'reservation', -1_234_567, 1_234_567)],
      language,
      at: new Date('2026-03-31T12:00:00Z'),
    }),
  );
}

function receiptOrder(language: Language): Printed {
  const explanation = {
    kk: '',
    ru: '',
    en: '',
  };
  for (const l of ['kk', 'ru', 'en'] as const)
    explanation[l] = `${phrases[l].personalUseFacts('181716.00', '200', '121144.00', '605.72', '35', '31')}; ${phrases[
      l
    ].overNorms('60572.00', '15', '9085.80', '4', '2', '605.72', '4845.76', '9085.80')}`;
  const row = {
    id: 'o1',
    number: '75101/020326/Т0000001',
    officeCode: '75101',
    issuedAt: new Date('2026-03-02T05:00:00Z'),
    calculatedOn: '2026-03-02',
    recipientIin: '880101300123',
    recipientName: 'Серикова Айгерим',
    channel: 'post',
    items: [{ hsCode: '8471300000', originCountry: 'CN', invoiceValue: '300.00', currency: 'EUR', netMassKg: '35' }],
    lines: [
      { paymentType: '6010', base: '60572.00', rate: '15%, но не менее 2 EUR за 1 кг', amount: '9085.80', explanation },
    ],
    total: 908_580n,
    document: new Uint8Array([1]),
    signatureCms: new Uint8Array([1]),
    status: 'paid',
    paidAt: new Date('2026-03-03T05:00:00Z'),
    paidBy: 'bank',
    paymentPostingId: null,
    bankDocumentNumber: '17',
    bankDocumentDate: '2026-03-03',
    annulledAt: null,
    annulReason: null,
  } as unknown as ReceiptOrderRow;
  return printed('customs receipt order', receiptOrderForm(row, language, printedPublicUrl));
}

function declarationForms(language: 'kk' | 'ru'): Printed[] {
  const facts = {
    language,
    registrationNumber: '75101/020326/0000042',
    customsOffice: '75101',
    registeredAt: '2026-03-02T05:00:00Z',
  };
  const options = { declarant: '050540001242', office: '75101', date: '2026-03-02', items: 4 };
  return [
    ...declarationKinds.map((kind) =>
      printed(`printed ${kind}`, declarationForm(kind, demoDocument(kind, options), facts)),
    ),
    printed(
      'delivery receipt',
      receiptPdf(
        {
          registrationNumber: facts.registrationNumber,
          customsOffice: '75101',
          documentSha256: 'ab'.repeat(32),
          submittedAt: new Date(facts.registeredAt),
          seq: 1,
        },
        { kind: 'goods', status: 'registered', ownerIinBin: '050540001242', declarantIinBin: null },
        language,
        printedPublicUrl,
        { officeName: 'Астана-центр', document: demoDocument('goods', options) },
      ),
    ),
  ];
}

/** Every printed form and letter the server makes, in Kazakh or Russian. */
export function everyPrintedDocument(language: 'kk' | 'ru'): Printed[] {
  return [
    ...credentialsLetters(language),
    ...webDeclarantForms(language),
    statement(language),
    receiptOrder(language),
    ...declarationForms(language),
  ];
}

/** The words and values of every printed form and letter, in Kazakh or Russian. */
export function everyPrintedText(language: 'kk' | 'ru'): PrintedText[] {
  return everyPrintedDocument(language).map(({ where, document }) => textOf(where, document));
}
