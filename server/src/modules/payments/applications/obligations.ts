import type { paidRequest } from '@shekara/contracts/payments/applications';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { recordAudit, recordAudits } from '../../../platform/audit/audit-log.ts';
import { AppError } from '../../../platform/errors.ts';
import { inBatches, type RepeatingJob, startRepeatingJob } from '../../../platform/jobs/repeating-job.ts';
import { type Account, bodyScopeOf, inBodyScope, type RequestFacts } from '../../accounts/index.ts';
import { almatyDate } from '../../reference/index.ts';
import { tengeOf } from '../ledger/money.ts';
import { debitWithin, reserveWithin } from '../ledger/operations.ts';
import {
  type DueNotice,
  findObligation,
  issueDueNotices,
  type Obligation,
  overdueObligations,
  recordPaid,
} from './application-repository.ts';
import type { ApplicationsContext } from './context.ts';
import { ApplicationErrors } from './errors.ts';
import { enqueueDueNoticeMails } from './notices.ts';
import { kbkOf } from './views.ts';

/** Notices issued in one transaction: a backlog is worked off in batches of this many. */
const noticeBatch = 200;

/**
 * The notices that payment has come due (ACC-21, WD-16): every unpaid obligation whose day has
 * passed (due before today in Almaty) gets one notice — the amount, the term, the payment type and
 * its KBK — in the payer's cabinet and by e-mail to each of its active user accounts, in the
 * notice's own transaction. Running it again issues nothing twice: a notice is unique per
 * obligation. Answers the notices issued by this run.
 */
export async function issuePaymentDueNotices(
  ctx: Pick<ApplicationsContext, 'db' | 'clock' | 'publicUrl' | 'notifyOutbox'>,
): Promise<DueNotice[]> {
  return inBatches(noticeBatch, async () => {
    const now = ctx.clock.now();
    const batch = await ctx.db.transaction(async (tx) => {
      const notices = await issueDueNotices(tx, almatyDate(now), now, kbkOf, noticeBatch);
      await enqueueDueNoticeMails(tx, now, notices, ctx.publicUrl);
      await recordAudits(
        tx,
        notices.map((notice) => ({
          at: now,
          event: {
            action: 'payments.due_notice',
            outcome: 'success' as const,
            subjectType: 'payment_obligation',
            subjectId: String(notice.obligationId),
            details: {
              payer: notice.payer,
              amount: tengeOf(notice.amount),
              dueDate: notice.dueDate,
              paymentType: notice.paymentType,
              kbk: notice.kbk,
            },
          },
        })),
      );
      return notices;
    });
    if (batch.length > 0) ctx.notifyOutbox();
    return batch;
  });
}

/** Overdue obligations of the bodies in the officer's scope, the oldest term first. */
export async function overdueInScope(
  ctx: Pick<ApplicationsContext, 'db' | 'clock'>,
  officer: Account,
  asOf: string = almatyDate(ctx.clock.now()),
) {
  return overdueObligations(ctx.db, await bodyScopeOf(ctx.db, officer), asOf);
}

/**
 * An officer records an obligation paid (ACC-14): by a bank payment order straight to the budget
 * (its number and date), or from the payer's advance account — the amount reserved for the
 * declaration and debited to the customs receipts at once, two postings of the ledger's own
 * kinds in this transaction (refused with the ledger's codes when the money is not there, or
 * when money is already held for the declaration). An obligation outside the officer's scope
 * reads as absent; one already paid is refused.
 */
export async function recordObligationPaid(
  ctx: ApplicationsContext,
  officer: Account,
  id: number,
  how: z.infer<typeof paidRequest>,
  facts: RequestFacts,
): Promise<Obligation> {
  try {
    const obligation = await findObligation(ctx.db, id);
    if (!obligation || !inBodyScope(await bodyScopeOf(ctx.db, officer), obligation.customsOffice))
      throw ApplicationErrors.PAYMENTS_OBLIGATION_NOT_FOUND();
    const now = ctx.clock.now();
    await ctx.db.transaction(async (tx) => {
      const current = await findObligation(tx, id, { forUpdate: true });
      if (!current || current.paidAt) throw ApplicationErrors.PAYMENTS_OBLIGATION_PAID();
      let debitPostingId: number | null = null;
      if (how.method === 'advance-account') {
        const actor = { accountId: officer.id, iin: officer.iinBin, facts };
        const key = `obligation:${id}`;
        await reserveWithin(
          tx,
          ctx,
          {
            payer: current.payer,
            declarationId: current.declarationId,
            amount: current.amount,
            idempotencyKey: `${key}:reserve`,
          },
          actor,
        );
        const { posting } = await debitWithin(
          tx,
          ctx,
          { declarationId: current.declarationId, idempotencyKey: `${key}:debit` },
          actor,
        );
        debitPostingId = posting.id;
      }
      const paid = await recordPaid(tx, id, {
        at: now,
        by: officer.id,
        bankDocument: how.method === 'bank' ? how.bankDocument : null,
        debitPostingId,
      });
      if (!paid) throw ApplicationErrors.PAYMENTS_OBLIGATION_PAID();
      await recordAudit(tx, now, {
        action: 'payments.obligation_paid',
        outcome: 'success',
        actorAccountId: officer.id,
        actorIin: officer.iinBin,
        subjectType: 'payment_obligation',
        subjectId: String(id),
        bodyCode: officer.officeCode,
        requestId: facts.requestId,
        ip: facts.ip,
        details: {
          payer: current.payer,
          amount: tengeOf(current.amount),
          method: how.method,
          ...(debitPostingId ? { postingId: debitPostingId } : {}),
        },
      });
    });
    const stored = await findObligation(ctx.db, id);
    if (!stored) throw new Error('the obligation paid is missing');
    return stored;
  } catch (error) {
    if (error instanceof AppError) {
      await recordAudit(ctx.db, ctx.clock.now(), {
        action: 'payments.obligation_paid',
        outcome: 'refused',
        code: error.code,
        actorAccountId: officer.id,
        actorIin: officer.iinBin,
        subjectType: 'payment_obligation',
        subjectId: String(id),
        bodyCode: officer.officeCode,
        requestId: facts.requestId,
        ip: facts.ip,
      });
    }
    throw error;
  }
}

/** Issues the payment-due notices every `everyMs` (an hour by default) and once shortly after start. */
export function startPaymentDueNoticesJob(
  ctx: Pick<ApplicationsContext, 'db' | 'clock' | 'publicUrl' | 'notifyOutbox'>,
  logger: Logger,
  everyMs = 3_600_000,
): RepeatingJob {
  return startRepeatingJob({
    run: async () => (await issuePaymentDueNotices(ctx)).length,
    logger,
    everyMs,
    onceAcrossNodes: { job: 'payments.payment-due-notices', db: ctx.db, clock: ctx.clock },
    done: 'payment-due notices issued',
    failed: 'payment-due notices not issued; the next run tries again',
  });
}
