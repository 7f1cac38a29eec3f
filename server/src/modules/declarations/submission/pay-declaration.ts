import type { PaymentStatus } from '@shekara/contracts/declarations/submission';
import { localizedAmount } from '@shekara/contracts/i18n';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Language } from '../../../platform/i18n/language.ts';
import type { Account, RequestFacts } from '../../accounts/index.ts';
import { collectedFor, formatTiyn, heldFor, holdLater, paymentRefusalMessage } from '../../payments/index.ts';
import type { DeclarationsContext } from '../context.ts';
import type { StoredDeclaration } from '../declaration-repository.ts';
import { readableDeclaration } from '../drafts/access.ts';
import { automaticReleaseKinds } from '../officer/on-registered.ts';
import { releaseBySystem } from '../officer/system-release.ts';
import { latestAssessments, type StoredAssessment } from './assessment-repository.ts';
import { SubmissionErrors } from './errors.ts';

type Ctx = Pick<DeclarationsContext, 'db' | 'clock' | 'publicUrl' | 'notifyOutbox'>;

/** Statuses in which money may still be held for a declaration: before a final decision. */
const awaitingPayment: readonly StoredDeclaration['status'][] = [
  'registered',
  'in_processing',
  'conditionally_released',
];

const tenge = (tiyn: number) => formatTiyn(BigInt(tiyn));

/** What the declaration owes, as assessed at registration, what is held for it and what was taken at release (issue 16 point 3). */
export async function paymentStatusOf(
  db: Queryable,
  account: Account,
  id: string,
  language: Language,
): Promise<PaymentStatus> {
  const declaration = await readableDeclaration(db, id, account);
  return statusOf(db, declaration, language);
}

/** The same for a declaration already read (the officer's view of it). */
export async function statusOf(
  db: Queryable,
  declaration: Pick<StoredDeclaration, 'id' | 'status'>,
  language: Language,
): Promise<PaymentStatus> {
  const assessment = (await latestAssessments(db, [declaration.id])).get(declaration.id);
  const [held, collected] = await Promise.all([heldFor(db, declaration.id), collectedFor(db, declaration.id)]);
  return {
    assessed: assessment !== undefined,
    assessedOn: assessment?.assessedOn ?? null,
    owed: assessment?.owedTiyn != null ? tenge(assessment.owedTiyn) : null,
    totals: Object.fromEntries(Object.entries(assessment?.totals ?? {}).map(([type, t]) => [type, tenge(Number(t))])),
    held: tenge(held?.amountTiyn ?? 0),
    heldBy: held?.payer ?? null,
    collected: tenge(collected),
    failure: assessment?.failureCode
      ? {
          code: assessment.failureCode,
          message: paymentRefusalMessage(assessment.failureCode, assessment.failureParams ?? {}, language),
        }
      : null,
    payable: payable(declaration, assessment, held !== null),
    status: declaration.status,
  };
}

function payable(
  declaration: Pick<StoredDeclaration, 'status'>,
  assessment: StoredAssessment | undefined,
  held: boolean,
): boolean {
  return (
    awaitingPayment.includes(declaration.status) && assessment?.owedTiyn != null && assessment.owedTiyn > 0 && !held
  );
}

/**
 * Pays a registered declaration after its registration (issue 16 point 3, ACC-14, ACC-17): what
 * its latest copy owes, as assessed, is held on the caller's organisation's advance account (the
 * declarant's, or the representative's that filed it) — the money having come in since — and a
 * declaration routed green and still registered is then released by the system, in the same
 * transaction. A refusal is audited with its code and changes nothing.
 */
export async function payDeclaration(
  ctx: Ctx,
  account: Account,
  id: string,
  facts: RequestFacts,
): Promise<PaymentStatus> {
  const now = ctx.clock.now();
  try {
    const status = await ctx.db.transaction(async (tx) => {
      const declaration = await readableDeclaration(tx, id, account, { lock: true });
      const assessment = (await latestAssessments(tx, [declaration.id])).get(declaration.id);
      if (assessment?.owedTiyn == null) throw SubmissionErrors.DECL_PAYMENT_NOT_ASSESSED();
      const held = (await heldFor(tx, declaration.id)) !== null;
      if (!payable(declaration, assessment, held)) throw SubmissionErrors.DECL_PAYMENT_CLOSED();
      const actor = { accountId: account.id, iin: account.iinBin, facts };
      const ledger = { db: ctx.db, clock: ctx.clock, publicUrl: ctx.publicUrl };
      const paid = await holdLater(
        tx,
        ledger,
        { declarationId: declaration.id, seq: assessment.seq, owedTiyn: assessment.owedTiyn, payer: account.iinBin },
        actor,
      );
      if (!paid)
        throw SubmissionErrors.DECL_PAYMENT_INSUFFICIENT_FUNDS({
          owed: localizedAmount(tenge(assessment.owedTiyn)),
        });
      const release =
        declaration.channel === 'green' &&
        declaration.status === 'registered' &&
        automaticReleaseKinds.includes(declaration.kind);
      await recordAudit(tx, now, {
        action: 'declaration.payment',
        outcome: 'success',
        actorAccountId: account.id,
        actorIin: account.iinBin,
        subjectType: 'declaration',
        subjectId: declaration.id,
        bodyCode: declaration.customsOffice,
        requestId: facts.requestId,
        ip: facts.ip,
        details: { owed: tenge(assessment.owedTiyn), payer: account.iinBin, released: release },
      });
      if (release) await releaseBySystem(tx, ctx, declaration, now);
      return statusOf(tx, { ...declaration, status: release ? 'released' : declaration.status }, facts.language);
    });
    ctx.notifyOutbox();
    return status;
  } catch (error) {
    if (error instanceof AppError) {
      await recordAudit(ctx.db, now, {
        action: 'declaration.payment',
        outcome: 'refused',
        code: error.code,
        actorAccountId: account.id,
        actorIin: account.iinBin,
        subjectType: 'declaration',
        subjectId: id,
        requestId: facts.requestId,
        ip: facts.ip,
      });
    }
    throw error;
  }
}
