import type { GoodsItem } from '@shekara/contracts/declarations/documents';
import type { CalculationAnswer } from '@shekara/contracts/payments';

type PaymentLine = NonNullable<GoodsItem['payments']>[number];
type PaymentDocument = { typeCode?: string; number?: string; date?: string; amount?: number };
type Document = Record<string, unknown> & { items?: GoodsItem[]; paymentDocuments?: PaymentDocument[] };

/** Box 47 holds at most this many lines per item (the model's bound). */
const maxLines = 20;

/**
 * Boxes 47 and B as the payments engine calculated them (issue 16 point 2): each item's box 47
 * replaced by its lines (the declaration's own lines, the fee, in the first item's, as the form's
 * filling rules place them), paid from the advance account ("ИУ": calculated and paid); box B's
 * amount per payment type set to the total, keeping the number and date of a payment document the
 * declarant named for that type.
 */
export function withCalculatedPayments(doc: Document, answer: CalculationAnswer): Document {
  const items = doc.items ?? [];
  const lines: PaymentLine[][] = items.map(() => []);
  for (const line of answer.lines) {
    lines[(line.item ?? 1) - 1]?.push({
      typeCode: line.paymentType,
      base: Number(line.base),
      rate: line.rate.slice(0, 100),
      amount: Number(line.amount),
      methodCode: 'ИУ',
    });
  }
  const named = new Map((doc.paymentDocuments ?? []).map((d) => [d.typeCode, d]));
  // nothing to pay for a type (a free rate): no line in box B
  const boxB = Object.entries(answer.totals)
    .filter(([, amount]) => Number(amount) > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([typeCode, amount]) => ({
      ...named.get(typeCode),
      typeCode,
      amount: Number(amount),
    }));
  const others = (doc.paymentDocuments ?? []).filter((d) => !d.typeCode || !(d.typeCode in answer.totals));
  return {
    ...doc,
    items: items.map((item, index) => ({ ...item, payments: lines[index]!.slice(0, maxLines) })),
    paymentDocuments: [...boxB, ...others],
  };
}
