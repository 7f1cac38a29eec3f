import type { ReceiptOrderView } from '@shekara/contracts/payments/receipt-orders';
import type { Language } from '../../../platform/i18n/language.ts';
import { explanationIn } from '../answer.ts';
import { formatTiyn } from '../money.ts';
import { paymentTypes } from '../payment-types.ts';
import { printedRate } from '../rate-words.ts';
import { kbkOf } from './issue.ts';
import type { ReceiptOrderRow } from './receipt-order-repository.ts';

const typeName = (code: string, language: Language) =>
  Object.values(paymentTypes).find((type) => type.code === code)?.name[language] ?? code;

export function receiptOrderSummaryOf(row: ReceiptOrderRow) {
  return {
    id: row.id,
    number: row.number,
    officeCode: row.officeCode,
    issuedAt: row.issuedAt.toISOString(),
    recipientIin: row.recipientIin,
    channel: row.channel,
    total: formatTiyn(row.total),
    status: row.status,
  };
}

/** A ТПО as the API shows it, its lines explained in the request's language. */
export function receiptOrderViewOf(row: ReceiptOrderRow, language: Language): ReceiptOrderView {
  return {
    ...receiptOrderSummaryOf(row),
    calculatedOn: row.calculatedOn,
    recipientName: row.recipientName,
    issuedBy: row.issuedBy,
    items: row.items,
    lines: row.lines.map((line) => ({
      paymentType: line.paymentType,
      paymentTypeName: typeName(line.paymentType, language),
      kbk: kbkOf(line.paymentType),
      base: line.base,
      rate: line.rate,
      rateText: printedRate(line.rate, language),
      amount: line.amount,
      explanation: explanationIn(line.explanation[language], language),
    })),
    payment:
      row.status === 'paid' && row.paidAt && row.paidBy
        ? {
            paidAt: row.paidAt.toISOString(),
            by: row.paidBy,
            postingId: row.paymentPostingId,
            bankDocument:
              row.bankDocumentNumber && row.bankDocumentDate
                ? { number: row.bankDocumentNumber, date: row.bankDocumentDate }
                : null,
          }
        : null,
    annulment: row.annulledAt && row.annulReason ? { at: row.annulledAt.toISOString(), reason: row.annulReason } : null,
    signature: {
      document: Buffer.from(row.document).toString('base64'),
      cms: Buffer.from(row.signatureCms).toString('base64'),
    },
  };
}
