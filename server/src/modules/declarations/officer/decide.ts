import { randomUUID } from 'node:crypto';
import {
  declarationActionNames,
  declarationStatusNames,
  type OfficerDecision,
} from '@shekara/contracts/declarations/status';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Account, RequestFacts } from '../../accounts/index.ts';
import { collectOnRelease, returnOnClosing } from '../../payments/index.ts';
import { SignatureErrors } from '../../signature/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { DeclarationErrors } from '../errors.ts';
import { applyTransition } from '../status/transition.ts';
import { otherOfficeRefusal } from '../transit/transit-access.ts';
import { prepareTransitStep } from '../transit/transit-step.ts';
import { enqueueDecisionNotice } from './decision-notice.ts';
import { checkReasons, type DecisionFacts, decisionPayload, normalizeReasons } from './decision-payload.ts';
import { insertDecision } from './decision-repository.ts';
import { OfficerErrors } from './errors.ts';
import { latestSubmissionSeqAndHash, submissionsOf } from './officer-repository.ts';
import { allowedDecisions, visibleDeclaration } from './visibility.ts';

type Ctx = Pick<DeclarationsContext, 'db' | 'clock' | 'verifier' | 'publicUrl' | 'notifyOutbox'>;

/** The decision's facts as they stand now: what the officer signs (decision-payload) and the server checks. */
export async function decisionFactsNow(
  ctx: Pick<Ctx, 'db'>,
  officer: Account,
  registrationNumber: string,
  decision: OfficerDecision,
  reasonsGiven: string | readonly string[] | undefined,
): Promise<DecisionFacts> {
  const officeCode = officeOf(officer);
  const { declaration, access } = await visibleDeclaration(ctx.db, officer, registrationNumber);
  if (!allowedDecisions(declaration.status, 'full', declaration.kind).includes(decision))
    throw DeclarationErrors.DECL_TRANSITION_NOT_ALLOWED({
      action: declarationActionNames[decision],
      status: declarationStatusNames[declaration.status],
    });
  if (!allowedDecisions(declaration.status, access, declaration.kind).includes(decision))
    throw access === 'transit_departure' || access === 'transit_destination'
      ? otherOfficeRefusal(access)
      : OfficerErrors.DECL_DECISION_NOT_YOURS();
  const reasons = normalizeReasons(reasonsGiven);
  checkReasons(decision, reasons);
  const latest = await latestSubmissionSeqAndHash(ctx.db, declaration.id);
  return {
    registrationNumber: declaration.registrationNumber,
    decision,
    reasons,
    documentSha256: latest ? Buffer.from(latest.documentSha256).toString('hex') : '',
    officeCode,
    declarationId: declaration.id,
  };
}

/**
 * Whether a signature that does not match the decision as it stands was made over the same
 * decision on an earlier signed copy: the declarant sent a corrected copy while the officer was
 * signing, and the officer is told so rather than that the signature does not match.
 */
async function signedOverEarlierCopy(
  ctx: Pick<Ctx, 'db' | 'verifier'>,
  cms: Buffer,
  decision: DecisionFacts,
): Promise<boolean> {
  const copies = await submissionsOf(ctx.db, decision.declarationId, { withBytes: 'none' });
  for (const copy of copies) {
    const documentSha256 = Buffer.from(copy.documentSha256).toString('hex');
    if (documentSha256 === decision.documentSha256) continue;
    const earlier = await ctx.verifier.verifyCms(cms, {
      purpose: 'sign',
      data: decisionPayload({ ...decision, documentSha256 }),
    });
    if (earlier.valid) return true;
  }
  return false;
}

/**
 * The money held for the declaration follows the decision (issue 16 point 3): taken at release,
 * returned at a refusal; a conditional release, an acceptance or a request for correction leaves
 * it held. A release with nothing held takes nothing: the officer has judged the payment
 * otherwise (paid by other means, deferred, not due).
 */
async function settlePayments(
  tx: Queryable,
  ctx: Ctx,
  declarationId: string,
  decision: OfficerDecision,
  officer: Account,
  facts: RequestFacts,
): Promise<void> {
  const ledger = { db: ctx.db, clock: ctx.clock, publicUrl: ctx.publicUrl };
  const actor = { accountId: officer.id, iin: officer.iinBin, facts };
  if (decision === 'release') await collectOnRelease(tx, ledger, { declarationId }, actor);
  if (decision === 'refuse_release') await returnOnClosing(tx, ledger, { declarationId }, actor);
}

function officeOf(officer: Account): string {
  if (officer.kind !== 'officer' || !officer.officeCode) throw OfficerErrors.DECL_OFFICER_WITHOUT_BODY();
  return officer.officeCode;
}

/**
 * An officer's decision (issue 6 point 8, ACC-21): signed with the officer's own signing key over
 * the decision's canonical bytes, then in one transaction the status changes (status model,
 * timeline, audit), the signed decision is kept, and the declarant is notified — in the cabinet's
 * decisions inbox and by e-mail. A refused attempt is audited with its code.
 */
export async function decide(
  ctx: Ctx,
  officer: Account,
  registrationNumber: string,
  input: { decision: OfficerDecision; reasons?: readonly string[]; signature: string },
  facts: RequestFacts,
): Promise<{ decisionId: string; status: string; decidedAt: Date }> {
  let declarationId: string | undefined;
  try {
    const decision = await decisionFactsNow(ctx, officer, registrationNumber, input.decision, input.reasons);
    declarationId = decision.declarationId;
    const payload = decisionPayload(decision);
    const cms = Buffer.from(input.signature, 'base64');
    const verification = await ctx.verifier.verifyCms(cms, { purpose: 'sign', data: payload });
    if (!verification.valid) {
      if (verification.code === 'SIG_CONTENT_MISMATCH' && (await signedOverEarlierCopy(ctx, cms, decision)))
        throw OfficerErrors.DECL_DECISION_STALE();
      throw SignatureErrors[verification.code ?? 'SIG_MALFORMED']();
    }
    if (verification.signer!.iin !== officer.iinBin)
      throw OfficerErrors.DECL_DECISION_SIGNER_NOT_OFFICER({ iin: verification.signer!.iin });

    // transit keeps its movement beside the decision (transit/), its security calculated before the transaction
    const recordTransitStep = await prepareTransitStep(ctx, decision);
    const now = ctx.clock.now();
    const decisionId = randomUUID();
    const outcome = await ctx.db.transaction(async (tx) => {
      const { declaration } = await visibleDeclaration(tx, officer, registrationNumber, { forUpdate: true });
      const latest = await latestSubmissionSeqAndHash(tx, declaration.id);
      if ((latest ? Buffer.from(latest.documentSha256).toString('hex') : '') !== decision.documentSha256)
        throw OfficerErrors.DECL_DECISION_STALE();
      const { to } = await applyTransition(tx, now, {
        declarationId: declaration.id,
        action: decision.decision,
        actor: 'officer',
        actorAccountId: officer.id,
        actorIin: officer.iinBin,
        officeCode: decision.officeCode,
        details: { decisionId, registrationNumber: declaration.registrationNumber, reasons: decision.reasons },
        requestId: facts.requestId,
        ip: facts.ip,
      });
      await settlePayments(tx, ctx, declaration.id, decision.decision, officer, facts);
      await recordTransitStep?.(tx, now);
      await insertDecision(tx, {
        id: decisionId,
        declarationId: declaration.id,
        decision: decision.decision,
        reasons: decision.reasons,
        officerAccountId: officer.id,
        officeCode: decision.officeCode,
        signedBytes: payload,
        signatureCms: cms,
        decidedAt: now,
      });
      await enqueueDecisionNotice(tx, now, {
        authorAccountId: declaration.authorAccountId,
        registrationNumber: declaration.registrationNumber,
        decision: decision.decision,
        reasons: decision.reasons,
        officeCode: decision.officeCode,
        automatic: false,
        publicUrl: ctx.publicUrl,
      });
      return { decisionId, status: to, decidedAt: now };
    });
    ctx.notifyOutbox();
    return outcome;
  } catch (error) {
    if (error instanceof AppError) {
      await recordAudit(ctx.db, ctx.clock.now(), {
        action: `declaration.${input.decision}`,
        outcome: 'refused',
        code: error.code,
        actorAccountId: officer.id,
        actorIin: officer.iinBin,
        subjectType: 'declaration',
        subjectId: declarationId,
        bodyCode: officer.officeCode,
        requestId: facts.requestId,
        ip: facts.ip,
        details: { registrationNumber },
      });
    }
    throw error;
  }
}
