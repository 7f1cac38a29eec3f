import { createHash, randomUUID } from 'node:crypto';
import { canonicalJson } from '../../../domain/canonical-json.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { enqueueOutbox } from '../../../platform/outbox/enqueue.ts';
import type { Account, RequestFacts } from '../../accounts/index.ts';
import { almatyDate } from '../../reference/index.ts';
import { assertMaySubmit } from '../../web-declarant-access/index.ts';
import { localizeReport, type ReferenceView } from '../control/index.ts';
import type { AnyDocument } from '../documents/index.ts';
import { controlDate } from '../drafts/document-date.ts';
import { representedDeclarants } from '../representation/repository.ts';
import { findDeclaration, type StoredDeclaration } from '../declaration-repository.ts';
import { DeclarationErrors } from '../errors.ts';
import type { DeclarationsContext } from '../context.ts';
import { nextStatus, type DeclarationAction } from '../status/machine.ts';
import { applyTransition } from '../status/transition.ts';
import { SubmissionErrors } from './errors.ts';
import { receiptContent, type Receipt } from './receipt.ts';
import type { ReceiptSigner } from './receipt-signer.ts';
import { registrationNumber } from './registration-number.ts';
import { signingPayload } from './signing-payload.ts';
import { verifySignedCopy } from './signed-copy.ts';
import { controlAtSubmission } from './submission-control.ts';
import {
  findStoredAnswer,
  nextRegistrationSerial,
  nextSubmissionSeq,
  recordDelivery,
} from './submission-repository.ts';

/** The topic the officer side routes a freshly registered declaration from (risk channel, release). */
export const registeredTopic = 'declarations.registered';

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

export interface SubmissionDependencies extends Pick<DeclarationsContext, 'db' | 'clock' | 'verifier' | 'notifyOutbox'> {
  receiptSigner: ReceiptSigner;
  /** the reference data control judges the document against */
  reference: () => ReferenceView | Promise<ReferenceView>;
}

/**
 * A signed copy delivered to a customs body (issue 6 point 5; WD-10..WD-13): checked in the
 * order that answers best — a repeated request first, then the declaration, its status, the
 * submitter's access, the signature, control — and then registered in one transaction: the
 * office's next serial, the status change, the signed bytes kept as they came, the receipt, the
 * stored answer for the idempotency key and the message that starts risk routing.
 */
export async function submitDeclaration(deps: SubmissionDependencies, account: Account, request: SubmissionRequest, facts: RequestFacts): Promise<SubmissionAnswer> {
  const requestSha256 = requestDigest(request);
  const repeated = await answerForRepeat(deps.db, account.id, request.idempotencyKey, requestSha256);
  if (repeated) return repeated;
  try {
    return await register(deps, account, request, requestSha256, facts);
  } catch (error) {
    // The same request sent twice at once: the second waited on the first's row lock; its answer now stands.
    const stored = await answerForRepeat(deps.db, account.id, request.idempotencyKey, requestSha256);
    if (stored) return stored;
    throw error;
  }
}

async function register(deps: SubmissionDependencies, account: Account, request: SubmissionRequest, requestSha256: Buffer, facts: RequestFacts): Promise<SubmissionAnswer> {
  const declaration = await findDeclaration(deps.db, request.declarationId);
  // Another organisation's declaration reads as absent.
  if (!declaration || declaration.ownerIinBin !== account.iinBin) throw DeclarationErrors.DECL_NOT_FOUND();
  const action = submissionAction(declaration);
  if (declaration.customsOffice && action === 'resubmit' && declaration.customsOffice !== request.customsOffice) {
    throw SubmissionErrors.DECL_CUSTOMS_OFFICE_INVALID({ code: request.customsOffice });
  }
  await assertMaySubmit(deps.db, account.id);

  const payload = signingPayload({ declarationId: declaration.id, kind: declaration.kind, schemaVersion: declaration.schemaVersion, document: declaration.document });
  const cms = Buffer.from(request.signature, 'base64');
  const signer = await verifySignedCopy(deps.verifier, cms, payload);
  const now = deps.clock.now();
  const day = almatyDate(now);
  const represents = signer.bin ? await representedDeclarants(deps.db, signer.bin, day) : [];
  const date = controlDate(declaration.kind, declaration.document as AnyDocument, now);
  const report = controlAtSubmission(await deps.reference(), declaration, { date, customsOffice: request.customsOffice, signer: { iin: signer.iin, bin: signer.bin ?? null, represents } });
  if (report.errors.length > 0) throw DeclarationErrors.DECL_CONTROL_FAILED({ count: report.errors.length }, { details: localizeReport(report, facts.language) });

  const documentSha256 = createHash('sha256').update(payload).digest();
  const answer = await deps.db.transaction(async (tx) => {
    const seq = declaration.registrationNumber ? await nextSubmissionSeq(tx, declaration.id) : 1;
    await applyTransition(tx, now, {
      declarationId: declaration.id,
      action,
      actor: 'declarant',
      actorAccountId: account.id,
      actorIin: signer.iin,
      officeCode: request.customsOffice,
      details: { seq, documentSha256: documentSha256.toString('hex') },
      requestId: facts.requestId,
      ip: facts.ip,
    });
    await enqueueOutbox(tx, now, registeredTopic, { declarationId: declaration.id });
    // From here to the commit the office's counter is locked: only what needs the number follows.
    const number = declaration.registrationNumber ?? registrationNumber(request.customsOffice, day, await nextRegistrationSerial(tx, request.customsOffice, day));
    const receiptFacts = { registrationNumber: number, declarationId: declaration.id, documentSha256: documentSha256.toString('hex'), customsOffice: request.customsOffice, registeredAt: now.toISOString() };
    const receiptCms = await deps.receiptSigner.sign(receiptContent(receiptFacts), now);
    const answer: SubmissionAnswer = { registrationNumber: number, receipt: { ...receiptFacts, cms: Buffer.from(receiptCms).toString('base64') } };
    await recordDelivery(
      tx,
      {
        id: randomUUID(),
        declarationId: declaration.id,
        seq,
        registrationNumber: number,
        customsOffice: request.customsOffice,
        signedBytes: payload,
        signatureCms: cms,
        documentSha256,
        signerIin: signer.iin,
        signerBin: signer.bin ?? null,
        certificateSerial: signer.serialNumber,
        submittedBy: account.id,
        submittedAt: now,
        receiptCms,
      },
      { accountId: account.id, key: request.idempotencyKey, requestSha256, statusCode: 200, response: answer },
    );
    return answer;
  });
  deps.notifyOutbox();
  return answer;
}

/** First delivery of a draft, or a corrected copy after the officer asked for one. */
function submissionAction(declaration: StoredDeclaration): DeclarationAction {
  const action: DeclarationAction = declaration.status === 'correction_requested' ? 'resubmit' : 'submit';
  if (nextStatus(declaration.status, action, 'declarant') === null) throw DeclarationErrors.DECL_TRANSITION_NOT_ALLOWED({ action, status: declaration.status });
  return action;
}

async function answerForRepeat(db: Queryable, accountId: string, key: string, requestSha256: Buffer): Promise<SubmissionAnswer | null> {
  const stored = await findStoredAnswer(db, accountId, key);
  if (!stored) return null;
  if (!stored.requestSha256.equals(requestSha256)) throw SubmissionErrors.DECL_IDEMPOTENCY_KEY_REUSED();
  return stored.response as SubmissionAnswer;
}

/** What makes two requests the same request: the route's action, the declaration and the body. */
function requestDigest(request: SubmissionRequest): Buffer {
  const { declarationId, customsOffice, signature } = request;
  return createHash('sha256').update(canonicalJson({ action: 'submit', declarationId, customsOffice, signature })).digest();
}
