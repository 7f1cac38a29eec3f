import type { GoodsDeclaration, GoodsItem } from '@shekara/contracts/declarations/documents';
import type { PrintLanguage } from '@shekara/contracts/declarations/print';
import type { PdfBox, PdfDocument } from '../../../platform/pdf/index.ts';
import { printedRate } from '../../payments/index.ts';
import { formWords, boxLabel as label } from './box-labels.ts';
import { filerLine, type PrintFacts, printedForm, registrationBox } from './print-facts.ts';
import { joined, printedDate, printedDocument, printedMoney, printedNumber, printedParty } from './print-format.ts';
import { additionalFooterRow, box, formSheets, itemRows, placed } from './sheets.ts';

/**
 * The goods declaration printed on the form of EEC Commission Decision No. 257 (ACC-19): the main
 * sheet (ДТ1) with boxes 1–30, the first item's boxes 31–47, then B, 48, 49, 54; an additional
 * sheet (ДТ2) for every three further items. Each box stands at its place on the form.
 */
export function goodsDeclarationPdf(document: GoodsDeclaration, facts: PrintFacts): PdfDocument {
  const l = facts.language;
  const w = formWords[l];
  const items = document.items.map((item, i) => itemBoxes(item, i, document, l));
  const formBoxes = (sheet: number, sheets: number) => `${sheet} / ${sheets}`;
  return printedForm(w.goods, facts, {
    margin: 28,
    blocks: formSheets({
      main: (sheets) => [
        ...headerBoxes(document, facts, formBoxes(1, sheets)),
        ...placed(items[0] ?? emptyItem(l), 22),
        ...footerBoxes(document, facts),
      ],
      items,
      additionalHeader: (sheet, sheets) => [
        box(label('2', l), 0, 0, 8, 3, document.consignor?.name ?? ''),
        box(label('1', l), 8, 0, 4, 3, `${boxOne(document, l)}\n${w.additionalSheet}`),
        box(label('3', l), 12, 0, 3, 3, formBoxes(sheet, sheets)),
        box(label('A', l), 15, 0, 9, 3, registrationBox(facts)),
      ],
      additionalFooter: [box(label('54', l), 0, additionalFooterRow, 24, 2, fillerLine(document, facts))],
    }),
  });
}

const directions: Record<PrintLanguage, Record<'IM' | 'EK', string>> = {
  ru: { IM: 'ИМ', EK: 'ЭК' },
  kk: { IM: 'ИМ', EK: 'ЭК' },
};

/** Box 1: the direction, the procedure and ЭД for a declaration filed electronically. */
const boxOne = (d: GoodsDeclaration, l: PrintLanguage) =>
  joined([d.direction && directions[l][d.direction], d.procedureCode, 'ЭД'], ' ');

/** Box 16: the one country of origin of every item, or "different" when they differ (filling rules). */
function originOfAll(d: GoodsDeclaration, l: PrintLanguage): string {
  const origins = new Set(d.items.map((item) => item.originCountry).filter(Boolean));
  if (origins.size === 0) return '';
  if (origins.size === 1) return [...origins][0]!;
  return l === 'ru' ? 'РАЗНЫЕ' : 'ӘРТҮРЛІ';
}

function headerBoxes(d: GoodsDeclaration, facts: PrintFacts, sheets: string): PdfBox[] {
  const l = facts.language;
  const transport = (t: GoodsDeclaration['departureTransport']) =>
    t ? joined([t.identification, t.countryCode], ' ') : '';
  const location = d.goodsLocation;
  return [
    box(label('2', l), 0, 0, 12, 4, printedParty(d.consignor, l)),
    box(label('1', l), 12, 0, 5, 2, boxOne(d, l)),
    box(label('A', l), 17, 0, 7, 4, registrationBox(facts)),
    box(label('3', l), 12, 2, 2, 2, sheets),
    box(label('4', l), 14, 2, 3, 2),
    box(label('8', l), 0, 4, 12, 4, printedParty(d.consignee, l)),
    box(label('5', l), 12, 4, 3, 2, String(d.totalItems ?? d.items.length)),
    box(label('6', l), 15, 4, 3, 2, printedNumber(d.totalPackages)),
    box(label('7', l), 18, 4, 6, 2, d.reference ?? ''),
    box(label('10', l), 12, 6, 4, 2),
    box(label('11', l), 16, 6, 3, 2, d.tradingCountry ?? ''),
    box(label('12', l), 19, 6, 5, 2, printedMoney(d.totalCustomsValue)),
    box(label('9', l), 0, 8, 12, 4, printedParty(d.financialParty, l)),
    box(label('13', l), 12, 8, 4, 2),
    box(label('15', l), 16, 8, 5, 2, d.dispatchCountry ?? ''),
    box(label('15a', l), 21, 8, 3, 2, d.dispatchCountry ?? ''),
    box(label('16', l), 12, 10, 6, 2, originOfAll(d, l)),
    box(label('17', l), 18, 10, 3, 2, d.destinationCountry ?? ''),
    box(label('17a', l), 21, 10, 3, 2, d.destinationCountry ?? ''),
    box(label('14', l), 0, 12, 12, 4, declarantBox(d, facts)),
    box(
      label('20', l),
      12,
      12,
      12,
      2,
      d.deliveryTerms ? joined([d.deliveryTerms.code, d.deliveryTerms.place], ' ') : '',
    ),
    box(label('22', l), 12, 14, 7, 2, joined([d.invoiceCurrency, printedMoney(d.totalInvoiceAmount)], ' ')),
    box(label('23', l), 19, 14, 5, 2, printedNumber(d.exchangeRate)),
    box(label('18', l), 0, 16, 10, 2, transport(d.departureTransport)),
    box(label('19', l), 10, 16, 2, 2, d.containers === undefined ? '' : d.containers ? '1' : '0'),
    box(label('24', l), 12, 16, 4, 2, d.transactionNature ?? ''),
    box(label('25', l), 16, 16, 4, 2, d.borderTransportMode ?? ''),
    box(label('26', l), 20, 16, 4, 2, d.inlandTransportMode ?? ''),
    box(label('21', l), 0, 18, 12, 2, transport(d.borderTransport)),
    box(label('27', l), 12, 18, 5, 2),
    box(label('28', l), 17, 18, 7, 2),
    box(
      label('30', l),
      0,
      20,
      12,
      2,
      location
        ? joined(
            [
              location.kindCode,
              location.warehouseLicence,
              location.address && printedParty({ address: location.address }, l),
            ],
            ' ',
          )
        : '',
    ),
    box(label('29', l), 12, 20, 12, 2, d.borderOffice ?? ''),
  ];
}

/**
 * Box 14: the declarant as the document names it, else by the IIN/BIN the declaration was filed
 * for — a representative's declaration names the declarant, never the representative, here.
 */
const declarantBox = (d: GoodsDeclaration, facts: PrintFacts) =>
  printedParty(d.declarant ?? (facts.parties ? { iinBin: facts.parties.declarant } : undefined), facts.language);

/** B, 48, 49, C, 54 and D below the first item. */
function footerBoxes(d: GoodsDeclaration, facts: PrintFacts): PdfBox[] {
  const l = facts.language;
  const paymentDocuments = (d.paymentDocuments ?? [])
    .map((p) => joined([p.typeCode, printedMoney(p.amount), p.number, printedDate(p.date)], '-'))
    .join('\n');
  return [
    box(label('B', l), 0, 37, 13, 5, paymentDocuments, 6.5),
    box(label('48', l), 13, 37, 5, 2),
    box(label('49', l), 18, 37, 6, 2),
    box(label('C', l), 13, 39, 11, 3),
    box(label('54', l), 0, 42, 13, 8, fillerLines(d, facts)),
    box(label('D', l), 13, 42, 11, 8),
  ];
}

/**
 * Box 54: the customs representative with its register number and its contract with the
 * declarant (filing rules of Decision No. 257), then the place and date and who filled the form.
 */
const fillerLines = (d: GoodsDeclaration, facts: PrintFacts) => {
  const f = d.filler;
  return joined(
    [
      filerLine(facts.parties, facts.language),
      f && joined([joined([f.place, printedDate(f.date)]), f.name, f.position, f.iin, f.phone], '\n'),
    ],
    '\n',
  );
};
const fillerLine = (d: GoodsDeclaration, facts: PrintFacts) => fillerLines(d, facts).replaceAll('\n', ', ');

const words = {
  ru: { trademark: 'Товарный знак', manufacturer: 'Производитель', packages: 'Грузовых мест' },
  kk: { trademark: 'Тауар белгісі', manufacturer: 'Өндіруші', packages: 'Жүк орындары' },
} as const;

/** Boxes 31–47 of one item, from row 0 (see sheets.ts for where they go). */
function itemBoxes(item: GoodsItem, index: number, d: GoodsDeclaration, l: PrintLanguage): PdfBox[] {
  const w = words[l];
  const description = joined(
    [
      item.description,
      item.trademark && `${w.trademark}: ${item.trademark}`,
      item.manufacturer && `${w.manufacturer}: ${item.manufacturer}`,
      item.packages !== undefined &&
        `${w.packages}: ${printedNumber(item.packages)} ${item.packageKindCode ?? ''}`.trim(),
    ],
    '\n',
  );
  // box 44 of the first item carries the documents common to all of them, as the filling rules ask
  const documents = [...(index === 0 ? (d.documents ?? []) : []), ...(item.documents ?? [])].map(printedDocument);
  const payments = (item.payments ?? []).map((p) =>
    joined(
      [p.typeCode, printedMoney(p.base), p.rate && printedRate(p.rate, l), printedMoney(p.amount), p.methodCode],
      ' | ',
    ),
  );
  return [
    box(label('31', l), 0, 0, 13, 7, description),
    box(label('44', l), 0, 7, 13, 4, documents.join('; '), 6.5),
    box(label('47', l), 0, 11, 13, 4, payments.length ? [formWords[l].paymentColumns, ...payments].join('\n') : '', 6),
    box(label('32', l), 13, 0, 2, 2, String(item.number ?? index + 1)),
    box(label('33', l), 15, 0, 9, 2, item.hsCode ?? ''),
    box(label('34', l), 13, 2, 3, 2, item.originCountry ?? ''),
    box(label('35', l), 16, 2, 4, 2, printedNumber(item.grossMass)),
    box(label('36', l), 20, 2, 4, 2, item.preference ?? ''),
    box(
      label('37', l),
      13,
      4,
      3,
      2,
      joined([`${item.procedureCode ?? ''}${item.previousProcedureCode ?? ''}`, item.procedureFeature], ' '),
    ),
    box(label('38', l), 16, 4, 4, 2, printedNumber(item.netMass)),
    box(label('39', l), 20, 4, 4, 2),
    box(label('40', l), 13, 6, 11, 2, d.preliminaryInformationNumber ?? ''),
    box(
      label('41', l),
      13,
      8,
      4,
      2,
      joined([printedNumber(item.supplementaryQuantity), item.supplementaryUnitCode], ' '),
    ),
    box(label('42', l), 17, 8, 5, 2, printedMoney(item.invoiceValue)),
    box(label('43', l), 22, 8, 2, 2, item.valuationMethod ?? ''),
    box(label('45', l), 13, 10, 11, 2, printedMoney(item.customsValue)),
    box(label('46', l), 13, 12, 11, itemRows - 12, printedMoney(item.statisticalValue)),
  ];
}

/** A declaration with no items yet still prints the first item's empty boxes. */
const emptyItem = (l: PrintLanguage) => itemBoxes({}, 0, { items: [] }, l);
