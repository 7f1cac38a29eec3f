import { createHash } from 'node:crypto';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Language } from '../../../platform/i18n/language.ts';
import { type BankPayment, readBankStatement, type UnreadLine } from './bank-statement.ts';
import type { LedgerContext } from './context.ts';
import { deposit } from './operations.ts';
import type { PostingActor } from './post.ts';

export interface ImportReport {
  /** payments credited by this import */
  credited: number;
  /** payments an earlier import of the same statement had credited: nothing posted again */
  alreadyCredited: number;
  /** payments refused, with the code (a bank document already credited by hand, say) */
  refused: { position: number; code: string; message: string }[];
  /** lines that could not be read */
  unread: UnreadLine[];
}

/**
 * The idempotency key of a bank payment: the same payment, imported again in this statement or
 * the next day's overlapping one, is credited once.
 */
const keyOf = (payment: BankPayment) =>
  `bank-statement:${createHash('sha256')
    .update(JSON.stringify([payment.payer, payment.documentNumber, payment.documentDate, payment.amount]))
    .digest('hex')}`;

/**
 * Credits every payment of a bank statement to its payer's advance account, each a deposit of its
 * own (its own transaction, lock and audit record), at the officer's body. One payment refused
 * leaves the others credited; the report says which and why.
 */
export async function importBankStatement(
  ctx: LedgerContext,
  input: { format: 'csv' | 'camt053'; content: string; bodyCode: string; language: Language },
  actor: PostingActor,
): Promise<ImportReport> {
  const statement = readBankStatement(input.format, input.content);
  const report: ImportReport = { credited: 0, alreadyCredited: 0, refused: [], unread: statement.unread };
  for (const payment of statement.payments) {
    try {
      const { replayed } = await deposit(
        ctx,
        {
          payer: payment.payer,
          amount: payment.amount,
          bankDocument: { number: payment.documentNumber, date: payment.documentDate },
          bodyCode: input.bodyCode,
          note: payment.note,
          idempotencyKey: keyOf(payment),
        },
        actor,
      );
      if (replayed) report.alreadyCredited += 1;
      else report.credited += 1;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      report.refused.push({ position: payment.position, code: error.code, message: error.messageIn(input.language) });
    }
  }
  await recordAudit(ctx.db, ctx.clock.now(), {
    action: 'ledger.statement_import',
    outcome: 'success',
    actorAccountId: actor.accountId,
    actorIin: actor.iin,
    bodyCode: input.bodyCode,
    ip: actor.facts?.ip,
    requestId: actor.facts?.requestId,
    details: {
      format: input.format,
      credited: report.credited,
      alreadyCredited: report.alreadyCredited,
      refused: report.refused.length,
      unread: report.unread.length,
    },
  });
  return report;
}
