import type { KindLayout } from '../layout.ts';

/**
 * The transit declaration after the form of EEC Commission Decision No. 257: parties, boxes 15–25,
 * route and security, offices and seals, documents, items, box 54; an item's boxes as the form
 * reads them, 31 on the left, then 32, 33, 35, 40, 42 and 44.
 */
export const transitLayout: KindLayout = {
  sections: [
    { id: 'parties', fields: ['declarationType', 'consignor', 'consignee', 'declarant', 'carrier'] },
    {
      id: 'shipment',
      fields: [
        'totalItems',
        'totalPackages',
        'dispatchCountry',
        'destinationCountry',
        'departureTransport',
        'containers',
        'deliveryTerms',
        'borderTransport',
        'invoiceCurrency',
        'totalInvoiceAmount',
        'borderTransportMode',
      ],
    },
    {
      id: 'route',
      fields: ['departureOffice', 'route', 'transitOffices', 'security', 'destinationOffice', 'deliveryTerm', 'seals'],
    },
    { id: 'documents', fields: ['preliminaryInformationNumber', 'documents'] },
    { id: 'items', fields: ['items'] },
    { id: 'filler', fields: ['filler'] },
  ],
  nested: {
    security: ['methodCode', 'amount', 'certificateNumber'],
    items: [
      'description',
      'packages',
      'packageKindCode',
      'containerNumbers',
      'number',
      'hsCode',
      'grossMass',
      'previousDocument',
      'invoiceValue',
      'documents',
    ],
  },
};
