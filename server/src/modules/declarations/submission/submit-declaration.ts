import { createHash } from 'node:crypto';
import { localizeReport, type ReferenceView } from '@shekara/contracts/declarations/control';
import type { AnyDocument } from '@shekara/contracts/declarations/documents';
import {
  type DeclarationAction,
  declarationActionNames,
  declarationStatusNames,
  nextStatus,
} from '@shekara/contracts/declarations/status';
import { canonicalJson } from '@shekara/contracts/domain';
import { AppError } from '../../../platform/errors.ts';
import type { Account, RequestFacts } from '../../accounts/index.ts';
import {
  type Assessment,
  assessGoodsDeclaration,
  assessPassengerDeclaration,
  calculatedBox47,
} from '../../payments/index.ts';
import { almatyDate } from '../../reference/index.ts';
import type { DeclarationsContext } from '../context.ts';
import type { StoredDeclaration } from '../declaration-repository.ts';
import { controlDate } from '../drafts/document-date.ts';
import { DeclarationErrors } from '../errors.ts';
import { assertMayFollow } from '../links/link-on-registration.ts';
import { representedDeclarants } from '../representation/repository.ts';
import { SubmissionErrors } from './errors.ts';
import type { Receipt } from './receipt.ts';
import type { Registrar, RegistrationAssessment } from './register-batch.ts';
import { verifySignedCopy } from './signed-copy.ts';
import { signingPayload } from './signing-payload.ts';
import { controlAtSubmission } from './submission-control.ts';
import { findStoredAnswer, findSubmissionStart, type StoredAnswer } from './submission-repository.ts';

export interface SubmissionRequest {
  declarationId: string;
  customsOffice: string;
  /** base64 CMS */
  signature: string;
  idempotencyKey: string;
}

export interface SubmissionAnswer {
  registrationNumber: string;
  receipt: Receipt;
}

export interface SubmissionDependencies
  extends Pick<DeclarationsContext, 'db' | 'clock' | 'verifier' | 'notifyOutbox' | 'metrics'> {
  /** registers checked submissions, all of those waiting in one transaction */
  registrar: Registrar;
  /** the reference data control judges the document against */
  reference: () => ReferenceView | Promise<ReferenceView>;
}

/**
 * A signed copy delivered to a customs body (issue 6 point 5; WD-10..WD-13): checked in the
 * order that answers best — a repeated request first (read with the declaration in one
 * statement), then the declaration, its status, the signature, control — and then registered in one transaction: the
 * office's next serial, the status change, the signed bytes kept as they came, the receipt, the
 * stored answer for the idempotency key and the message that starts risk routing.
 */
export async function submitDeclaration(
  deps: SubmissionDependencies,
  account: Account,
  request: SubmissionRequest,
  facts: RequestFacts,
): Promise<SubmissionAnswer> {
  try {
    const { answer, replayed } = await submit(deps, account, request, facts);
    deps.metrics.submission(replayed ? 'replayed' : 'registered');
    return answer;
  } catch (error) {
    if (error instanceof AppError) deps.metrics.submission('refused', error.code);
    else deps.metrics.submission('failed');
    throw error;
  }
}

async function submit(
  deps: SubmissionDependencies,
  account: Account,
  request: SubmissionRequest,
  facts: RequestFacts,
): Promise<{ answer: SubmissionAnswer; replayed: boolean }> {
  const requestSha256 = requestDigest(request);
  const { stored, declaration } = await findSubmissionStart(
    deps.db,
    account.id,
    request.idempotencyKey,
    request.declarationId,
  );
  if (stored) return { answer: storedAnswer(stored, requestSha256), replayed: true };
  try {
    return { answer: await register(deps, account, declaration, request, requestSha256, facts), replayed: false };
  } catch (error) {
    // The same request sent twice at once: the second waited on the first's row lock; its answer now stands.
    const repeated = await findStoredAnswer(deps.db, account.id, request.idempotencyKey);
    if (repeated) return { answer: storedAnswer(repeated, requestSha256), replayed: true };
    throw error;
  }
}

async function register(
  deps: SubmissionDependencies,
  account: Account,
  declaration: StoredDeclaration | null,
  request: SubmissionRequest,
  requestSha256: Buffer,
  facts: RequestFacts,
): Promise<SubmissionAnswer> {
  // Another organisation's declaration reads as absent.
  if (!declaration || declaration.ownerIinBin !== account.iinBin) throw DeclarationErrors.DECL_NOT_FOUND();
  const action = submissionAction(declaration);
  if (declaration.customsOffice && action === 'resubmit' && declaration.customsOffice !== request.customsOffice) {
    throw SubmissionErrors.DECL_CUSTOMS_OFFICE_INVALID({ code: request.customsOffice });
  }

  const payload = signingPayload({
    declarationId: declaration.id,
    kind: declaration.kind,
    schemaVersion: declaration.schemaVersion,
    document: declaration.document,
  });
  const cms = Buffer.from(request.signature, 'base64');
  const signer = await verifySignedCopy(deps.verifier, cms, payload);
  const now = deps.clock.now();
  const day = almatyDate(now);
  const represents = signer.bin ? await representedDeclarants(deps.db, signer.bin, day) : [];
  const date = controlDate(declaration.kind, declaration.document as AnyDocument, now);
  const assessed = await assessmentOf(deps, declaration, day);
  const report = controlAtSubmission(await deps.reference(), declaration, {
    date,
    customsOffice: request.customsOffice,
    signer: { iin: signer.iin, bin: signer.bin ?? null, represents },
    ...(assessed?.calculated &&
      declaration.kind === 'goods' && {
        payments: calculatedBox47(assessed.calculation, assessed.request.items.length),
      }),
  });
  if (report.errors.length > 0) {
    deps.metrics.controlRefusal(
      declaration.kind,
      report.errors.map((finding) => finding.rule),
    );
    throw DeclarationErrors.DECL_CONTROL_FAILED(
      { count: report.errors.length },
      { details: localizeReport(report, facts.language) },
    );
  }

  // ACC-16, ACC-17: a document the declaration names must be one it may follow.
  await assertMayFollow(deps.db, declaration);

  const documentSha256 = createHash('sha256').update(payload).digest();
  const assessment = assessed && registrationAssessment(assessed, day);
  // The submitter's access is checked again in the registering transaction (WD-28).
  const answer = await deps.registrar.register({
    declaration,
    action,
    account,
    signer,
    request,
    requestSha256,
    payload,
    cms,
    documentSha256,
    now,
    day,
    facts,
    report,
    assessment,
  });
  deps.notifyOutbox();
  return answer;
}

/**
 * The kinds the payments engine assesses at registration: a goods declaration by its boxes; a
 * passenger declaration's goods for personal use at the unified rate (issue 17 point 2).
 */
function assessmentOf(
  deps: SubmissionDependencies,
  declaration: StoredDeclaration,
  day: string,
): Promise<Assessment | null> {
  if (declaration.kind === 'goods') return assessGoodsDeclaration(deps.db, declaration.document, day);
  if (declaration.kind === 'passenger') return assessPassengerDeclaration(deps.db, declaration.document, day);
  return Promise.resolve(null);
}

/**
 * What the copy owes on the day of its registration (issue 16, ACC-17): a goods or passenger
 * declaration is assessed by the payments engine; the other kinds owe nothing at registration. A refusal of the
 * engine (a box or a rate missing) does not refuse the submission: control has judged the
 * document, and an officer judges what it owes.
 */
function registrationAssessment(assessed: Assessment, day: string): RegistrationAssessment {
  if (!assessed.calculated)
    return {
      day,
      owedTiyn: null,
      totals: {},
      failure: { code: assessed.refusal.code, params: { ...assessed.refusal.params } },
    };
  const { totals, total } = assessed.calculation;
  return {
    day,
    owedTiyn: Number(total),
    totals: Object.fromEntries([...totals].map(([code, tiyn]) => [code, tiyn.toString()])),
    failure: null,
  };
}

/** First delivery of a draft, or a corrected copy after the officer asked for one. */
function submissionAction(declaration: StoredDeclaration): DeclarationAction {
  const action: DeclarationAction = declaration.status === 'correction_requested' ? 'resubmit' : 'submit';
  if (nextStatus(declaration.status, action, 'declarant', declaration.kind) === null)
    throw DeclarationErrors.DECL_TRANSITION_NOT_ALLOWED({
      action: declarationActionNames[action],
      status: declarationStatusNames[declaration.status],
    });
  return action;
}

function storedAnswer(stored: StoredAnswer, requestSha256: Buffer): SubmissionAnswer {
  if (!stored.requestSha256.equals(requestSha256)) throw SubmissionErrors.DECL_IDEMPOTENCY_KEY_REUSED();
  return stored.response as SubmissionAnswer;
}

/** What makes two requests the same request: the route's action, the declaration and the body. */
function requestDigest(request: SubmissionRequest): Buffer {
  const { declarationId, customsOffice, signature } = request;
  return createHash('sha256')
    .update(canonicalJson({ action: 'submit', declarationId, customsOffice, signature }))
    .digest();
}
