import type { Rule } from '../engine.ts';
import { type KindSpec, kindRules } from './kind-spec.ts';

/** The application for release before the goods declaration is filed (EAEU Customs Code art. 120). */
export const releaseBeforeDeclarationSpec: KindSpec = {
  kind: 'release_before_declaration',
  required: [
    'applicant.iinBin',
    'applicant.name',
    'procedureCode',
    'grounds',
    'declarationDueDate',
    'filler.name',
    'filler.date',
    'items',
    'items.*.description',
    'items.*.hsCode',
  ],
  declarant: 'applicant.iinBin',
  codes: {
    countries: ['items.*.originCountry'],
    currencies: ['invoiceCurrency'],
    'customs-procedures': ['procedureCode'],
    'document-kinds': ['documents.*.kindCode', 'security.document.kindCode'],
    units: ['items.*.unitCode'],
  },
  dates: ['declarationDueDate', 'documents.*.date', 'security.document.date'],
  hsCodes: ['items.*.hsCode'],
  offices: [],
  items: { list: 'items', sums: [{ total: 'totalInvoiceAmount', of: 'invoiceValue' }] },
};

export const releaseBeforeDeclarationRules: readonly Rule[] = kindRules(releaseBeforeDeclarationSpec);
