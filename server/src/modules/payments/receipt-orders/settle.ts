import { recordAudit } from '../../../platform/audit/audit-log.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors.ts';
import { debitWithin, reserveWithin } from '../ledger/operations.ts';
import { formatTiyn } from '../money.ts';
import type { ReceiptOrderActor, ReceiptOrderContext } from './context.ts';
import { ReceiptOrderErrors } from './errors.ts';
import {
  findReceiptOrder,
  markAnnulled,
  markPaidByBank,
  markPaidFromAccount,
  type ReceiptOrderRow,
} from './receipt-order-repository.ts';
import { receiptOrderStatusNames } from './status-names.ts';

/*
 * What happens to a customs receipt order after it is issued: paid from the recipient's advance
 * account, paid by a bank document an officer records, or annulled by an officer. Each is one
 * transaction under the ТПО's row lock, with its audit record; a refusal changes nothing and is
 * audited on its own.
 */

async function changing(
  ctx: ReceiptOrderContext,
  id: string,
  actor: ReceiptOrderActor,
  action: string,
  work: (tx: Queryable, order: ReceiptOrderRow) => Promise<Record<string, unknown> | null>,
): Promise<ReceiptOrderRow> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const order = await findReceiptOrder(tx, id, { forUpdate: true });
      if (!order) throw ReceiptOrderErrors.RECEIPT_ORDER_NOT_FOUND();
      const details = await work(tx, order);
      // null: the very change was made before (a repeated request): answered as it stands
      if (!details) return order;
      await recordAudit(tx, ctx.clock.now(), {
        action,
        outcome: 'success',
        actorAccountId: actor.accountId,
        actorIin: actor.iin,
        subjectType: 'receipt_order',
        subjectId: id,
        bodyCode: order.officeCode,
        ip: actor.facts?.ip,
        requestId: actor.facts?.requestId,
        details: { number: order.number, total: formatTiyn(order.total), ...details },
      });
      return (await findReceiptOrder(tx, id))!;
    });
  } catch (error) {
    if (error instanceof AppError && error.code !== 'RECEIPT_ORDER_NOT_FOUND') {
      await recordAudit(ctx.db, ctx.clock.now(), {
        action,
        outcome: 'refused',
        code: error.code,
        actorAccountId: actor.accountId,
        actorIin: actor.iin,
        subjectType: 'receipt_order',
        subjectId: id,
        ip: actor.facts?.ip,
        requestId: actor.facts?.requestId,
      });
    }
    throw error;
  }
}

/**
 * The recipient pays the ТПО from its personal advance account (ACC-14, ACC-20): the amount is
 * held and debited to the customs receipts by the ledger's own operations, in the ТПО's
 * transaction, with keys made from the ТПО's id — so paying twice posts once and answers the
 * paid ТПО, and too little money (LEDGER_INSUFFICIENT_FUNDS) leaves everything as it was.
 */
export function payFromAdvanceAccount(
  ctx: ReceiptOrderContext,
  id: string,
  payer: ReceiptOrderActor,
): Promise<ReceiptOrderRow> {
  return changing(ctx, id, payer, 'receipt_order.pay', async (tx, order) => {
    // Another person's ТПО reads as absent.
    if (order.recipientIin !== payer.iin) throw ReceiptOrderErrors.RECEIPT_ORDER_NOT_FOUND();
    if (order.status === 'paid' && order.paidBy === 'advance-account') return null;
    if (order.status !== 'issued')
      throw ReceiptOrderErrors.RECEIPT_ORDER_NOT_PAYABLE({ status: receiptOrderStatusNames[order.status] });
    const amount = Number(order.total);
    await reserveWithin(
      tx,
      ctx,
      { payer: order.recipientIin, declarationId: order.id, amount, idempotencyKey: `receipt-order:${order.id}:hold` },
      payer,
    );
    const { posting } = await debitWithin(
      tx,
      ctx,
      { declarationId: order.id, idempotencyKey: `receipt-order:${order.id}:debit` },
      payer,
    );
    await markPaidFromAccount(tx, order.id, ctx.clock.now(), posting.id);
    return { by: 'advance-account', postingId: posting.id };
  });
}

/**
 * An officer records that the ТПО was paid straight to the budget by a bank document (number and
 * date): no advance-account posting. The same document again answers the paid ТПО.
 */
export function recordBankPayment(
  ctx: ReceiptOrderContext,
  id: string,
  bankDocument: { number: string; date: string },
  officer: ReceiptOrderActor,
  inScope: (officeCode: string) => boolean,
): Promise<ReceiptOrderRow> {
  return changing(ctx, id, officer, 'receipt_order.bank_payment', async (tx, order) => {
    if (!inScope(order.officeCode)) throw ReceiptOrderErrors.RECEIPT_ORDER_NOT_FOUND();
    if (
      order.status === 'paid' &&
      order.paidBy === 'bank' &&
      order.bankDocumentNumber === bankDocument.number &&
      order.bankDocumentDate === bankDocument.date
    )
      return null;
    if (order.status !== 'issued')
      throw ReceiptOrderErrors.RECEIPT_ORDER_NOT_PAYABLE({ status: receiptOrderStatusNames[order.status] });
    await markPaidByBank(tx, order.id, ctx.clock.now(), bankDocument, officer.accountId);
    return { by: 'bank', bankDocument };
  });
}

/** An officer annuls a ТПО not paid (issued by mistake, say), with the reason. */
export function annulReceiptOrder(
  ctx: ReceiptOrderContext,
  id: string,
  reason: string,
  officer: ReceiptOrderActor,
  inScope: (officeCode: string) => boolean,
): Promise<ReceiptOrderRow> {
  return changing(ctx, id, officer, 'receipt_order.annul', async (tx, order) => {
    if (!inScope(order.officeCode)) throw ReceiptOrderErrors.RECEIPT_ORDER_NOT_FOUND();
    if (order.status !== 'issued' && order.status !== 'nothing-due')
      throw ReceiptOrderErrors.RECEIPT_ORDER_NOT_ANNULLABLE();
    await markAnnulled(tx, order.id, ctx.clock.now(), reason, officer.accountId);
    return { reason };
  });
}
