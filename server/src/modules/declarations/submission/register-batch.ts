import { randomUUID } from 'node:crypto';
import type { ControlReport } from '@shekara/contracts/declarations/control';
import type { DeclarationAction } from '@shekara/contracts/declarations/status';
import type { Signer } from '@shekara/nca';
import type { Queryable } from '../../../platform/db/database.ts';
import { sideBySide } from '../../../platform/db/side-by-side.ts';
import type { Metrics } from '../../../platform/metrics/metrics.ts';
import { enqueueOutboxMany } from '../../../platform/outbox/enqueue.ts';
import type { Account, RequestFacts } from '../../accounts/index.ts';
import { holdOnRegistration, type LedgerContext } from '../../payments/index.ts';
import { assertMaySubmitAll } from '../../web-declarant-access/index.ts';
import type { StoredDeclaration } from '../declaration-repository.ts';
import { linkOnRegistration } from '../links/link-on-registration.ts';
import { registeredMessageOf, registeredTopic } from '../registered-message.ts';
import { applyTransitions } from '../status/transition.ts';
import { insertAssessments } from './assessment-repository.ts';
import { receiptContent } from './receipt.ts';
import type { ReceiptSigner } from './receipt-signer.ts';
import { registrationNumber } from './registration-number.ts';
import { createRegistrationQueue } from './registration-queue.ts';
import { nextSubmissionSeq, recordDeliveries, takeRegistrationSerialsOfEach } from './submission-repository.ts';
import type { SubmissionAnswer, SubmissionRequest } from './submit-declaration.ts';

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
  /** control's report at submission (warnings only, errors having refused it): the officer reads it with the copy */
  report: ControlReport;
  /** what the copy owes, as the payments engine assessed it; null for a kind that owes nothing at registration */
  assessment: RegistrationAssessment | null;
}

export interface RegistrationAssessment {
  /** the day the engine calculated for: the registration's */
  day: string;
  /** tiyn; null when the engine refused (then `failure`) */
  owedTiyn: number | null;
  /** tiyn by payment type code */
  totals: Record<string, string>;
  failure: { code: string; params: Record<string, unknown> } | null;
}

export interface Registrar {
  /** Registers the submission with the others waiting at that moment, whatever their office. */
  register(submission: CheckedSubmission): Promise<SubmissionAnswer>;
}

/** Submissions registered together at most; more wait for the next commit. */
const maxBatch = 64;
/**
 * Registering transactions at once. Two would let the next batch's status changes overlap the
 * counters held by the one before, but measured slower (bench/submit: smaller batches, more
 * commits for the same submissions); one keeps every waiting submission for the next commit.
 */
const inFlight = 1;

export function createRegistrar(
  ledger: LedgerContext,
  receiptSigner: ReceiptSigner,
  metrics?: Pick<Metrics, 'registrationBatch'>,
): Registrar {
  const queue = createRegistrationQueue<CheckedSubmission, SubmissionAnswer>(
    async (submissions) => {
      const started = performance.now();
      const answers = await registerTogether(ledger, receiptSigner, submissions);
      metrics?.registrationBatch(submissions.length, (performance.now() - started) / 1000);
      return answers;
    },
    { maxBatch, inFlight },
  );
  // One queue for every office: one commit then serves all the offices with submissions waiting.
  return { register: (submission) => queue.register('registrations', submission) };
}

/**
 * One transaction for the waiting submissions, in a fixed number of statements: their
 * submitters' access read afresh, their status changes (with events and audit records) and outbox messages, then each office-day's serials
 * for all of its submissions that need one in a single step of its counter, the receipts
 * signed, and the deliveries stored with their answers. Either all of them are registered or
 * none is, and the counters move only with the commit.
 */
async function registerTogether(
  ledger: LedgerContext,
  receiptSigner: ReceiptSigner,
  submissions: CheckedSubmission[],
): Promise<SubmissionAnswer[]> {
  return ledger.db.transaction(async (tx) => {
    const seqs = await sideBySide(
      submissions.map((s) =>
        s.declaration.registrationNumber ? nextSubmissionSeq(tx, s.declaration.id) : Promise.resolve(1),
      ),
    );
    // What needs no number, side by side: the steps' statements share round trips (a pipelined
    // connection), so the batch waits for the longest of them rather than for their sum.
    await sideBySide([
      // WD-28: a measure on a submitter's access committed before this reads it refuses the batch,
      // and the queue then registers each alone, so only that submitter's copy is refused.
      assertMaySubmitAll(
        tx,
        submissions.map((s) => s.account.id),
      ),
      applyTransitions(
        tx,
        submissions.map((s, index) => ({
          at: s.now,
          request: {
            declarationId: s.declaration.id,
            action: s.action,
            actor: 'declarant' as const,
            actorAccountId: s.account.id,
            actorIin: s.signer.iin,
            officeCode: s.request.customsOffice,
            details: { seq: seqs[index]!, documentSha256: s.documentSha256.toString('hex') },
            requestId: s.facts.requestId,
            ip: s.facts.ip,
          },
        })),
      ),
      enqueueOutboxMany(
        tx,
        submissions.map((s, index) => ({
          at: s.now,
          payload: registeredMessageOf(s.declaration.id, seqs[index]!, s.declaration.document),
        })),
        registeredTopic,
      ),
      holdWhatTheyOwe(tx, ledger, submissions, seqs),
      // ACC-16, ACC-17: the preliminary information or release before the declaration a copy names is closed with its registration.
      linkOnRegistration(
        tx,
        submissions.map((s) => ({
          declaration: s.declaration,
          at: s.now,
          accountId: s.account.id,
          officeCode: s.request.customsOffice,
        })),
      ),
    ]);
    // From here to the commit the offices' counters are locked: only what needs the numbers follows.
    const nextSerial = await takeSerials(
      tx,
      submissions.filter((s) => !s.declaration.registrationNumber),
    );
    const numbered = submissions.map((s) => {
      const { customsOffice } = s.request;
      const number =
        s.declaration.registrationNumber ??
        registrationNumber(customsOffice, s.day, nextSerial.take(`${customsOffice}/${s.day}`));
      return {
        registrationNumber: number,
        declarationId: s.declaration.id,
        documentSha256: s.documentSha256.toString('hex'),
        customsOffice,
        registeredAt: s.now.toISOString(),
      };
    });
    // Signed side by side on the thread pool while the counters are held.
    const receipts = await Promise.all(
      numbered.map((facts, index) => receiptSigner.sign(receiptContent(facts), submissions[index]!.now)),
    );
    const answers: SubmissionAnswer[] = [];
    const deliveries: Parameters<typeof recordDeliveries>[1][number][] = [];
    for (const [index, s] of submissions.entries()) {
      const receiptFacts = numbered[index]!;
      const receiptCms = receipts[index]!;
      const answer: SubmissionAnswer = {
        registrationNumber: receiptFacts.registrationNumber,
        receipt: { ...receiptFacts, cms: Buffer.from(receiptCms).toString('base64') },
      };
      deliveries.push({
        row: {
          id: randomUUID(),
          declarationId: s.declaration.id,
          seq: seqs[index]!,
          registrationNumber: receiptFacts.registrationNumber,
          customsOffice: receiptFacts.customsOffice,
          signedBytes: s.payload,
          signatureCms: s.cms,
          documentSha256: s.documentSha256,
          signerIin: s.signer.iin,
          signerBin: s.signer.bin ?? null,
          certificateSerial: s.signer.serialNumber,
          submittedBy: s.account.id,
          submittedAt: s.now,
          receiptCms,
          controlReport: s.report,
        },
        answer: {
          accountId: s.account.id,
          key: s.request.idempotencyKey,
          requestSha256: s.requestSha256,
          statusCode: 200,
          response: answer,
        },
      });
      answers.push(answer);
    }
    // the commit leaves with the deliveries: a round trip less while the counters are held
    await recordDeliveries(tx, deliveries, { last: true });
    return answers;
  });
}

/** Whose advance accounts may pay for a copy, in order: its declarant's, then its filer's. */
const payersOf = (s: CheckedSubmission) =>
  s.declaration.declarantIinBin ? [s.declaration.declarantIinBin, s.account.iinBin] : [s.account.iinBin];

/**
 * Each assessed copy's assessment is kept, and what it owes is held on the declarant's advance
 * account, else on that of the representative that filed it (issue 16 point 3): all of them in a
 * fixed number of statements, before the office counters, which are held to the commit. The
 * assessments are written side by side with the holding.
 */
async function holdWhatTheyOwe(
  tx: Queryable,
  ledger: LedgerContext,
  submissions: readonly CheckedSubmission[],
  seqs: readonly number[],
): Promise<void> {
  const assessed = submissions.flatMap((s, index) => (s.assessment ? [{ s, a: s.assessment, seq: seqs[index]! }] : []));
  if (assessed.length === 0) return;
  await sideBySide([
    insertAssessments(
      tx,
      assessed[0]!.s.now,
      assessed.map(({ s, a, seq }) => ({
        declarationId: s.declaration.id,
        seq,
        assessedOn: a.day,
        owedTiyn: a.owedTiyn,
        totals: a.totals,
        failureCode: a.failure?.code ?? null,
        failureParams: a.failure?.params ?? null,
      })),
    ),
    holdOnRegistration(
      tx,
      ledger,
      assessed.map(({ s, a, seq }) => ({
        declarationId: s.declaration.id,
        seq,
        owedTiyn: a.owedTiyn ?? 0,
        payers: payersOf(s),
        actor: { accountId: s.account.id, iin: s.signer.iin, facts: s.facts },
        registeredBefore: s.declaration.registrationNumber !== null,
      })),
    ),
  ]);
}

/**
 * Serials for the submissions that need a number: one statement stepping each office-day's
 * counter by as many as it has waiting, the counters locked in one order so that two processes registering for
 * the same offices wait for each other rather than deadlock. `take` hands them out in turn.
 */
async function takeSerials(
  tx: Queryable,
  unnumbered: CheckedSubmission[],
): Promise<{ take(officeDay: string): number }> {
  const counts = new Map<string, { office: string; day: string; count: number }>();
  for (const s of unnumbered) {
    const key = `${s.request.customsOffice}/${s.day}`;
    const entry = counts.get(key) ?? { office: s.request.customsOffice, day: s.day, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const keys = [...counts.keys()].sort();
  const firsts = await takeRegistrationSerialsOfEach(
    tx,
    keys.map((key) => ({
      officeCode: counts.get(key)!.office,
      day: counts.get(key)!.day,
      count: counts.get(key)!.count,
    })),
  );
  const next = new Map(keys.map((key, index) => [key, firsts[index]!]));
  return {
    take(officeDay) {
      const serial = next.get(officeDay)!;
      next.set(officeDay, serial + 1);
      return serial;
    },
  };
}
