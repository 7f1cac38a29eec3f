import type { Queryable } from '../../platform/db/database.ts';

export type SessionEndReason = 'logout' | 'replaced' | 'ended_by_user' | 'ended_by_officer' | 'access_withdrawn' | 'password_changed';

export interface SessionRow {
  id: string;
  accountId: string;
  workplace: string;
  csrfToken: string;
  method: 'signature' | 'password';
  signerIin: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

const columns = `id, account_id as "accountId", workplace, csrf_token as "csrfToken", method, signer_iin as "signerIin",
  created_at as "createdAt", last_seen_at as "lastSeenAt", idle_expires_at as "idleExpiresAt",
  absolute_expires_at as "absoluteExpiresAt", ip, user_agent as "userAgent"`;

export interface NewSession {
  id: string;
  tokenSha256: Buffer;
  accountId: string;
  workplace: string;
  csrfToken: string;
  method: 'signature' | 'password';
  signerIin: string | null;
  certificateSerial: string | null;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export async function insertSession(db: Queryable, session: NewSession, at: Date): Promise<void> {
  await db.query(
    `insert into sessions (id, token_sha256, account_id, workplace, csrf_token, method, signer_iin, certificate_serial,
       created_at, last_seen_at, idle_expires_at, absolute_expires_at, ip, user_agent)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10, $11, $12, $13)`,
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
    ],
  );
}

/** A live session by its cookie token: not ended, and neither timeout passed. */
export async function findLiveSession(db: Queryable, tokenSha256: Buffer, at: Date): Promise<SessionRow | null> {
  const { rows } = await db.query<SessionRow>(
    `select ${columns} from sessions where token_sha256 = $1 and ended_at is null and idle_expires_at > $2 and absolute_expires_at > $2`,
    [tokenSha256, at],
  );
  return rows[0] ?? null;
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

/** Extends the idle timeout, never past the absolute one. */
export async function touchSession(db: Queryable, id: string, at: Date, idleExpiresAt: Date): Promise<void> {
  await db.query(`update sessions set last_seen_at = $2, idle_expires_at = least($3, absolute_expires_at) where id = $1`, [id, at, idleExpiresAt]);
}

export async function endSession(db: Queryable, id: string, reason: SessionEndReason, at: Date): Promise<boolean> {
  const { rowCount } = await db.query(`update sessions set ended_at = $2, end_reason = $3 where id = $1 and ended_at is null`, [id, at, reason]);
  return rowCount > 0;
}

export async function endSessionsOf(db: Queryable, accountId: string, reason: SessionEndReason, at: Date, exceptId?: string): Promise<number> {
  const { rowCount } = await db.query(
    `update sessions set ended_at = $2, end_reason = $3 where account_id = $1 and ended_at is null and ($4::uuid is null or id <> $4)`,
    [accountId, at, reason, exceptId ?? null],
  );
  return rowCount;
}
