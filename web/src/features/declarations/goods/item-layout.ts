import { code, type FieldLayout } from './header-layout.ts';

/** Every box of a goods item (31–47) as the item's form shows them; labels in `declarations.goods.fields`. */
const f = (path: string, label: string, kind: FieldLayout['kind'] = 'text', maxLength?: number): FieldLayout => ({
  path,
  label,
  kind,
  maxLength,
});

export const itemFields: readonly FieldLayout[] = [
  f('description', 'itemDescription', 'text', 2000),
  f('trademark', 'trademark', 'text', 200),
  f('manufacturer', 'manufacturer', 'text', 300),
  f('packages', 'packages', 'integer'),
  f('packageKindCode', 'packageKind', 'text', 2),
  code('hsCode', 'hsCode', 'tnved', 10),
  code('originCountry', 'originCountry', 'countries', 2),
  f('grossMass', 'grossMass', 'number'),
  f('netMass', 'netMass', 'number'),
  f('preference', 'preference', 'text', 8),
  code('procedureCode', 'procedureCode', 'customs-procedures', 2),
  code('previousProcedureCode', 'previousProcedureCode', 'customs-procedures', 2),
  f('procedureFeature', 'procedureFeature', 'text', 3),
  f('supplementaryQuantity', 'supplementaryQuantity', 'number'),
  code('supplementaryUnitCode', 'supplementaryUnit', 'units', 3),
  f('invoiceValue', 'invoiceValue', 'number'),
  f('valuationMethod', 'valuationMethod', 'text', 1),
  f('customsValue', 'customsValue', 'number'),
  f('statisticalValue', 'statisticalValue', 'number'),
];

export const itemDocumentFields: readonly FieldLayout[] = [
  code('kindCode', 'documentKind', 'document-kinds', 10),
  f('number', 'documentNumber', 'text', 100),
  f('date', 'documentDate', 'date'),
];

export const itemPaymentFields: readonly FieldLayout[] = [
  code('typeCode', 'paymentType', 'payment-types', 4),
  f('base', 'paymentBase', 'number'),
  f('rate', 'paymentRate', 'text', 100),
  f('amount', 'amount', 'number'),
  f('methodCode', 'paymentMethod', 'text', 2),
];
