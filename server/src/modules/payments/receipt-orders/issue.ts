import { randomUUID } from 'node:crypto';
import { canonicalJson, parseIinBin } from '@shekara/contracts/domain';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import { languages } from '../../../platform/i18n/language.ts';
import { almatyDate } from '../../reference/index.ts';
import { type CalculationRequest, calculatePayments, type GoodsItem } from '../calculate.ts';
import { maxPostingTiyn } from '../ledger/money.ts';
import { loadFacts } from '../load-facts.ts';
import { formatTiyn } from '../money.ts';
import { paymentTypes } from '../payment-types.ts';
import type { PersonalUseChannel } from '../personal-use.ts';
import type { ReceiptOrderActor, ReceiptOrderContext } from './context.ts';
import { ReceiptOrderErrors } from './errors.ts';
import { enqueueReceiptOrderNotice } from './notice.ts';
import { receiptOrderNumber } from './number.ts';
import {
  findReceiptOrder,
  insertReceiptOrder,
  type ReceiptOrderRow,
  type StoredLine,
  takeSerial,
} from './receipt-order-repository.ts';

export interface IssueInput {
  officeCode: string;
  recipientIin: string;
  recipientName: string | null;
  channel: PersonalUseChannel;
  items: readonly GoodsItem[];
  /** the day of the calculation; today in Almaty when absent */
  date?: string;
  issuedBy: 'officer' | 'recipient';
}

/** The budget classification code of each payment type the engine writes. */
export const kbkOf = (paymentType: string): string =>
  Object.values(paymentTypes).find((type) => type.code === paymentType)?.kbk ?? '';

/**
 * Issues a customs receipt order for goods for personal use (issue 16 point 3; ACC-14, ACC-20):
 * the unified rate calculated by the engine on the day asked, with its explanation in each
 * language kept beside the line; then, in one transaction, the office's next serial of the day,
 * the document signed by the system, the row, its audit record and the notice to the recipient.
 * A ТПО with nothing to pay is issued all the same, as `nothing-due`: the recipient holds a
 * signed paper saying the goods were within the norms.
 */
export async function issueReceiptOrder(
  ctx: ReceiptOrderContext,
  input: IssueInput,
  actor: ReceiptOrderActor,
): Promise<ReceiptOrderRow> {
  const recipient = parseIinBin(input.recipientIin);
  if (!recipient.valid || recipient.number.kind !== 'iin') throw ReceiptOrderErrors.RECEIPT_ORDER_RECIPIENT_INVALID();
  const today = almatyDate(ctx.clock.now());
  const date = input.date ?? today;
  if (date > today) throw ReceiptOrderErrors.RECEIPT_ORDER_DATE_INVALID({ today });

  const request: CalculationRequest = {
    date,
    procedure: 'personal-use',
    personalUse: { channel: input.channel },
    items: input.items,
  };
  const facts = await loadFacts(ctx.db, request);
  const [kk, ru, en] = languages.map((language) => calculatePayments(request, facts, language));
  const lines: StoredLine[] = ru!.lines.map((line, index) => ({
    paymentType: line.paymentType,
    base: formatTiyn(line.baseTiyn),
    rate: line.rate,
    amount: formatTiyn(line.amountTiyn),
    explanation: { kk: kk!.lines[index]!.explanation, ru: line.explanation, en: en!.lines[index]!.explanation },
  }));
  const total = ru!.total;
  if (total > BigInt(maxPostingTiyn)) throw ReceiptOrderErrors.RECEIPT_ORDER_TOO_LARGE();

  const id = randomUUID();
  return ctx.db.transaction(async (tx) => {
    const issuedAt = ctx.clock.now();
    const day = almatyDate(issuedAt);
    const serial = await takeSerial(tx, input.officeCode, day);
    const number = receiptOrderNumber(input.officeCode, day, serial);
    const document = Buffer.from(
      canonicalJson({
        document: 'customs-receipt-order',
        number,
        customsOffice: input.officeCode,
        issuedAt: issuedAt.toISOString(),
        calculatedOn: date,
        recipient: { iin: input.recipientIin, name: input.recipientName ?? undefined },
        channel: input.channel,
        items: input.items,
        lines: lines.map(({ paymentType, base, rate, amount }) => ({
          paymentType,
          kbk: kbkOf(paymentType),
          base,
          rate,
          amount,
        })),
        total: formatTiyn(total),
        currency: 'KZT',
      }),
      'utf8',
    );
    const signatureCms = await ctx.signer.sign(document, issuedAt);
    await insertReceiptOrder(tx, {
      id,
      number,
      officeCode: input.officeCode,
      serial,
      issuedAt,
      calculatedOn: date,
      recipientIin: input.recipientIin,
      recipientName: input.recipientName,
      channel: input.channel,
      items: [...input.items],
      lines,
      total,
      issuedBy: input.issuedBy,
      issuerAccountId: actor.accountId,
      document,
      signatureCms,
      status: total === 0n ? 'nothing-due' : 'issued',
    });
    await recordAudit(tx, issuedAt, {
      action: 'receipt_order.issue',
      outcome: 'success',
      actorAccountId: actor.accountId,
      actorIin: actor.iin,
      subjectType: 'receipt_order',
      subjectId: id,
      bodyCode: input.officeCode,
      ip: actor.facts?.ip,
      requestId: actor.facts?.requestId,
      details: { number, recipient: input.recipientIin, channel: input.channel, total: formatTiyn(total) },
    });
    await enqueueReceiptOrderNotice(
      tx,
      issuedAt,
      { id, number, recipientIin: input.recipientIin, total },
      ctx.publicUrl,
    );
    return (await findReceiptOrder(tx, id))!;
  });
}
