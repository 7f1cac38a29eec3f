import { goodsDeclaration } from '@shekara/contracts/declarations/documents';

/**
 * The building blocks many kinds' models share (contracts' declarations/documents/common.ts and
 * the like), known by their fields: their parts are labelled once, under
 * `declarations.forms.blocks.<block>`, whichever kind and box they stand in. The box itself (a
 * consignor, a carrier) keeps its kind's label.
 */
const blocks: Record<string, readonly string[]> = {
  /** preliminary information carries a whole goods declaration */
  goodsDeclaration: Object.keys(goodsDeclaration.shape),
  party: ['iinBin', 'name', 'address'],
  address: ['countryCode', 'region', 'city', 'street', 'postalCode'],
  supportingDocument: ['kindCode', 'number', 'date', 'attachmentId'],
  filler: ['name', 'position', 'iin', 'phone', 'date', 'place'],
  transportMeans: ['modeCode', 'identification', 'countryCode'],
  vehicle: ['modeCode', 'registrationNumber', 'countryCode', 'make', 'model', 'vin', 'trailerRegistrationNumbers'],
  driver: ['name', 'iin', 'passportNumber', 'countryCode'],
  seal: ['count', 'identification'],
  deliveryTerms: ['code', 'place'],
  carriedGoods: ['number', 'description', 'hsCode', 'packages', 'grossMass', 'transportDocument'],
  currencyConversion: ['currencyCode', 'amount', 'exchangeRate'],
  valuationDocuments: ['invoice', 'contract', 'other'],
  answer: ['yes', 'explanation'],
  paymentLine: ['typeCode', 'base', 'rate', 'amount', 'methodCode'],
};

const signature = (fields: readonly string[]) => [...fields].sort().join(',');
const bySignature = new Map(Object.entries(blocks).map(([name, fields]) => [signature(fields), name]));

/** The shared block an object with these fields is, or null for a kind's own group. */
export function blockOf(fields: readonly string[]): string | null {
  return bySignature.get(signature(fields)) ?? null;
}
