/**
 * The header of the goods declaration laid out as the editor shows it: sections of boxes after
 * EEC Decision No. 257, each field by its document path and the catalogue key of its label
 * (`declarations.goods.fields.<label>`; parties' and addresses' parts share theirs).
 */
import type { Picker } from '../pick/pickers.ts';

export type FieldKind = 'text' | 'number' | 'integer' | 'date' | 'direction' | 'check' | 'code';

export interface FieldLayout {
  path: string;
  label: string;
  kind: FieldKind;
  maxLength?: number;
  /** a code box's reference list (issue 19 point 1) */
  picker?: Picker;
}

export interface Group {
  /** catalogue key of the group's title (`declarations.goods.groups.<title>`) */
  title: string;
  fields: FieldLayout[];
}

export interface ListLayout {
  /** the document's list: header documents (box 44) or payment documents (box B) */
  path: 'documents' | 'paymentDocuments';
  fields: FieldLayout[];
}

export interface Section {
  id: 'parties' | 'terms' | 'transport' | 'location' | 'documents' | 'payments' | 'filler';
  groups: Group[];
  list?: ListLayout;
}

const f = (path: string, label: string, kind: FieldKind = 'text', maxLength?: number): FieldLayout => ({
  path,
  label,
  kind,
  maxLength,
});

/** A coded box: picked from its reference list, typed codes taken as people type them. */
export const code = (path: string, label: string, picker: Picker, maxLength: number): FieldLayout => ({
  path,
  label,
  kind: 'code',
  maxLength,
  picker,
});

const address = (prefix: string): FieldLayout[] => [
  code(`${prefix}.countryCode`, 'addressCountry', 'countries', 2),
  f(`${prefix}.region`, 'addressRegion', 'text', 200),
  f(`${prefix}.city`, 'addressCity', 'text', 200),
  f(`${prefix}.street`, 'addressStreet', 'text', 300),
  f(`${prefix}.postalCode`, 'addressPostalCode', 'text', 20),
];

const party = (path: string): Group => ({
  title: path,
  fields: [
    f(`${path}.iinBin`, 'iinBin', 'text', 20),
    f(`${path}.name`, 'name', 'text', 500),
    ...address(`${path}.address`),
  ],
});

const transport = (path: string): Group => ({
  title: path,
  fields: [
    code(`${path}.modeCode`, 'transportMode', 'transport-modes', 2),
    f(`${path}.identification`, 'transportIdentification', 'text', 100),
    code(`${path}.countryCode`, 'transportCountry', 'countries', 2),
  ],
});

export const goodsHeaderSections: readonly Section[] = [
  { id: 'parties', groups: [party('declarant'), party('consignor'), party('consignee'), party('financialParty')] },
  {
    id: 'terms',
    groups: [
      {
        title: 'procedure',
        fields: [
          f('direction', 'direction', 'direction'),
          code('procedureCode', 'procedureCode', 'customs-procedures', 2),
          f('reference', 'reference', 'text', 50),
          f('transactionNature', 'transactionNature', 'text', 3),
        ],
      },
      {
        title: 'countries',
        fields: [
          code('tradingCountry', 'tradingCountry', 'countries', 2),
          code('dispatchCountry', 'dispatchCountry', 'countries', 2),
          code('destinationCountry', 'destinationCountry', 'countries', 2),
        ],
      },
      {
        title: 'currency',
        fields: [
          f('deliveryTerms.code', 'deliveryTermsCode', 'text', 3),
          f('deliveryTerms.place', 'deliveryTermsPlace', 'text', 200),
          code('invoiceCurrency', 'invoiceCurrency', 'currencies', 3),
          f('totalInvoiceAmount', 'totalInvoiceAmount', 'number'),
          f('exchangeRate', 'exchangeRate', 'number'),
        ],
      },
      {
        title: 'totals',
        fields: [
          f('totalItems', 'totalItems', 'integer'),
          f('totalPackages', 'totalPackages', 'integer'),
          f('totalCustomsValue', 'totalCustomsValue', 'number'),
        ],
      },
    ],
  },
  {
    id: 'transport',
    groups: [
      transport('departureTransport'),
      transport('borderTransport'),
      {
        title: 'border',
        fields: [
          f('containers', 'containers', 'check'),
          code('borderTransportMode', 'borderTransportMode', 'transport-modes', 2),
          code('inlandTransportMode', 'inlandTransportMode', 'transport-modes', 2),
          code('borderOffice', 'borderOffice', 'customs-offices', 8),
        ],
      },
    ],
  },
  {
    id: 'location',
    groups: [
      {
        title: 'goodsLocation',
        fields: [
          f('goodsLocation.kindCode', 'locationKind', 'text', 2),
          f('goodsLocation.warehouseLicence', 'warehouseLicence', 'text', 100),
          ...address('goodsLocation.address'),
        ],
      },
    ],
  },
  {
    id: 'documents',
    groups: [
      {
        // the earlier documents this declaration follows, closed when it registers (ACC-16, ACC-17)
        title: 'follows',
        fields: [
          f('preliminaryInformationNumber', 'preliminaryInformationNumber', 'text', 20),
          f('releaseBeforeDeclarationNumber', 'releaseBeforeDeclarationNumber', 'text', 20),
        ],
      },
    ],
    list: {
      path: 'documents',
      fields: [
        code('kindCode', 'documentKind', 'document-kinds', 10),
        f('number', 'documentNumber', 'text', 100),
        f('date', 'documentDate', 'date'),
      ],
    },
  },
  {
    id: 'payments',
    groups: [],
    list: {
      path: 'paymentDocuments',
      fields: [
        code('typeCode', 'paymentType', 'payment-types', 4),
        f('number', 'documentNumber', 'text', 50),
        f('date', 'documentDate', 'date'),
        f('amount', 'amount', 'number'),
      ],
    },
  },
  {
    id: 'filler',
    groups: [
      {
        title: 'filler',
        fields: [
          f('filler.name', 'fillerName', 'text', 300),
          f('filler.position', 'fillerPosition', 'text', 200),
          f('filler.iin', 'fillerIin', 'text', 12),
          f('filler.phone', 'fillerPhone', 'text', 40),
          f('filler.date', 'fillerDate', 'date'),
          f('filler.place', 'fillerPlace', 'text', 200),
        ],
      },
    ],
  },
];

/** The section a header path belongs to, so a control message can open it. */
export function sectionOf(path: string): Section['id'] | null {
  for (const section of goodsHeaderSections) {
    if (section.list && (path === section.list.path || path.startsWith(`${section.list.path}.`))) return section.id;
    for (const group of section.groups)
      if (
        group.fields.some(
          (field) => path === field.path || path.startsWith(`${field.path}.`) || field.path.startsWith(`${path}.`),
        )
      )
        return section.id;
  }
  return null;
}
