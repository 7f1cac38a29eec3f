import type { TransitDeclaration, TransitItem } from '@shekara/contracts/declarations/documents';
import type { PrintLanguage } from '@shekara/contracts/declarations/print';
import type { PdfBox, PdfDocument } from '../../../platform/pdf/index.ts';
import { formWords, boxLabel as label } from './box-labels.ts';
import { filerLine, type PrintFacts, printedForm, registrationBox } from './print-facts.ts';
import { joined, printedDate, printedDocument, printedMoney, printedNumber, printedParty } from './print-format.ts';
import { additionalFooterRow, box, formSheets, placed } from './sheets.ts';

/**
 * The transit declaration printed on its form of Decision No. 257: the main sheet (ТД1) with the
 * header boxes, the first item's boxes 31–44, the principal (50), the route (51), the security
 * (52), the office of destination (53), the office of departure (C), its seals and term (D) and
 * box 54; an additional sheet (ТД2) for every three further items.
 */
export function transitDeclarationPdf(document: TransitDeclaration, facts: PrintFacts): PdfDocument {
  const l = facts.language;
  const w = formWords[l];
  const items = document.items.map((item, i) => itemBoxes(item, i, document, l));
  const boxOne = joined([document.declarationType ?? 'TT', 'ЭД'], ' ');
  return printedForm(w.transit, facts, {
    margin: 28,
    blocks: formSheets({
      main: (sheets) => [
        ...headerBoxes(document, facts, boxOne, `1 / ${sheets}`),
        ...placed(items[0] ?? itemBoxes({}, 0, { items: [] }, l), 22),
        ...footerBoxes(document, facts),
      ],
      items,
      additionalHeader: (sheet, sheets) => [
        box(label('2', l), 0, 0, 8, 3, document.consignor?.name ?? ''),
        box(label('1', l), 8, 0, 4, 3, `${boxOne}\n${w.additionalSheet}`),
        box(label('3', l), 12, 0, 3, 3, `${sheet} / ${sheets}`),
        box(label('A', l), 15, 0, 9, 3, registrationBox(facts)),
      ],
      additionalFooter: [box(label('54', l), 0, additionalFooterRow, 24, 2, fillerText(document, facts, ', '))],
    }),
  });
}

const transport = (t: TransitDeclaration['departureTransport']) =>
  t ? joined([t.identification, t.countryCode], ' ') : '';

function headerBoxes(d: TransitDeclaration, facts: PrintFacts, boxOne: string, sheets: string): PdfBox[] {
  const l = facts.language;
  return [
    box(label('2', l), 0, 0, 12, 4, printedParty(d.consignor, l)),
    box(label('1', l), 12, 0, 5, 2, boxOne),
    box(label('A', l), 17, 0, 7, 4, registrationBox(facts)),
    box(label('3', l), 12, 2, 2, 2, sheets),
    box(label('4', l), 14, 2, 3, 2),
    box(label('8', l), 0, 4, 12, 4, printedParty(d.consignee, l)),
    box(label('5', l), 12, 4, 3, 2, String(d.totalItems ?? d.items.length)),
    box(label('6', l), 15, 4, 3, 2, printedNumber(d.totalPackages)),
    box(label('15', l), 18, 4, 3, 2, d.dispatchCountry ?? ''),
    box(label('17', l), 21, 4, 3, 2, d.destinationCountry ?? ''),
    box(label('50', l), 0, 8, 12, 6, printedParty(d.declarant, l)),
    box(label('18', l), 12, 6, 9, 2, transport(d.departureTransport)),
    box(label('19', l), 21, 6, 3, 2, d.containers === undefined ? '' : d.containers ? '1' : '0'),
    box(label('21', l), 12, 8, 9, 2, transport(d.borderTransport)),
    box(label('25', l), 21, 8, 3, 2, d.borderTransportMode ?? ''),
    box(
      label('20', l),
      12,
      10,
      12,
      2,
      d.deliveryTerms ? joined([d.deliveryTerms.code, d.deliveryTerms.place], ' ') : '',
    ),
    box(label('22', l), 12, 12, 12, 2, joined([d.invoiceCurrency, printedMoney(d.totalInvoiceAmount)], ' ')),
    box(
      label('51', l),
      0,
      14,
      12,
      4,
      joined([joined(d.route ?? [], ' – '), joined(d.transitOffices ?? [], ', ')], '\n'),
    ),
    box(
      label('52', l),
      12,
      14,
      12,
      4,
      d.security
        ? joined([d.security.methodCode, printedMoney(d.security.amount), d.security.certificateNumber], ' ')
        : '',
    ),
    box(label('C', l), 0, 18, 12, 4, d.departureOffice ?? ''),
    box(label('53', l), 12, 18, 12, 4, d.destinationOffice ?? ''),
  ];
}

/** D (seals, term of delivery, the carrier) and 54 below the first item. */
function footerBoxes(d: TransitDeclaration, facts: PrintFacts): PdfBox[] {
  const l = facts.language;
  const words =
    l === 'ru'
      ? { seals: 'Пломбы', term: 'Срок доставки', carrier: 'Перевозчик' }
      : { seals: 'Пломбалар', term: 'Жеткізу мерзімі', carrier: 'Тасымалдаушы' };
  const seals = (d.seals ?? []).map((s) => joined([s.count, s.identification], ' ')).join('; ');
  return [
    box(
      label('D', l),
      0,
      37,
      24,
      5,
      joined(
        [
          seals && `${words.seals}: ${seals}`,
          d.deliveryTerm && `${words.term}: ${printedDate(d.deliveryTerm)}`,
          d.carrier && `${words.carrier}: ${printedParty(d.carrier, l).replaceAll('\n', ', ')}`,
        ],
        '\n',
      ),
    ),
    box(label('54', l), 0, 42, 24, 8, fillerText(d, facts, '\n')),
  ];
}

/** Box 54: the customs representative with its register number, then the place, date and who filled the form. */
const fillerText = (d: TransitDeclaration, facts: PrintFacts, separator: string) => {
  const f = d.filler;
  return joined(
    [
      filerLine(facts.parties, facts.language),
      f && joined([joined([f.place, printedDate(f.date)]), f.name, f.position, f.iin, f.phone], separator),
    ],
    separator,
  );
};

const words = {
  ru: { packages: 'Грузовых мест', containers: 'Контейнеры' },
  kk: { packages: 'Жүк орындары', containers: 'Контейнерлер' },
} as const;

/** Boxes 31–44 of one item of goods carried, from row 0. */
function itemBoxes(item: TransitItem, index: number, d: TransitDeclaration, l: PrintLanguage): PdfBox[] {
  const w = words[l];
  const description = joined(
    [
      item.description,
      item.packages !== undefined &&
        `${w.packages}: ${printedNumber(item.packages)} ${item.packageKindCode ?? ''}`.trim(),
      item.containerNumbers?.length && `${w.containers}: ${item.containerNumbers.join(', ')}`,
    ],
    '\n',
  );
  const documents = [...(index === 0 ? (d.documents ?? []) : []), ...(item.documents ?? [])].map(printedDocument);
  return [
    box(label('31', l), 0, 0, 13, 9, description),
    box(label('44', l), 0, 9, 13, 6, documents.join('; '), 6.5),
    box(label('32', l), 13, 0, 2, 2, String(item.number ?? index + 1)),
    box(label('33', l), 15, 0, 9, 2, item.hsCode ?? ''),
    box(label('35', l), 13, 2, 11, 2, printedNumber(item.grossMass)),
    box(label('40', l), 13, 4, 11, 4, joined([item.previousDocument, d.preliminaryInformationNumber], '\n')),
    box(label('42', l), 13, 8, 11, 7, joined([printedMoney(item.invoiceValue), d.invoiceCurrency], ' ')),
  ];
}
