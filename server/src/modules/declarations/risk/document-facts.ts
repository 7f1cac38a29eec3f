/**
 * What risk routing and automatic release read in a signed document. Kinds have models of their
 * own, so the reading is by the goods declaration's field names (items with hsCode, originCountry,
 * customsValue, payments; header totalCustomsValue, paymentDocuments) and takes whatever of them a
 * document has: the goods of a vehicle declaration or an arrival notification (`goods`), the goods
 * declaration inside preliminary information (`goodsDeclaration`). A kind without goods simply
 * offers no codes or countries.
 */
type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const objects = (value: unknown): Loose[] => (Array.isArray(value) ? value.filter(isObject) : []);
const finite = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const strings = (values: unknown[]) => [
  ...new Set(values.filter((v): v is string => typeof v === 'string' && v.length > 0)),
];

export interface DocumentFacts {
  hsCodes: string[];
  originCountries: string[];
  customsValue: number | null;
}

export function documentFacts(document: unknown): DocumentFacts {
  const doc = isObject(document) ? document : {};
  const inner = isObject(doc.goodsDeclaration) ? doc.goodsDeclaration : {};
  const items = [...objects(doc.items), ...objects(doc.goods), ...objects(inner.items)];
  const itemValues = items.map((item) => finite(item.customsValue)).filter((v): v is number => v !== null);
  const total = finite(doc.totalCustomsValue) ?? finite(inner.totalCustomsValue);
  return {
    hsCodes: strings(items.map((item) => item.hsCode)),
    originCountries: strings(items.map((item) => item.originCountry)),
    // box 12 when stated, else the sum of box 45: control makes them agree when both are there
    customsValue: total ?? (itemValues.length > 0 ? itemValues.reduce((a, b) => a + b, 0) : null),
  };
}

/**
 * What the declaration owes, in tenge: the payments calculated in box 47 of every item. Box B is
 * not subtracted: it is the declarant's own word that it paid, and an outside test showed an
 * invented payment document passing for proof. Until the payments module shows money reserved
 * or paid, a declaration owing anything is left to an officer, never released by the system.
 * Summed in tiyn, so 0.1 + 0.2 is not more than 0.3.
 */
export function paymentsDue(document: unknown): number {
  const doc = isObject(document) ? document : {};
  const tiyn = (value: unknown) => Math.round((finite(value) ?? 0) * 100);
  const due = objects(doc.items).reduce(
    (sum, item) => sum + objects(item.payments).reduce((s, line) => s + tiyn(line.amount), 0),
    0,
  );
  return due / 100;
}
