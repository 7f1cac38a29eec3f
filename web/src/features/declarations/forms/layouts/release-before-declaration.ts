import type { KindLayout } from '../layout.ts';

/** The application for release before the goods declaration (EAEU Customs Code art. 120). */
export const releaseBeforeDeclarationLayout: KindLayout = {
  sections: [
    { id: 'application', fields: ['applicant', 'procedureCode', 'grounds', 'declarationDueDate'] },
    { id: 'value', fields: ['invoiceCurrency', 'totalInvoiceAmount', 'security'] },
    { id: 'documents', fields: ['documents'] },
    { id: 'items', fields: ['items'] },
    { id: 'filler', fields: ['filler'] },
  ],
  nested: {
    security: ['methodCode', 'amount', 'document'],
    items: ['number', 'description', 'hsCode', 'originCountry', 'quantity', 'unitCode', 'grossMass', 'invoiceValue'],
  },
};
