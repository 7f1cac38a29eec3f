import type { Queryable } from '../../platform/db/database.ts';
import { type Account, accountColumns, accountFromRow } from './account-repository.ts';
import { enteredThrough } from './workplace-login-repository.ts';

export type SessionEndReason =
  | 'logout'
  | 'replaced'
  | 'ended_by_user'
  | 'ended_by_officer'
  | 'access_withdrawn'
  | 'password_changed'
  | 'login_released';

export type SessionLevel = 'password' | 'signature';

export interface SessionRow {
  id: string;
  accountId: string;
  workplace: string;
  csrfToken: string;
  method: 'signature' | 'password';
  /**
   * How far the session reaches (ACC-6, AST-1): 'signature' once proven with the account's
   * activated NCA signature — at log-in, or later over a challenge — and 'password' before.
   */
  level: SessionLevel;
  signerIin: string | null;
  /** the Web-declarant login a password session came through (WD-21) */
  loginId: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

const sessionColumns = (alias: string) =>
  `${alias}.id, ${alias}.account_id as "accountId", ${alias}.workplace, ${alias}.csrf_token as "csrfToken", ${alias}.method,
  case when ${alias}.certificate_serial is null then 'password' else 'signature' end as level,
  ${alias}.signer_iin as "signerIin", ${alias}.login_id as "loginId", ${alias}.created_at as "createdAt", ${alias}.last_seen_at as "lastSeenAt",
  ${alias}.idle_expires_at as "idleExpiresAt", ${alias}.absolute_expires_at as "absoluteExpiresAt", ${alias}.ip, ${alias}.user_agent as "userAgent"`;
const columns = sessionColumns('sessions');

export interface NewSession {
  id: string;
  tokenSha256: Buffer;
  accountId: string;
  workplace: string;
  csrfToken: string;
  method: 'signature' | 'password';
  signerIin: string | null;
  certificateSerial: string | null;
  loginId: string | null;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export async function insertSession(db: Queryable, session: NewSession, at: Date): Promise<void> {
  await db.query(
    `insert into sessions (id, token_sha256, account_id, workplace, csrf_token, method, signer_iin, certificate_serial,
       created_at, last_seen_at, idle_expires_at, absolute_expires_at, ip, user_agent, login_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10, $11, $12, $13, $14)`,
    [
      session.id,
      session.tokenSha256,
      session.accountId,
      session.workplace,
      session.csrfToken,
      session.method,
      session.signerIin,
      session.certificateSerial,
      at,
      session.idleExpiresAt,
      session.absoluteExpiresAt,
      session.ip,
      session.userAgent?.slice(0, 500) ?? null,
      session.loginId,
    ],
  );
}

/**
 * A live session by its cookie token together with its account, in one statement: every
 * authenticated request asks for both (the account is null if it no longer exists). A session
 * that came through a Web-declarant login sees the account as that login holds it: its login
 * name, and whether its one-time password is still to be changed (WD-21).
 */
export async function findLiveSessionWithAccount(
  db: Queryable,
  tokenSha256: Buffer,
  at: Date,
): Promise<{ session: SessionRow; account: Account | null } | null> {
  const { rows } = await db.query<Record<string, unknown>>(
    `select ${sessionColumns('s')}, ${accountColumns('a', 'account.')},
            l.login as "through.login", l.must_change_password as "through.mustChangePassword"
       from sessions s left join accounts a on a.id = s.account_id left join workplace_logins l on l.id = s.login_id
      where s.token_sha256 = $1 and s.ended_at is null and s.idle_expires_at > $2 and s.absolute_expires_at > $2`,
    [tokenSha256, at],
    { prepare: true },
  );
  const row = rows[0];
  if (!row) return null;
  const session = Object.fromEntries(
    Object.entries(row).filter(([key]) => !key.startsWith('account.') && !key.startsWith('through.')),
  ) as unknown as SessionRow;
  const account = accountFromRow(row, 'account.');
  const through = session.loginId
    ? { login: row['through.login'] as string, mustChangePassword: row['through.mustChangePassword'] as boolean }
    : null;
  return { session, account: account && through ? enteredThrough(account, through) : account };
}

export async function liveSessionsOf(db: Queryable, accountId: string, at: Date): Promise<SessionRow[]> {
  const { rows } = await db.query<SessionRow>(
    `select ${columns} from sessions
      where account_id = $1 and ended_at is null and idle_expires_at > $2 and absolute_expires_at > $2
      order by created_at`,
    [accountId, at],
  );
  return rows;
}

/**
 * Raises a password session to the signature level (ACC-6): the signer and its certificate are
 * kept, and the token and CSRF token are replaced, since the session now reaches further than
 * the one that may have been watched.
 */
export async function proveSession(
  db: Queryable,
  id: string,
  proof: { signerIin: string; certificateSerial: string; tokenSha256: Buffer; csrfToken: string },
  at: Date,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `update sessions set signer_iin = $2, certificate_serial = $3, token_sha256 = $4, csrf_token = $5, last_seen_at = $6
      where id = $1 and ended_at is null`,
    [id, proof.signerIin, proof.certificateSerial, proof.tokenSha256, proof.csrfToken, at],
  );
  return rowCount > 0;
}

/** Extends the idle timeout, never past the absolute one. */
export async function touchSession(db: Queryable, id: string, at: Date, idleExpiresAt: Date): Promise<void> {
  await db.query(
    `update sessions set last_seen_at = $2, idle_expires_at = least($3, absolute_expires_at) where id = $1`,
    [id, at, idleExpiresAt],
  );
}

export async function endSession(db: Queryable, id: string, reason: SessionEndReason, at: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    `update sessions set ended_at = $2, end_reason = $3 where id = $1 and ended_at is null`,
    [id, at, reason],
  );
  return rowCount > 0;
}

/** Ends the live sessions that came through a Web-declarant login (its binding was released). */
export async function endSessionsOfLogin(db: Queryable, loginId: string, reason: SessionEndReason, at: Date) {
  const { rowCount } = await db.query(
    'update sessions set ended_at = $2, end_reason = $3 where login_id = $1 and ended_at is null',
    [loginId, at, reason],
  );
  return rowCount;
}

export async function endSessionsOf(
  db: Queryable,
  accountId: string,
  reason: SessionEndReason,
  at: Date,
  exceptId?: string,
): Promise<number> {
  const { rowCount } = await db.query(
    `update sessions set ended_at = $2, end_reason = $3 where account_id = $1 and ended_at is null and ($4::uuid is null or id <> $4)`,
    [accountId, at, reason, exceptId ?? null],
  );
  return rowCount;
}
