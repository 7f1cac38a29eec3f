import { recordAudit } from '../../platform/audit/audit-log.ts';
import { enqueueMailTo } from '../../platform/mail/mail.ts';
import { type Account, type ContactChange, findAccount, setPassword, updateContact } from './account-repository.ts';
import { bindCertificate } from './certificate-repository.ts';
import type { AccountsContext, RequestFacts } from './context.ts';
import { AccountErrors } from './errors.ts';
import { contactChangedMail } from './mail-texts.ts';
import { auditOwnChange } from './own-change-audit.ts';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import { validEmail } from './registration.ts';
import { endSession, endSessionsOf, liveSessionsOf, proveSession, type SessionRow } from './session-repository.ts';
import { newToken, tokenHash } from './sessions.ts';
import { speaksFor } from './signature-level.ts';
import { certificateFacts, proveByChallenge, subjectNumber } from './signed-proof.ts';
import { findWorkplaceLogin, setWorkplaceLoginPassword } from './workplace-login-repository.ts';

/**
 * What a user changes about their own account (ACC-23, AST-8). Every change is written to the
 * audit log with the registering body's code, so that body sees it.
 */
export async function changeContact(
  ctx: AccountsContext,
  account: Account,
  change: ContactChange,
  facts: RequestFacts,
): Promise<void> {
  if (change.email !== undefined && !validEmail(change.email)) throw AccountErrors.REG_EMAIL_INVALID();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await updateContact(tx, account.id, change, now);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const field of ['email', 'phone', 'postalAddress'] as const) {
      if (field in change && change[field] !== account[field]) {
        before[field] = account[field];
        after[field] = change[field];
      }
    }
    // An account made from a paper request may have had no address to tell.
    if (change.email !== undefined && change.email !== account.email && account.email !== '') {
      // The old address hears of the change, so a taken-over session cannot quietly redirect mail.
      const mail = contactChangedMail(facts.language, change.email);
      await enqueueMailTo(tx, now, account.email, 'account.contact_changed', { ...mail, language: facts.language });
    }
    await auditOwnChange(tx, now, account, facts, 'account.contact.change', { before, after });
  });
}

/**
 * Changing the password: the current one is needed, the new one passes the policy; a one-time
 * password issued by a territorial body must be changed this way before anything else (AST-3).
 * Every other session of the account ends; a Web-declarant login's password is that login's own,
 * and its one workplace holds its one session.
 */
export async function changePassword(
  ctx: AccountsContext,
  account: Account,
  session: Pick<SessionRow, 'id' | 'loginId'>,
  input: { currentPassword: string; newPassword: string },
  facts: RequestFacts,
): Promise<void> {
  // A session through a Web-declarant login changes that login's password, not the account's (WD-21).
  const through = session.loginId ? await findWorkplaceLogin(ctx.db, { id: session.loginId }) : null;
  const currentHash = through ? through.passwordHash : account.passwordHash;
  if (!currentHash || !(await verifyPassword(currentHash, input.currentPassword)))
    throw AccountErrors.AUTH_INVALID_CREDENTIALS();
  const problem = passwordProblem(input.newPassword, {
    iinBin: account.iinBin,
    email: account.email,
    login: account.login ?? undefined,
  });
  if (problem) throw AccountErrors.REG_PASSWORD_WEAK({}, { details: { problem } });
  if (input.newPassword === input.currentPassword)
    throw AccountErrors.REG_PASSWORD_WEAK({}, { details: { problem: 'unchanged' } });
  const passwordHash = await hashPassword(input.newPassword);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    let ended = 0;
    if (through) await setWorkplaceLoginPassword(tx, through.id, passwordHash);
    else {
      await setPassword(tx, account.id, passwordHash, false, now);
      ended = await endSessionsOf(tx, account.id, 'password_changed', now, session.id);
    }
    await auditOwnChange(tx, now, account, facts, 'account.password.change', {
      oneTime: account.mustChangePassword,
      otherSessionsEnded: ended,
      ...(through && { login: through.login }),
    });
  });
}

/**
 * Binding a certificate from the cabinet: a reissued one (AST-8), or the first of an account made
 * from a paper request or a Web-declarant login, which activates it (AST-3). Proved by signing a
 * fresh challenge with it while logged in; it must speak for the account's IIN/BIN. The previous
 * active certificate becomes 'replaced', and the session, just proven by the account's activated
 * signature, reaches the internal module from now on, with new tokens (ACC-6).
 */
export async function bindNewCertificate(
  ctx: AccountsContext,
  account: Account,
  sessionId: string,
  signature: string,
  facts: RequestFacts,
) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const proof = await proveByChallenge(tx, ctx, signature);
    if (!proof.ok) throw proof.error;
    if (!speaksFor(proof.signer, account)) {
      throw AccountErrors.REG_CERT_SUBJECT_MISMATCH({
        certificate: subjectNumber(proof.signer),
        given: account.iinBin,
      });
    }
    const facts_ = certificateFacts(proof.signer);
    const { replaced } = await bindCertificate(tx, account.id, facts_, now);
    const token = newToken();
    const csrfToken = newToken();
    await proveSession(
      tx,
      sessionId,
      { signerIin: proof.signer.iin, certificateSerial: facts_.serialNumber, tokenSha256: tokenHash(token), csrfToken },
      now,
    );
    await auditOwnChange(
      tx,
      now,
      account,
      facts,
      'account.certificate.bind',
      {
        serialNumber: facts_.serialNumber,
        issuer: facts_.issuer,
        algorithm: facts_.algorithm,
        notAfter: facts_.notAfter.toISOString(),
        replaced,
        sessionId,
      },
      proof.signer.iin,
    );
    return {
      serialNumber: facts_.serialNumber,
      commonName: facts_.commonName,
      notAfter: facts_.notAfter,
      replaced,
      session: { token, csrfToken },
    };
  });
}

/** Ends one live session of `accountId`; `by` says who (the user themselves, or an officer). */
export async function endAccountSession(
  ctx: AccountsContext,
  accountId: string,
  sessionId: string,
  by: { account: Account; as: 'user' | 'officer' },
  facts: RequestFacts,
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const live = await liveSessionsOf(tx, accountId, now);
    if (!live.some((s) => s.id === sessionId)) throw AccountErrors.SESSION_NOT_FOUND();
    await endSession(tx, sessionId, by.as === 'user' ? 'ended_by_user' : 'ended_by_officer', now);
    const target = by.as === 'user' ? by.account : await findAccount(tx, accountId);
    await recordAudit(tx, now, {
      action: 'auth.session.end',
      outcome: 'success',
      actorAccountId: by.account.id,
      subjectType: 'account',
      subjectId: accountId,
      bodyCode: target?.registeringBodyCode ?? null,
      ip: facts.ip,
      requestId: facts.requestId,
      details: { sessionId, by: by.as },
    });
  });
}
