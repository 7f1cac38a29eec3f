import type { KindLayout } from '../layout.ts';

/** The delivery control document: parties, the vehicle, offices and term, seals, documents, goods. */
export const deliveryControlLayout: KindLayout = {
  sections: [
    { id: 'parties', fields: ['declarant', 'carrier', 'consignor', 'consignee'] },
    { id: 'vehicle', fields: ['vehicle', 'driver'] },
    {
      id: 'delivery',
      fields: ['departureOffice', 'destinationOffice', 'deliveryTerm', 'dispatchCountry', 'invoiceCurrency', 'seals'],
    },
    { id: 'documents', fields: ['documents'] },
    { id: 'items', fields: ['items'] },
    { id: 'filler', fields: ['filler'] },
  ],
  nested: {
    items: ['number', 'description', 'hsCode', 'packages', 'grossMass', 'invoiceValue'],
  },
};
