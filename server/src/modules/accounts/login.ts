import { parseSignedData, type Signer } from '@shekara/nca';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { enqueueMailTo } from '../../platform/mail/mail.ts';
import { challengeBytes, consumeChallenge, SignatureErrors } from '../signature/index.ts';
import { accessRefusal } from './access-rules.ts';
import {
  type Account,
  accountsByIdentity,
  activeAccountsOfSubject,
  findAccount,
  findAccountByLogin,
  setAccountLanguage,
} from './account-repository.ts';
import { activeCertificates } from './certificate-repository.ts';
import type { AccountsContext, RequestFacts } from './context.ts';
import { AccountErrors } from './errors.ts';
import { offerRelease, WorkplacesHeld } from './held-sessions.ts';
import { clearFailures, type LockoutPolicy, lockedUntil, passwordSubjects, recordFailure } from './lockout.ts';
import { throttledMail } from './mail-texts.ts';
import { decoyPasswordHash, verifyPassword } from './passwords.ts';
import { type StartedSession, startSession } from './sessions.ts';
import { activateFirstCertificate, proveAccountSignature } from './signature-level.ts';
import { enteredThrough, findWorkplaceLogin, type WorkplaceLogin } from './workplace-login-repository.ts';

export interface LoggedIn {
  account: Account;
  session: StartedSession;
}

export interface SignatureLogin {
  /** base64 CMS over a fresh challenge nonce, by an NCA authentication key */
  signature: string;
  /** which account, when the certificate opens several (AUTH_ACCOUNT_CHOICE_REQUIRED lists them) */
  accountId?: string;
}

export interface PasswordLogin {
  login: string;
  password: string;
  /** a CMS over a fresh challenge by the account's activated certificate: the session then reaches the internal module */
  signature?: string;
  /** which account, when the IIN/BIN or e-mail given as login opens several with this password */
  accountId?: string;
}

type Attempt = { facts: RequestFacts; workplace: string };

/** A subject failures are counted under, and how many it allows. */
type Counted = { subject: string; policy: LockoutPolicy };

/**
 * Log-in with the NCA signature (ACC-6): the certificate's IIN, or its organisation's BIN, names
 * the accounts it may open. The nonce is burnt only when the log-in succeeds, so a user asked to
 * choose an account resends the same signature with `accountId`.
 */
export async function logInBySignature(
  ctx: AccountsContext,
  input: SignatureLogin,
  attempt: Attempt,
): Promise<LoggedIn> {
  const now = ctx.clock.now();
  const cms = Buffer.from(input.signature, 'base64');
  let content: Uint8Array | null | undefined;
  try {
    content = parseSignedData(cms).content;
  } catch {
    content = undefined;
  }
  if (content === null || (content !== undefined && content.length !== challengeBytes)) {
    return refuse(ctx, attempt, 'signature', SignatureErrors.AUTH_CHALLENGE_INVALID());
  }
  const verification = await ctx.verifier.verifyCms(cms, { purpose: 'auth' });
  const signer = verification.signer;
  if (!verification.valid || !content)
    return refuse(ctx, attempt, 'signature', SignatureErrors[verification.code ?? 'SIG_MALFORMED'](), { signer });

  // Not counted towards any pause (issue 14 point 4): a valid signature is not a guess, and its
  // holder must always get in, whatever someone else typed as the account's password.
  try {
    return await ctx.db.transaction(async (tx) => {
      const candidates = await activeAccountsOfSubject(
        tx,
        signer!.iin,
        signer!.roles.includes('legal_entity') ? signer!.bin : undefined,
      );
      if (candidates.length === 0) throw AccountErrors.AUTH_NO_ACCOUNT();
      const chosen = input.accountId
        ? candidates.find((a) => a.id === input.accountId)
        : candidates.length === 1
          ? candidates[0]
          : undefined;
      if (!chosen) {
        throw accountChoiceRequired(candidates);
      }
      const burnt = await consumeChallenge(tx, ctx.clock, content!);
      if (!burnt.ok) throw SignatureErrors.AUTH_CHALLENGE_INVALID();
      return admit(tx, ctx, chosen.id, attempt, { method: 'signature', signer: signer!, cleared: [] }, now);
    });
  } catch (error) {
    if (error instanceof WorkplacesHeld)
      return refuse(ctx, attempt, 'signature', await offerRelease(ctx, error, attempt.workplace, 'signature'), {
        signer,
        account: error.account,
      });
    if (error instanceof AppError) return refuse(ctx, attempt, 'signature', error, { signer });
    throw error;
  }
}

/**
 * Log-in with a login and password issued by a territorial body (AST-7, WD-20) or chosen at
 * registration (REG-7). The password alone opens the external part of the cabinet; with
 * `signature` by the account's activated certificate the session reaches the internal module
 * too (AST-1: login, password and ЭЦП).
 */
export async function logInByPassword(ctx: AccountsContext, input: PasswordLogin, attempt: Attempt): Promise<LoggedIn> {
  const now = ctx.clock.now();
  const login = input.login.trim().toLowerCase();
  const { fromAddress, fromAnywhere } = passwordSubjects(login, attempt.facts.ip, ctx.lockout);
  await refuseWhileLocked(ctx, attempt, 'password', fromAddress.subject);
  // Guesses from many addresses pause the password alone, never the holder of the account's signature.
  if (!input.signature) await refuseWhileLocked(ctx, attempt, 'password', fromAnywhere.subject);
  let found: Opened;
  try {
    found = await accountOfPassword(ctx, login, input);
  } catch (error) {
    if (error instanceof AppError) return refuse(ctx, attempt, 'password', error);
    throw error;
  }
  const { account, matches, through } = found;
  if (!account || !matches)
    return refuse(ctx, attempt, 'password', AccountErrors.AUTH_INVALID_CREDENTIALS(), {
      counted: [fromAddress, fromAnywhere],
      account: account ?? undefined,
    });

  try {
    return await ctx.db.transaction(async (tx) => {
      // Without a signature the session opens the external part of the cabinet only (AST-1, ACC-6).
      const signer = input.signature
        ? (await proveAccountSignature(tx, ctx, account, input.signature, attempt.facts)).signer
        : undefined;
      // Read again under lock: two first uses of one login from two workplaces bind it once.
      const login = through
        ? ((await findWorkplaceLogin(tx, { id: through.id }, 'for update')) ?? undefined)
        : undefined;
      return admit(
        tx,
        ctx,
        account.id,
        attempt,
        { method: 'password', signer, through: login, cleared: [fromAddress.subject] },
        now,
      );
    });
  } catch (error) {
    // The password was right and the account may be entered by it: its holder may end a session.
    if (error instanceof WorkplacesHeld)
      return refuse(ctx, attempt, 'password', await offerRelease(ctx, error, attempt.workplace, 'password'), {
        account,
      });
    // A right password with a wrong certificate is not a guess: it does not count towards the lock.
    if (error instanceof AppError) return refuse(ctx, attempt, 'password', error, { account });
    throw error;
  }
}

/** What a login and password open: the account, whether the password is its, and the Web-declarant login it came through. */
interface Opened {
  account: Account | null;
  matches: boolean;
  through?: WorkplaceLogin;
}

/**
 * The account a login and password open: the one holding that login (issued by a body), the one
 * a Web-declarant login belongs to (WD-20), or the self-registered account the IIN/BIN or e-mail
 * names whose password this is (REG-7). When one number names several accounts with that
 * password, the caller says which (`accountId`). An unknown login costs as much as a wrong
 * password, and reads the same.
 */
async function accountOfPassword(ctx: AccountsContext, login: string, input: PasswordLogin): Promise<Opened> {
  const byLogin = await findAccountByLogin(ctx.db, login);
  if (byLogin)
    return {
      account: byLogin,
      matches: await verifyPassword(byLogin.passwordHash ?? decoyPasswordHash, input.password),
    };
  const workplaceLogin = await findWorkplaceLogin(ctx.db, { login });
  if (workplaceLogin)
    return {
      account: await findAccount(ctx.db, workplaceLogin.accountId),
      matches: await verifyPassword(workplaceLogin.passwordHash, input.password),
      through: workplaceLogin,
    };
  const named = (await accountsByIdentity(ctx.db, login)).filter((a) => !input.accountId || a.id === input.accountId);
  if (named.length === 0) return { account: null, matches: await verifyPassword(decoyPasswordHash, input.password) };
  const opened: Account[] = [];
  for (const candidate of named)
    if (await verifyPassword(candidate.passwordHash!, input.password)) opened.push(candidate);
  if (opened.length > 1) throw accountChoiceRequired(opened);
  return { account: opened[0] ?? named[0]!, matches: opened.length === 1 };
}

async function admit(
  tx: Queryable,
  ctx: AccountsContext,
  accountId: string,
  attempt: Attempt,
  how: { method: 'signature' | 'password'; signer?: Signer; through?: WorkplaceLogin; cleared: readonly string[] },
  now: Date,
): Promise<LoggedIn> {
  // Locked so that concurrent log-ins of one account take seats one at a time.
  const account = await findAccount(tx, accountId, { forUpdate: true });
  if (account?.status !== 'active') throw AccountErrors.AUTH_NO_ACCOUNT();
  const refusal = accessRefusal(account);
  if (refusal) throw refusal;
  // A signature log-in to an account that has no certificate yet activates this one (AST-3).
  if (
    how.method === 'signature' &&
    how.signer &&
    account.kind === 'user' &&
    (await activeCertificates(tx, account.id)).length === 0
  )
    await activateFirstCertificate(tx, now, account, how.signer, attempt.facts, 'signature_login');
  const session = await startSession(
    tx,
    account,
    {
      workplace: attempt.workplace,
      method: how.method,
      signerIin: how.signer?.iin ?? null,
      certificateSerial: how.signer?.serialNumber ?? null,
      through: how.through,
      ip: attempt.facts.ip,
      userAgent: attempt.facts.userAgent,
    },
    ctx.sessions,
    now,
  ).catch((error: unknown) => {
    // Every workplace is held: the holder, proven by now, is offered to end one (issue 19 point 4).
    if (error instanceof AppError && error.code === 'AUTH_WORKPLACE_LIMIT') throw new WorkplacesHeld(account, error);
    throw error;
  });
  if (how.cleared.length > 0) await clearFailures(tx, how.cleared);
  await setAccountLanguage(tx, account.id, attempt.facts.language);
  await recordAudit(tx, now, {
    action: 'auth.login',
    outcome: 'success',
    actorAccountId: account.id,
    actorIin: how.signer?.iin ?? null,
    subjectType: 'account',
    subjectId: account.id,
    bodyCode: account.registeringBodyCode,
    ip: attempt.facts.ip,
    requestId: attempt.facts.requestId,
    details: {
      method: how.method,
      sessionId: session.id,
      replacedSessions: session.replaced,
      certificate: how.signer?.serialNumber,
      login: how.through?.login,
    },
  });
  return { account: how.through ? enteredThrough(account, how.through) : account, session };
}

async function refuseWhileLocked(
  ctx: AccountsContext,
  attempt: Attempt,
  method: string,
  subject: string,
): Promise<void> {
  const now = ctx.clock.now();
  const until = await lockedUntil(ctx.db, subject, now);
  if (!until) return;
  const error = AccountErrors.AUTH_LOCKED({
    minutes: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000)),
  });
  await refuse(ctx, attempt, method, error);
}

/**
 * Writes the refusal to the audit log and counts it under each subject that can be guessed at;
 * then throws the refusal, or AUTH_LOCKED when this failure paused a subject — and then tells the
 * account's owner by e-mail, in the same transaction, so a pause never goes unnoticed.
 */
async function refuse(
  ctx: AccountsContext,
  attempt: Attempt,
  method: string,
  error: AppError,
  about: { signer?: Signer; counted?: readonly Counted[]; account?: Account } = {},
): Promise<never> {
  const now = ctx.clock.now();
  const { signer, account } = about;
  const counts =
    error.code !== 'AUTH_ACCOUNT_CHOICE_REQUIRED' &&
    error.code !== 'AUTH_LOCKED' &&
    error.code !== 'AUTH_WORKPLACE_LIMIT';
  const lockedNow = await ctx.db.transaction(async (tx) => {
    await recordAudit(tx, now, {
      action: 'auth.login',
      outcome: 'refused',
      code: error.code,
      actorAccountId: account?.id ?? null,
      actorIin: signer?.iin ?? null,
      subjectType: account ? 'account' : undefined,
      subjectId: account?.id,
      ip: attempt.facts.ip,
      requestId: attempt.facts.requestId,
      details: { method, ...(signer ? { certificate: signer.serialNumber } : {}) },
    });
    if (!counts) return null;
    let paused: Date | null = null;
    for (const { subject, policy } of about.counted ?? []) {
      paused = (await recordFailure(tx, subject, policy, now)) ?? paused;
    }
    if (paused && account?.email) {
      const mail = throttledMail(account.language, { ip: attempt.facts.ip, minutes: ctx.lockout.lockMinutes, at: now });
      await enqueueMailTo(tx, now, account.email, 'auth.throttled', { ...mail, language: account.language });
    }
    return paused;
  });
  if (lockedNow) throw AccountErrors.AUTH_LOCKED({ minutes: ctx.lockout.lockMinutes });
  throw error;
}

/** AUTH_ACCOUNT_CHOICE_REQUIRED with the accounts to choose from, whichever way the caller proved itself. */
function accountChoiceRequired(accounts: readonly Account[]): AppError {
  return AccountErrors.AUTH_ACCOUNT_CHOICE_REQUIRED(
    {},
    {
      details: {
        accounts: accounts.map((a) => ({
          accountId: a.id,
          kind: a.kind,
          userType: a.userType,
          iinBin: a.iinBin,
          organisation: a.organisation,
        })),
      },
    },
  );
}
