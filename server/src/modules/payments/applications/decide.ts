import type { decisionRequest, signedDecision } from '@shekara/contracts/payments/applications';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import { AppError } from '../../../platform/errors.ts';
import { type Account, bodyScopeOf, inBodyScope, type RequestFacts } from '../../accounts/index.ts';
import { almatyDate } from '../../reference/index.ts';
import { SignatureErrors } from '../../signature/index.ts';
import { refundLines } from '../ledger/entries.ts';
import { tengeOf } from '../ledger/money.ts';
import { postWithin } from '../ledger/post.ts';
import { paymentTypes } from '../payment-types.ts';
import {
  findApplication,
  insertObligations,
  recordDecision,
  type StoredApplication,
} from './application-repository.ts';
import type { ApplicationsContext } from './context.ts';
import { ApplicationErrors } from './errors.ts';
import { enqueueDecisionMail } from './notices.ts';
import { type DecisionFacts, decisionPayload, sha256Hex } from './payloads.ts';
import { checkedSchedule } from './terms.ts';

type DecisionRequest = z.infer<typeof decisionRequest>;
type SignedDecision = z.infer<typeof signedDecision>;

function officeOf(officer: Account): string {
  if (officer.kind !== 'officer' || !officer.officeCode) throw ApplicationErrors.PAYMENTS_OFFICER_WITHOUT_BODY();
  return officer.officeCode;
}

/** An application addressed to a body in the officer's scope; any other reads as absent. */
export async function visibleApplication(
  ctx: Pick<ApplicationsContext, 'db'>,
  officer: Account,
  id: string,
): Promise<StoredApplication> {
  const application = await findApplication(ctx.db, id.toLowerCase());
  if (!application || !inBodyScope(await bodyScopeOf(ctx.db, officer), application.customsOffice))
    throw ApplicationErrors.PAYMENTS_APPLICATION_NOT_FOUND();
  return application;
}

/**
 * The decision's facts as they stand now, every rule checked: what the officer signs. A grant of
 * a deferral or instalment names its schedule (the one the payer asked for when none is given);
 * a refusal says why.
 */
export async function decisionFactsNow(
  ctx: Pick<ApplicationsContext, 'db' | 'clock'>,
  officer: Account,
  id: string,
  request: DecisionRequest,
): Promise<{ application: StoredApplication; facts: DecisionFacts }> {
  const officeCode = officeOf(officer);
  const application = await visibleApplication(ctx, officer, id);
  if (application.status !== 'pending') throw ApplicationErrors.PAYMENTS_APPLICATION_DECIDED();
  const reason = request.reason?.trim() || null;
  if (request.decision === 'refuse' && !reason) throw ApplicationErrors.PAYMENTS_DECISION_REASON_REQUIRED();
  let schedule = null;
  if (request.decision === 'grant' && application.kind !== 'refund') {
    const asked = request.schedule ?? (application.schedule ?? []).map((p) => ({ ...p, amount: tengeOf(p.amount) }));
    schedule = checkedSchedule(application.kind, asked, application.amount, {
      after: almatyDate(ctx.clock.now()),
      filedOn: almatyDate(application.filedAt),
    });
  }
  return {
    application,
    facts: {
      applicationId: application.id,
      applicationSha256: sha256Hex(application.signedBytes),
      decision: request.decision,
      reason,
      schedule,
      officeCode,
      amount: application.amount,
    },
  };
}

/**
 * The officer's signed decision on an application (ACC-21, ACC-14): the CMS over the decision's
 * canonical bytes, made with the officer's own key; then in one transaction the decision is kept
 * with its signature, a granted deferral's or instalment's schedule becomes obligations, a
 * granted refund is posted (money from available back to the bank), the audit record is written
 * and the applicant's e-mail enqueued. The application is decided once: a second decision is
 * refused. A refusal of the request is audited with its code.
 */
export async function decideApplication(
  ctx: ApplicationsContext,
  officer: Account,
  id: string,
  input: SignedDecision,
  facts: RequestFacts,
): Promise<StoredApplication> {
  try {
    const { signature, ...request } = input;
    const { application, facts: decision } = await decisionFactsNow(ctx, officer, id, request);
    const payload = decisionPayload(decision);
    const cms = Buffer.from(signature, 'base64');
    const verification = await ctx.verifier.verifyCms(cms, { purpose: 'sign', data: payload });
    if (!verification.valid) throw SignatureErrors[verification.code ?? 'SIG_MALFORMED']();
    if (verification.signer!.iin !== officer.iinBin)
      throw ApplicationErrors.PAYMENTS_DECISION_SIGNER_NOT_OFFICER({ iin: verification.signer!.iin });

    const now = ctx.clock.now();
    const granted = decision.decision === 'grant';
    await ctx.db.transaction(async (tx) => {
      const current = await findApplication(tx, application.id, { forUpdate: true });
      if (current?.status !== 'pending') throw ApplicationErrors.PAYMENTS_APPLICATION_DECIDED();
      let refundPostingId: number | null = null;
      if (granted && application.kind === 'refund') {
        // The ledger's refund posting, made in this transaction: no money leaves unless the decision stands.
        const { posting } = await postWithin(
          tx,
          ctx,
          {
            payer: application.payer,
            kind: 'refund',
            amount: application.amount,
            bodyCode: decision.officeCode,
            note: `refund application ${application.id}`,
            idempotencyKey: `refund-application:${application.id}`,
          },
          { accountId: officer.id, iin: officer.iinBin, facts },
          async () => ({ lines: refundLines(application.amount) }),
        );
        refundPostingId = posting.id;
      }
      const recorded = await recordDecision(tx, {
        id: application.id,
        status: granted ? 'granted' : 'refused',
        decidedBy: officer.id,
        decisionOffice: decision.officeCode,
        decidedAt: now,
        decisionReason: decision.reason,
        decisionSchedule: decision.schedule,
        signedBytes: payload,
        signatureCms: cms,
        refundPostingId,
      });
      if (!recorded) throw ApplicationErrors.PAYMENTS_APPLICATION_DECIDED();
      if (granted && decision.schedule && application.declarationId) {
        await insertObligations(
          tx,
          {
            id: application.id,
            payer: application.payer,
            declarationId: application.declarationId,
            customsOffice: application.customsOffice,
          },
          decision.schedule,
          paymentTypes.importDuty.code,
        );
      }
      await recordAudit(tx, now, {
        action: 'payments.application_decided',
        outcome: 'success',
        actorAccountId: officer.id,
        actorIin: officer.iinBin,
        subjectType: 'payment_application',
        subjectId: application.id,
        bodyCode: decision.officeCode,
        requestId: facts.requestId,
        ip: facts.ip,
        details: {
          kind: application.kind,
          decision: decision.decision,
          payer: application.payer,
          amount: tengeOf(application.amount),
          ...(refundPostingId ? { postingId: refundPostingId } : {}),
        },
      });
      await enqueueDecisionMail(
        tx,
        now,
        application,
        { granted, reason: decision.reason, schedule: decision.schedule },
        ctx.publicUrl,
      );
    });
    ctx.notifyOutbox();
    const decided = await findApplication(ctx.db, application.id);
    if (!decided) throw new Error('the application decided is missing');
    return decided;
  } catch (error) {
    if (error instanceof AppError) {
      await recordAudit(ctx.db, ctx.clock.now(), {
        action: 'payments.application_decided',
        outcome: 'refused',
        code: error.code,
        actorAccountId: officer.id,
        actorIin: officer.iinBin,
        subjectType: 'payment_application',
        subjectId: id,
        bodyCode: officer.officeCode,
        requestId: facts.requestId,
        ip: facts.ip,
        details: { decision: input.decision },
      });
    }
    throw error;
  }
}
