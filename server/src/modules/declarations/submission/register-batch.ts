import { randomUUID } from 'node:crypto';
import type { Database } from '../../../platform/db/database.ts';
import { enqueueOutboxMany } from '../../../platform/outbox/enqueue.ts';
import type { Account, RequestFacts } from '../../accounts/index.ts';
import type { Signer } from '../../signature/x509/nca-profile.ts';
import type { StoredDeclaration } from '../declaration-repository.ts';
import type { DeclarationAction } from '../status/machine.ts';
import { applyTransitions } from '../status/transition.ts';
import { createOfficeQueue } from './office-queue.ts';
import { receiptContent } from './receipt.ts';
import type { ReceiptSigner } from './receipt-signer.ts';
import { registrationNumber } from './registration-number.ts';
import { nextSubmissionSeq, recordDeliveries, takeRegistrationSerials } from './submission-repository.ts';
import { registeredTopic, type SubmissionAnswer, type SubmissionRequest } from './submit-declaration.ts';

/** A submission that passed every check and waits for its number. */
export interface CheckedSubmission {
  declaration: StoredDeclaration;
  action: DeclarationAction;
  account: Account;
  signer: Signer;
  request: SubmissionRequest;
  requestSha256: Buffer;
  /** the signing payload: the bytes the declarant signed */
  payload: Uint8Array;
  cms: Buffer;
  documentSha256: Buffer;
  now: Date;
  /** the office's day (Almaty) the number belongs to */
  day: string;
  facts: RequestFacts;
}

export interface Registrar {
  /** Registers the submission with the others of the same office and day waiting at that moment. */
  register(officeDay: string, submission: CheckedSubmission): Promise<SubmissionAnswer>;
}

/** Submissions of one office's day registered together; more than this waits for the next commit. */
const maxBatch = 64;

export function createRegistrar(db: Database, receiptSigner: ReceiptSigner): Registrar {
  return createOfficeQueue<CheckedSubmission, SubmissionAnswer>((submissions) => registerTogether(db, receiptSigner, submissions), { maxBatch });
}

/**
 * One transaction for submissions of one office and day, in a fixed number of statements: their
 * status changes (with events and audit records) and outbox messages, then the office's serials for all that need one in
 * a single step of the counter, the receipts signed, and the deliveries stored with their answers.
 * Either all of them are registered or none is, and the counter moves only with the commit.
 */
async function registerTogether(db: Database, receiptSigner: ReceiptSigner, submissions: CheckedSubmission[]): Promise<SubmissionAnswer[]> {
  const { customsOffice } = submissions[0]!.request;
  const day = submissions[0]!.day;
  return db.transaction(async (tx) => {
    const seqs: number[] = [];
    for (const s of submissions) seqs.push(s.declaration.registrationNumber ? await nextSubmissionSeq(tx, s.declaration.id) : 1);
    await applyTransitions(
      tx,
      submissions.map((s, index) => ({
        at: s.now,
        request: {
          declarationId: s.declaration.id,
          action: s.action,
          actor: 'declarant' as const,
          actorAccountId: s.account.id,
          actorIin: s.signer.iin,
          officeCode: customsOffice,
          details: { seq: seqs[index]!, documentSha256: s.documentSha256.toString('hex') },
          requestId: s.facts.requestId,
          ip: s.facts.ip,
        },
      })),
    );
    await enqueueOutboxMany(tx, submissions.map((s) => ({ at: s.now, payload: { declarationId: s.declaration.id } })), registeredTopic);
    // From here to the commit the office's counter is locked: only what needs the numbers follows.
    const unnumbered = submissions.filter((s) => !s.declaration.registrationNumber).length;
    let serial = unnumbered > 0 ? await takeRegistrationSerials(tx, customsOffice, day, unnumbered) : 0;
    const answers: SubmissionAnswer[] = [];
    const deliveries: Parameters<typeof recordDeliveries>[1][number][] = [];
    for (const [index, s] of submissions.entries()) {
      const number = s.declaration.registrationNumber ?? registrationNumber(customsOffice, day, serial++);
      const receiptFacts = { registrationNumber: number, declarationId: s.declaration.id, documentSha256: s.documentSha256.toString('hex'), customsOffice, registeredAt: s.now.toISOString() };
      const receiptCms = await receiptSigner.sign(receiptContent(receiptFacts), s.now);
      const answer: SubmissionAnswer = { registrationNumber: number, receipt: { ...receiptFacts, cms: Buffer.from(receiptCms).toString('base64') } };
      deliveries.push({
        row: {
          id: randomUUID(),
          declarationId: s.declaration.id,
          seq: seqs[index]!,
          registrationNumber: number,
          customsOffice,
          signedBytes: s.payload,
          signatureCms: s.cms,
          documentSha256: s.documentSha256,
          signerIin: s.signer.iin,
          signerBin: s.signer.bin ?? null,
          certificateSerial: s.signer.serialNumber,
          submittedBy: s.account.id,
          submittedAt: s.now,
          receiptCms,
        },
        answer: { accountId: s.account.id, key: s.request.idempotencyKey, requestSha256: s.requestSha256, statusCode: 200, response: answer },
      });
      answers.push(answer);
    }
    await recordDeliveries(tx, deliveries);
    return answers;
  });
}
