import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Queryable } from '../../platform/db/database.ts';
import type { Account } from './account-repository.ts';
import { AccountErrors } from './errors.ts';
import { endSession, insertSession, liveSessionsOf, type SessionLevel } from './session-repository.ts';
import { bindWorkplaceLogin, type WorkplaceLogin } from './workplace-login-repository.ts';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export interface StartedSession {
  id: string;
  /** goes into the HttpOnly cookie; only its hash is stored */
  token: string;
  csrfToken: string;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
  /** sessions of the same workplace that this one replaced (rotation at log-in) */
  replaced: number;
  method: 'signature' | 'password';
  level: SessionLevel;
  createdAt: Date;
}

export interface SessionStart {
  /** the raw device cookie value; a browser without one gets a new one */
  workplace: string;
  method: 'signature' | 'password';
  signerIin: string | null;
  certificateSerial: string | null;
  ip: string | null;
  userAgent: string | null;
  /** the Web-declarant login it comes through, read under lock in the log-in transaction (WD-21, WD-22) */
  through?: WorkplaceLogin;
}

export const tokenHash = (token: string): Buffer => createHash('sha256').update(token).digest();
export const newToken = (): string => randomBytes(32).toString('base64url');

/**
 * Opens a session at log-in (WD-21, WD-22, WD-25). A new token every time (rotation); a session
 * still live on the same workplace is ended, since one workplace holds one session; a new
 * workplace is admitted only while the account has a free seat; a Web-declarant login is bound to
 * the workplace of its first use and refused at any other. Call inside the log-in
 * transaction after locking the account row, so two log-ins cannot both take the last seat.
 */
export async function startSession(
  tx: Queryable,
  account: Account,
  start: SessionStart,
  policy: SessionPolicy,
  at: Date,
): Promise<StartedSession> {
  const workplace = tokenHash(start.workplace).toString('hex');
  // A Web-declarant login serves the one workplace where it was first used (WD-22).
  if (start.through?.workplace && start.through.workplace !== workplace)
    throw AccountErrors.AUTH_LOGIN_OTHER_WORKPLACE();
  const live = await liveSessionsOf(tx, account.id, at);
  let replaced = 0;
  for (const session of live.filter((s) => s.workplace === workplace)) {
    if (await endSession(tx, session.id, 'replaced', at)) replaced++;
  }
  const seatsHeld = new Set(live.filter((s) => s.workplace !== workplace).map((s) => s.workplace)).size;
  if (seatsHeld >= account.workplaces) throw AccountErrors.AUTH_WORKPLACE_LIMIT({ workplaces: account.workplaces });

  if (start.through && !start.through.workplace) await bindWorkplaceLogin(tx, start.through.id, workplace, at);
  const token = newToken();
  const csrfToken = newToken();
  const absoluteExpiresAt = new Date(at.getTime() + policy.absoluteHours * 3_600_000);
  const idleExpiresAt = new Date(Math.min(at.getTime() + policy.idleMinutes * 60_000, absoluteExpiresAt.getTime()));
  const id = randomUUID();
  await insertSession(
    tx,
    {
      id,
      tokenSha256: tokenHash(token),
      accountId: account.id,
      workplace,
      csrfToken,
      method: start.method,
      signerIin: start.signerIin,
      certificateSerial: start.certificateSerial,
      loginId: start.through?.id ?? null,
      idleExpiresAt,
      absoluteExpiresAt,
      ip: start.ip,
      userAgent: start.userAgent,
    },
    at,
  );
  const level: SessionLevel = start.certificateSerial ? 'signature' : 'password';
  return {
    id,
    token,
    csrfToken,
    idleExpiresAt,
    absoluteExpiresAt,
    replaced,
    method: start.method,
    level,
    createdAt: at,
  };
}
