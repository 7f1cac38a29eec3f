import type { GoodsDeclaration, GoodsItem, Party } from '@shekara/contracts/declarations/documents';

/**
 * The goods declaration laid out by its boxes (EEC Decision No. 257) for the officer to read: each
 * line names its box and field (the catalogue key `officerDeclarations.boxes.<field>`) and the
 * value as printed. Empty boxes are left out, so a half-filled box does not read as zero.
 */
export interface BoxLine {
  box: string;
  field: string;
  value: string;
}

type Header = Omit<GoodsDeclaration, 'items'>;

/**
 * How the boxes write a number and a day for their reader: on the officer's pages as officials
 * write them in the page's language (1 234 567,89, DD.MM.YYYY, issue 21 point 6); as stored when
 * no reader is named.
 */
export interface Printers {
  number: (value: number | string) => string;
  day: (value: string) => string;
}

const asStored: Printers = { number: String, day: (value) => value };

const joined = (...parts: (string | number | undefined | null)[]) =>
  parts
    .filter((part) => part !== undefined && part !== null && String(part).trim() !== '')
    .map(String)
    .join(', ');

export function printedParty(party: Party | undefined): string {
  if (!party) return '';
  const address = party.address
    ? joined(
        party.address.countryCode,
        party.address.postalCode,
        party.address.region,
        party.address.city,
        party.address.street,
      )
    : '';
  return joined(party.iinBin, party.name, address);
}

const printedTransport = (transport: Header['departureTransport']) =>
  transport ? joined(transport.modeCode, transport.identification, transport.countryCode) : '';
const printedDocuments = (documents: Header['documents'], { day }: Printers) =>
  (documents ?? [])
    .map((document) => joined(document.kindCode, document.number, document.date && day(document.date)))
    .join('; ');

/**
 * The header boxes in the order of the form; with `keepEmpty`, every box, an empty one with the
 * value '' (a comparison of two copies needs each box in its place, filled or not).
 */
export function headerBoxes(
  declaration: Partial<Header>,
  { keepEmpty = false, printers = asStored }: { keepEmpty?: boolean; printers?: Printers } = {},
): BoxLine[] {
  const number = (value: number | undefined) => (value === undefined ? undefined : printers.number(value));
  const day = (value: string | undefined) => (value === undefined ? undefined : printers.day(value));
  const lines: [string, string, string | number | boolean | undefined][] = [
    ['1', 'direction', joined(declaration.direction, declaration.procedureCode)],
    ['2', 'consignor', printedParty(declaration.consignor)],
    ['5', 'totalItems', number(declaration.totalItems)],
    ['6', 'totalPackages', number(declaration.totalPackages)],
    ['7', 'reference', declaration.reference],
    ['8', 'consignee', printedParty(declaration.consignee)],
    ['9', 'financialParty', printedParty(declaration.financialParty)],
    ['11', 'tradingCountry', declaration.tradingCountry],
    ['12', 'totalCustomsValue', number(declaration.totalCustomsValue)],
    ['14', 'declarant', printedParty(declaration.declarant)],
    ['15', 'dispatchCountry', declaration.dispatchCountry],
    ['17', 'destinationCountry', declaration.destinationCountry],
    ['18', 'departureTransport', printedTransport(declaration.departureTransport)],
    ['19', 'containers', declaration.containers === undefined ? undefined : declaration.containers ? '1' : '0'],
    [
      '20',
      'deliveryTerms',
      declaration.deliveryTerms ? joined(declaration.deliveryTerms.code, declaration.deliveryTerms.place) : undefined,
    ],
    ['21', 'borderTransport', printedTransport(declaration.borderTransport)],
    ['22', 'invoice', joined(declaration.invoiceCurrency, number(declaration.totalInvoiceAmount))],
    ['23', 'exchangeRate', number(declaration.exchangeRate)],
    ['24', 'transactionNature', declaration.transactionNature],
    ['25', 'borderTransportMode', declaration.borderTransportMode],
    ['26', 'inlandTransportMode', declaration.inlandTransportMode],
    ['29', 'borderOffice', declaration.borderOffice],
    [
      '30',
      'goodsLocation',
      declaration.goodsLocation
        ? joined(
            declaration.goodsLocation.kindCode,
            declaration.goodsLocation.warehouseLicence,
            declaration.goodsLocation.address && printedParty({ address: declaration.goodsLocation.address }),
          )
        : undefined,
    ],
    ['44', 'documents', printedDocuments(declaration.documents, printers)],
    [
      'B',
      'paymentDocuments',
      (declaration.paymentDocuments ?? [])
        .map((payment) => joined(payment.typeCode, payment.number, day(payment.date), number(payment.amount)))
        .join('; '),
    ],
    [
      '54',
      'filler',
      declaration.filler
        ? joined(
            declaration.filler.name,
            declaration.filler.position,
            declaration.filler.iin,
            declaration.filler.phone,
            declaration.filler.place,
            day(declaration.filler.date),
          )
        : undefined,
    ],
  ];
  return lines.flatMap(([box, field, value]) =>
    value === undefined || value === ''
      ? keepEmpty
        ? [{ box, field, value: '' }]
        : []
      : [{ box, field, value: String(value) }],
  );
}

/** One goods item as a row of the items table: the boxes an officer compares across items. */
export interface ItemRow {
  number: number;
  hsCode: string;
  description: string;
  originCountry: string;
  procedure: string;
  grossMass: string;
  netMass: string;
  supplementaryQuantity: string;
  invoiceValue: string;
  customsValue: string;
  /** box 47: the sum of the item's payments, tenge */
  payments: string;
  documents: string;
}

/** Sums amounts to kopecks, so 0.1 + 0.2 prints as 0.3. */
export function sumAmounts(amounts: readonly (number | undefined)[]): string {
  const present = amounts.filter((amount): amount is number => amount !== undefined);
  if (present.length === 0) return '';
  const cents = present.reduce((total, amount) => total + Math.round(amount * 100), 0);
  return String(cents / 100);
}

export function itemRow(item: GoodsItem, index: number, printers: Printers = asStored): ItemRow {
  const printed = (value: number | undefined) => (value === undefined ? '' : printers.number(value));
  const payments = sumAmounts((item.payments ?? []).map((payment) => payment.amount));
  return {
    number: item.number ?? index + 1,
    hsCode: item.hsCode ?? '',
    description: item.description ?? '',
    originCountry: item.originCountry ?? '',
    procedure: joined(item.procedureCode, item.previousProcedureCode, item.procedureFeature).replaceAll(', ', ' '),
    grossMass: printed(item.grossMass),
    netMass: printed(item.netMass),
    supplementaryQuantity: joined(printed(item.supplementaryQuantity), item.supplementaryUnitCode).replace(', ', ' '),
    invoiceValue: printed(item.invoiceValue),
    customsValue: printed(item.customsValue),
    payments: payments === '' ? '' : printers.number(Number(payments)),
    documents: printedDocuments(item.documents, printers),
  };
}

/** The columns of the items table, each with its box number, in the form's order. */
export const itemColumns: readonly { field: keyof ItemRow; box: string }[] = [
  { field: 'number', box: '32' },
  { field: 'hsCode', box: '33' },
  { field: 'description', box: '31' },
  { field: 'originCountry', box: '34' },
  { field: 'procedure', box: '37' },
  { field: 'grossMass', box: '35' },
  { field: 'netMass', box: '38' },
  { field: 'supplementaryQuantity', box: '41' },
  { field: 'invoiceValue', box: '42' },
  { field: 'customsValue', box: '45' },
  { field: 'payments', box: '47' },
  { field: 'documents', box: '44' },
];

/** Whether a document looks like a goods declaration, so the view can lay it out by boxes. */
export function isGoodsDocument(document: unknown): document is GoodsDeclaration {
  return typeof document === 'object' && document !== null && Array.isArray((document as { items?: unknown }).items);
}
