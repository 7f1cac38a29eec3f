import { recordAudit } from '../../platform/audit/audit-log.ts';
import { AppError } from '../../platform/errors.ts';
import { type Account, findAccount } from './account-repository.ts';
import type { AccountsContext, RequestFacts } from './context.ts';
import { deviceOf } from './device.ts';
import { AccountErrors } from './errors.ts';
import {
  deleteReleaseTokensExpiredBefore,
  findReleaseToken,
  insertReleaseToken,
  markReleaseTokenUsed,
  type ReleaseToken,
} from './release-token-repository.ts';
import { endSession, liveSessionsOf } from './session-repository.ts';
import { newToken, tokenHash } from './sessions.ts';

/**
 * Every workplace of the account is held, by a browser perhaps closed without logging out
 * (issue 19 point 4). The caller has already proven itself as the account's holder — its signature
 * verified, or its password right for an account that may be entered by password — so it may see
 * and end the account's sessions from the log-in page, through a release token.
 */
export class WorkplacesHeld extends Error {
  constructor(
    readonly account: Account,
    readonly refusal: AppError,
  ) {
    super(refusal.message);
    this.name = 'WorkplacesHeld';
  }
}

/** Long enough to choose a session, short enough that a token left in a page is soon worthless. */
export const releaseLifetimeMs = 5 * 60_000;

/**
 * AUTH_WORKPLACE_LIMIT with a short-lived, single-use release token in its details, bound to the
 * proven account and to the device cookie of the attempt; only the token's hash is stored.
 */
export async function offerRelease(
  ctx: AccountsContext,
  held: WorkplacesHeld,
  workplace: string,
  method: ReleaseToken['method'],
): Promise<AppError> {
  const now = ctx.clock.now();
  const token = newToken();
  const expiresAt = new Date(now.getTime() + releaseLifetimeMs);
  await ctx.db.transaction(async (tx) => {
    await insertReleaseToken(
      tx,
      tokenHash(token),
      { accountId: held.account.id, workplace: tokenHash(workplace).toString('hex'), method, expiresAt },
      now,
    );
    await deleteReleaseTokensExpiredBefore(tx, new Date(now.getTime() - 3_600_000));
  });
  return AccountErrors.AUTH_WORKPLACE_LIMIT(held.refusal.params, {
    details: { release: { token, expiresAt: expiresAt.toISOString() } },
  });
}

export interface HeldSession {
  id: string;
  method: 'signature' | 'password';
  device: string | null;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
}

/** The account's live sessions, as the holder of a valid release token may see them. */
export async function heldSessions(
  ctx: AccountsContext,
  token: string,
  workplace: string,
): Promise<{ workplaces: number; sessions: HeldSession[] }> {
  const now = ctx.clock.now();
  const release = await findReleaseToken(ctx.db, tokenHash(token), tokenHash(workplace).toString('hex'), now);
  if (!release) throw AccountErrors.SESSION_RELEASE_INVALID();
  const account = await findAccount(ctx.db, release.accountId);
  const live = await liveSessionsOf(ctx.db, release.accountId, now);
  return {
    workplaces: account?.workplaces ?? 0,
    sessions: live.map((s) => ({
      id: s.id,
      method: s.method,
      device: deviceOf(s.userAgent),
      createdAt: new Date(s.createdAt).toISOString(),
      lastSeenAt: new Date(s.lastSeenAt).toISOString(),
      ip: s.ip,
    })),
  };
}

/**
 * Ends one of the account's sessions, or all of them, by the release token, which is then used
 * up; each ended session is written to the audit log in the same transaction. Another account's
 * session is never found. The caller then logs in again with the proof it already holds.
 */
export async function endHeldSessions(
  ctx: AccountsContext,
  request: { token: string; sessionId?: string; all?: boolean },
  workplace: string,
  facts: RequestFacts,
): Promise<number> {
  const now = ctx.clock.now();
  const hash = tokenHash(request.token);
  try {
    return await ctx.db.transaction(async (tx) => {
      const release = await findReleaseToken(tx, hash, tokenHash(workplace).toString('hex'), now, 'for update');
      if (!release || !(await markReleaseTokenUsed(tx, hash, now))) throw AccountErrors.SESSION_RELEASE_INVALID();
      const account = await findAccount(tx, release.accountId);
      const live = await liveSessionsOf(tx, release.accountId, now);
      const chosen = request.all ? live : live.filter((s) => s.id === request.sessionId);
      if (chosen.length === 0) throw AccountErrors.SESSION_NOT_FOUND();
      let ended = 0;
      for (const session of chosen) {
        if (!(await endSession(tx, session.id, 'ended_by_user', now))) continue;
        ended++;
        await recordAudit(tx, now, {
          action: 'auth.session.end',
          outcome: 'success',
          actorAccountId: release.accountId,
          subjectType: 'account',
          subjectId: release.accountId,
          bodyCode: account?.registeringBodyCode ?? null,
          ip: facts.ip,
          requestId: facts.requestId,
          details: { sessionId: session.id, by: 'login', proof: release.method },
        });
      }
      return ended;
    });
  } catch (error) {
    if (error instanceof AppError) {
      await recordAudit(ctx.db, now, {
        action: 'auth.session.end',
        outcome: 'refused',
        code: error.code,
        ip: facts.ip,
        requestId: facts.requestId,
        details: { by: 'login' },
      });
    }
    throw error;
  }
}
