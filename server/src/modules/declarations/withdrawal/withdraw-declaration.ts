import { randomUUID } from 'node:crypto';
import { declarationStatusNames, nextStatus } from '@shekara/contracts/declarations/status';
import type { Signer } from '@shekara/nca';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Account, RequestFacts } from '../../accounts/index.ts';
import { returnOnClosing } from '../../payments/index.ts';
import { almatyDate } from '../../reference/index.ts';
import { SignatureErrors } from '../../signature/index.ts';
import { assertMaySubmitAll } from '../../web-declarant-access/index.ts';
import type { DeclarationsContext } from '../context.ts';
import type { StoredDeclaration } from '../declaration-repository.ts';
import { mayEdit, readableDeclaration } from '../drafts/access.ts';
import { DraftErrors } from '../drafts/errors.ts';
import { latestSubmissionSeqAndHash } from '../officer/officer-repository.ts';
import { representedDeclarants } from '../representation/repository.ts';
import { applyTransition } from '../status/transition.ts';
import { verifySignedCopy } from '../submission/signed-copy.ts';
import { WithdrawalErrors } from './errors.ts';
import { enqueueWithdrawalNotice } from './withdrawal-notice.ts';
import { type WithdrawalFacts, withdrawalPayload } from './withdrawal-payload.ts';
import { insertWithdrawal } from './withdrawal-repository.ts';

type Ctx = Pick<DeclarationsContext, 'db' | 'clock' | 'verifier' | 'publicUrl' | 'notifyOutbox'>;

type Withdrawable = StoredDeclaration & { registrationNumber: string; customsOffice: string };

/**
 * The declaration the account's organisation may withdraw: the one it filed, as it filed it (a
 * customs representative withdraws what it filed in the declarant's name; the declarant it names
 * reads it only, drafts/access.ts); another's reads as absent. Only before release: the
 * status model allows `withdraw` from registered, in processing and correction requested; after
 * release the information is changed by a correction (КДТ), which the refusal says.
 */
async function withdrawableDeclaration(
  db: Queryable,
  account: Account,
  declarationId: string,
  options: { lock?: boolean } = {},
): Promise<Withdrawable> {
  const declaration = await readableDeclaration(db, declarationId, account, options);
  if (!mayEdit(declaration, account)) throw DraftErrors.DECL_READ_ONLY();
  const { status, registrationNumber, customsOffice } = declaration;
  if (nextStatus(status, 'withdraw', 'declarant', declaration.kind) === null || !registrationNumber || !customsOffice) {
    if (status === 'released' || status === 'conditionally_released')
      throw WithdrawalErrors.DECL_WITHDRAWAL_AFTER_RELEASE({ status: declarationStatusNames[status] });
    throw WithdrawalErrors.DECL_WITHDRAWAL_NOT_REGISTERED({ status: declarationStatusNames[status] });
  }
  return { ...declaration, registrationNumber, customsOffice };
}

async function registeredCopySha256(db: Queryable, declarationId: string): Promise<string> {
  const latest = await latestSubmissionSeqAndHash(db, declarationId);
  return latest ? Buffer.from(latest.documentSha256).toString('hex') : '';
}

/** The withdrawal's facts as they stand now: what the declarant signs (withdrawal-payload) and the server checks. */
export async function withdrawalFactsNow(
  db: Queryable,
  account: Account,
  declarationId: string,
  reasonGiven: string,
): Promise<WithdrawalFacts & { declaration: Withdrawable }> {
  const reason = reasonGiven.trim();
  if (reason.length === 0) throw WithdrawalErrors.DECL_WITHDRAWAL_REASON_REQUIRED();
  const declaration = await withdrawableDeclaration(db, account, declarationId);
  return {
    declaration,
    registrationNumber: declaration.registrationNumber,
    documentSha256: await registeredCopySha256(db, declaration.id),
    reason,
  };
}

/**
 * Who may sign a withdrawal: whoever may sign the declaration (the identity rule of control) —
 * the declarant itself, by its IIN or under its BIN, or its customs representative that day.
 */
async function assertSignerActsFor(db: Queryable, signer: Signer, declarant: string, day: string): Promise<void> {
  if (signer.iin === declarant || signer.bin === declarant) return;
  if (signer.bin && (await representedDeclarants(db, signer.bin, day)).includes(declarant)) return;
  throw WithdrawalErrors.DECL_WITHDRAWAL_SIGNER_NOT_DECLARANT({
    declarant,
    signer: [signer.iin, signer.bin].filter(Boolean).join(' / ') || '—',
  });
}

/**
 * Withdrawal of a registered declaration at the declarant's request (EAEU Customs Code art. 113),
 * signed with the declarant's NCA signing key over the withdrawal's canonical bytes, as the
 * declaration itself was. In one transaction: the status changes to withdrawn by the status model
 * (timeline, audit), the signed request is kept, and the author is told by e-mail; the officer's
 * inbox shows the declaration withdrawn and no decision can follow. A refused attempt is audited
 * with its code.
 */
export async function withdrawDeclaration(
  ctx: Ctx,
  account: Account,
  declarationId: string,
  input: { reason: string; signature: string },
  facts: RequestFacts,
): Promise<{ status: 'withdrawn'; registrationNumber: string; withdrawnAt: Date }> {
  let registrationNumber: string | undefined;
  try {
    const { declaration, ...withdrawal } = await withdrawalFactsNow(ctx.db, account, declarationId, input.reason);
    registrationNumber = declaration.registrationNumber;
    const payload = withdrawalPayload(withdrawal);
    const cms = Buffer.from(input.signature, 'base64');
    const signer = await verifySignedCopy(ctx.verifier, cms, payload);
    const now = ctx.clock.now();
    await assertSignerActsFor(ctx.db, signer, declaration.declarantIinBin ?? declaration.ownerIinBin, almatyDate(now));

    const withdrawalId = randomUUID();
    await ctx.db.transaction(async (tx) => {
      // WD-28: a measure on the account's access taken a moment ago refuses the request.
      await assertMaySubmitAll(tx, [account.id]);
      const current = await withdrawableDeclaration(tx, account, declarationId, { lock: true });
      // a corrected copy delivered since the signature: it is not the copy signed for
      if ((await registeredCopySha256(tx, current.id)) !== withdrawal.documentSha256)
        throw SignatureErrors.SIG_CONTENT_MISMATCH();
      await applyTransition(tx, now, {
        declarationId: current.id,
        action: 'withdraw',
        actor: 'declarant',
        actorAccountId: account.id,
        actorIin: signer.iin,
        officeCode: current.customsOffice,
        details: {
          withdrawalId,
          registrationNumber: current.registrationNumber,
          documentSha256: withdrawal.documentSha256,
          reason: withdrawal.reason,
        },
        requestId: facts.requestId,
        ip: facts.ip,
      });
      // what was held for the declaration returns to the payer's available money (issue 16 point 3)
      await returnOnClosing(
        tx,
        { db: ctx.db, clock: ctx.clock, publicUrl: ctx.publicUrl },
        { declarationId: current.id },
        { accountId: account.id, iin: signer.iin, facts },
      );
      await insertWithdrawal(tx, {
        id: withdrawalId,
        declarationId: current.id,
        registrationNumber: current.registrationNumber,
        documentSha256: Buffer.from(withdrawal.documentSha256, 'hex'),
        reason: withdrawal.reason,
        signedBytes: payload,
        signatureCms: cms,
        signerIin: signer.iin,
        signerBin: signer.bin ?? null,
        certificateSerial: signer.serialNumber,
        withdrawnBy: account.id,
        withdrawnAt: now,
      });
      await enqueueWithdrawalNotice(tx, now, {
        authorAccountId: current.authorAccountId,
        declarationId: current.id,
        registrationNumber: current.registrationNumber,
        reason: withdrawal.reason,
        publicUrl: ctx.publicUrl,
      });
    });
    ctx.notifyOutbox();
    return { status: 'withdrawn', registrationNumber: declaration.registrationNumber, withdrawnAt: now };
  } catch (error) {
    if (error instanceof AppError) {
      await recordAudit(ctx.db, ctx.clock.now(), {
        action: 'declaration.withdraw',
        outcome: 'refused',
        code: error.code,
        // no actor IIN: the account's number may be its organisation's BIN, and the signer may not be known
        actorAccountId: account.id,
        subjectType: 'declaration',
        subjectId: declarationId,
        requestId: facts.requestId,
        ip: facts.ip,
        details: registrationNumber ? { registrationNumber } : {},
      });
    }
    throw error;
  }
}
