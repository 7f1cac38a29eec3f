import type { Signer } from '@shekara/nca';
import type { Queryable } from '../../platform/db/database.ts';
import type { Account } from './account-repository.ts';
import { activeCertificates, bindCertificate } from './certificate-repository.ts';
import type { AccountsContext, RequestFacts } from './context.ts';
import { AccountErrors } from './errors.ts';
import { auditOwnChange } from './own-change-audit.ts';
import { proveSession } from './session-repository.ts';
import { newToken, tokenHash } from './sessions.ts';
import { certificateFacts, proveByChallenge, subjectNumber } from './signed-proof.ts';

/**
 * The two levels of entry (AST-1, ACC-6, ACC-9): a password opens the external part of the
 * cabinet; the internal module needs the account's activated NCA signature. These are the rules
 * of "activated": an account with bound certificates is proven only by one of them; an account
 * without one (made from a paper request, or a Web-declarant login) activates the first
 * certificate that speaks for its IIN/BIN and proves itself with it (AST-3).
 */

/** Whether a certificate speaks for the account: its holder's IIN, or its organisation's BIN. */
export function speaksFor(signer: Signer, account: Pick<Account, 'iinBin'>): boolean {
  return subjectNumber(signer) === account.iinBin || signer.iin === account.iinBin;
}

export interface AccountSignature {
  signer: Signer;
  /** the certificate was activated by this proof: the account had none */
  activated: boolean;
}

/**
 * Proves, in `tx`, that the caller holds the account's activated signature: a CMS over a live
 * challenge (burnt here) by a bound certificate, or, when the account has none yet, by one that
 * speaks for it, which is then bound and audited as its activation.
 */
export async function proveAccountSignature(
  tx: Queryable,
  ctx: AccountsContext,
  account: Account,
  signature: string,
  facts: RequestFacts,
): Promise<AccountSignature> {
  const proof = await proveByChallenge(tx, ctx, signature);
  if (!proof.ok) throw proof.error;
  const signer = proof.signer;
  const bound = await activeCertificates(tx, account.id);
  if (bound.length > 0) {
    if (!bound.some((c) => c.issuer === signer.issuer && c.serialNumber === signer.serialNumber))
      throw AccountErrors.AUTH_CERTIFICATE_NOT_BOUND();
    return { signer, activated: false };
  }
  await activateFirstCertificate(tx, ctx.clock.now(), account, signer, facts, 'password_and_signature');
  return { signer, activated: true };
}

/**
 * Binds `signer`'s certificate as the first of an account that had none (AST-3), when it speaks
 * for the account; the refusal names the mismatch. Audited as the account's own change.
 */
export async function activateFirstCertificate(
  tx: Queryable,
  at: Date,
  account: Account,
  signer: Signer,
  facts: Pick<RequestFacts, 'ip' | 'requestId'>,
  how: 'signature_login' | 'password_and_signature',
): Promise<void> {
  if (!speaksFor(signer, account))
    throw AccountErrors.REG_CERT_SUBJECT_MISMATCH({ certificate: subjectNumber(signer), given: account.iinBin });
  const certificate = certificateFacts(signer);
  await bindCertificate(tx, account.id, certificate, at);
  await auditOwnChange(
    tx,
    at,
    account,
    facts,
    'account.certificate.activate',
    {
      serialNumber: certificate.serialNumber,
      issuer: certificate.issuer,
      algorithm: certificate.algorithm,
      notAfter: certificate.notAfter.toISOString(),
      how,
    },
    signer.iin,
  );
}

export interface ProvenSession {
  token: string;
  csrfToken: string;
  signer: Signer;
  activated: boolean;
}

/**
 * Raises the caller's password session to the signature level (ACC-6): the account's activated
 * certificate signs a fresh challenge; the session keeps the signer and gets new tokens. One
 * transaction with its audit record; a refusal changes nothing.
 */
export async function proveSessionBySignature(
  ctx: AccountsContext,
  account: Account,
  sessionId: string,
  signature: string,
  facts: RequestFacts,
): Promise<ProvenSession> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const { signer, activated } = await proveAccountSignature(tx, ctx, account, signature, facts);
    const token = newToken();
    const csrfToken = newToken();
    const raised = await proveSession(
      tx,
      sessionId,
      { signerIin: signer.iin, certificateSerial: signer.serialNumber, tokenSha256: tokenHash(token), csrfToken },
      now,
    );
    if (!raised) throw AccountErrors.AUTH_REQUIRED();
    await auditOwnChange(
      tx,
      now,
      account,
      facts,
      'auth.session.prove',
      { sessionId, certificate: signer.serialNumber, activated },
      signer.iin,
    );
    return { token, csrfToken, signer, activated };
  });
}
