/**
 * What the printed receipt says of the document beside its number (issue 19 point 8): who declares,
 * how many goods, and the totals (box 12, and box B's payments), read from the signed document
 * whatever its kind; a fact the document does not carry is left out, never guessed.
 */
export interface ReceiptSummary {
  declarant: { name: string | null; iinBin: string | null } | null;
  goodsCount: number | null;
  /** box 12, tenge */
  totalCustomsValue: number | null;
  /** box B: the payments the document states, tenge */
  totalPayments: number | null;
}

const record = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

export function receiptSummary(document: unknown): ReceiptSummary {
  const doc = record(document) ?? {};
  const party = record(doc.declarant);
  const declarant = party ? { name: text(party.name), iinBin: text(party.iinBin) } : null;
  const items = Array.isArray(doc.items) ? doc.items.length : null;
  const payments = Array.isArray(doc.paymentDocuments)
    ? doc.paymentDocuments.reduce<number>((sum, line) => sum + (number(record(line)?.amount) ?? 0), 0)
    : null;
  return {
    declarant: declarant && (declarant.name || declarant.iinBin) ? declarant : null,
    goodsCount: number(doc.totalItems) ?? items,
    totalCustomsValue: number(doc.totalCustomsValue),
    totalPayments: payments,
  };
}
