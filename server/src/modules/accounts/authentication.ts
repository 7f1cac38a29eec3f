import { timingSafeEqual } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import type { AccountKind } from '@shekara/contracts/accounts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { type Audience, needsSignatureSession, type RouteAccess } from '../../platform/http/access.ts';
import { type AccessGuard, installAccessGuards } from '../../platform/http/access-control.ts';
import type { CookieOptions } from '../../platform/http/workplace-cookie.ts';
import { almatyDate } from '../reference/index.ts';
import { requireRegisterStanding } from '../registers/index.ts';
import { accessRefusal } from './access-rules.ts';
import type { Account } from './account-repository.ts';
import { activeCertificates } from './certificate-repository.ts';
import { clearSessionCookies, cookieNames } from './cookies.ts';
import { AccountErrors } from './errors.ts';
import { endSession, findLiveSessionWithAccount, type SessionRow, touchSession } from './session-repository.ts';
import { type SessionPolicy, tokenHash } from './sessions.ts';

/** Who is asking: the account and the session it came with. */
export interface Authenticated {
  account: Account;
  session: SessionRow;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the session guard for routes whose declared access needs a logged-in account. */
    auth: Authenticated | null;
  }
}

export interface AuthenticationOptions {
  db: Database;
  clock: Clock;
  sessions: SessionPolicy;
  cookies: CookieOptions;
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// A session's last-seen time is written at most this often: reads stay reads.
const touchEveryMs = 60_000;

interface RequireOptions {
  /** Account kinds allowed (default: any). */
  kinds?: readonly AccountKind[];
  /** Allowed while a one-time password still has to be changed (the change itself, /me, log-out). */
  beforePasswordChange?: boolean;
  /** The internal module: only a session proven with the account's activated signature (ACC-6). */
  signature?: boolean;
}

type RequireAccount = (options?: RequireOptions) => AccessGuard;

/** The account kinds each audience of a route's declared access lets in. */
const kindsOf: Record<Exclude<Audience, 'anyone'>, readonly AccountKind[] | undefined> = {
  account: undefined,
  user: ['user'],
  staff: ['officer', 'admin'],
  officer: ['officer'],
  administrator: ['admin'],
};

/**
 * Registers cookie parsing and installs, on every route registered after it, the session guard
 * its declared access asks for (RouteAccess): no module passes guards around, so a route cannot
 * say one thing and be guarded by another.
 */
export async function registerAuthentication(app: FastifyInstance, options: AuthenticationOptions): Promise<void> {
  // On the root instance itself (the cookie plugin is not encapsulated), so every route sees cookies.
  await app.register(fastifyCookie);
  app.decorateRequest('auth', null);
  const requireAccount = sessionGuard(options);
  installAccessGuards(app, (access: RouteAccess) =>
    access.audience === 'anyone'
      ? identifyIfLoggedIn(requireAccount)
      : requireAccount({
          kinds: kindsOf[access.audience],
          beforePasswordChange: access.beforePasswordChange,
          signature: needsSignatureSession(access),
        }),
  );
}

/**
 * The guard of routes that need a logged-in account. It resolves the session cookie to a live
 * session and an active account, refuses state-changing requests whose X-CSRF-Token does not
 * match the session's, refuses withdrawn access (ACCESS_*), holds a user with a one-time password
 * to the password change, checks the account kind (roles), and keeps a password session out of
 * the internal module (AUTH_SIGNATURE_REQUIRED, ACC-6). Errors are thrown, and the error
 * handler maps them to HTTP.
 */
function sessionGuard(options: AuthenticationOptions): RequireAccount {
  const { db, clock } = options;
  return (requirements = {}) =>
    async (request, reply) => {
      const token = request.cookies[cookieNames.session];
      if (!token) throw AccountErrors.AUTH_REQUIRED();
      const now = clock.now();
      const found = await findLiveSessionWithAccount(db, tokenHash(token), now);
      if (!found) {
        clearSessionCookies(reply, options.cookies);
        throw AccountErrors.AUTH_REQUIRED();
      }
      const { session, account } = found;
      // Every refused access of a known session is an access decision: it goes to the audit log.
      const refuse = async (error: AppError, endIt = false) => {
        await db.transaction(async (tx) => {
          if (endIt) await endSession(tx, session.id, 'access_withdrawn', now);
          await recordAudit(tx, now, {
            action: 'auth.access',
            outcome: 'refused',
            code: error.code,
            actorAccountId: session.accountId,
            subjectType: 'account',
            subjectId: session.accountId,
            ip: request.ip,
            requestId: request.id,
            details: {
              method: request.method,
              route: request.routeOptions.url ?? request.url.split('?')[0],
              sessionId: session.id,
              sessionEnded: endIt,
            },
          });
        });
        if (endIt) clearSessionCookies(reply, options.cookies);
        return error;
      };
      if (unsafeMethods.has(request.method) && !sameToken(request.headers['x-csrf-token'], session.csrfToken)) {
        throw await refuse(AccountErrors.AUTH_CSRF_INVALID());
      }
      const withdrawn = account?.status !== 'active' ? AccountErrors.AUTH_REQUIRED() : accessRefusal(account);
      if (withdrawn) throw await refuse(withdrawn, true);
      if (account!.mustChangePassword && !requirements.beforePasswordChange)
        throw await refuse(AccountErrors.AUTH_PASSWORD_CHANGE_REQUIRED());
      if (requirements.kinds && !requirements.kinds.includes(account!.kind))
        throw await refuse(AccountErrors.AUTH_FORBIDDEN());
      if (requirements.signature && session.level !== 'signature')
        throw await refuse(
          (await activeCertificates(db, account!.id)).length > 0
            ? AccountErrors.AUTH_SIGNATURE_REQUIRED()
            : AccountErrors.AUTH_SIGNATURE_NOT_ACTIVATED(),
        );
      // Acting in the internal module as a customs representative, carrier, warehouse or shop owner
      // or AEO needs its IIN/BIN on that type's register today, not only on the day it registered (REG-5).
      if (requirements.signature && account!.kind === 'user') {
        try {
          await requireRegisterStanding(db, account!.userType, account!.iinBin, almatyDate(now));
        } catch (error) {
          throw error instanceof AppError ? await refuse(error) : error;
        }
      }
      if (now.getTime() - new Date(session.lastSeenAt).getTime() >= touchEveryMs) {
        await touchSession(db, session.id, now, new Date(now.getTime() + options.sessions.idleMinutes * 60_000));
      }
      request.auth = { account: account!, session };
    };
}

/**
 * Who calls a public route, when anyone: a live session names its account. No session, an ended
 * one, or withdrawn access leaves an anonymous request — support is for those too (REG-13).
 */
function identifyIfLoggedIn(requireAccount: RequireAccount): AccessGuard {
  const guard = requireAccount({ beforePasswordChange: true });
  return async (request, reply) => {
    try {
      await guard(request, reply);
    } catch (error) {
      if (!(error instanceof AppError && (error.code === 'AUTH_REQUIRED' || error.code.startsWith('ACCESS_'))))
        throw error;
    }
  };
}

function sameToken(header: string | string[] | undefined, expected: string): boolean {
  if (typeof header !== 'string') return false;
  // Compared as bytes: a token of the right length in characters may be longer in bytes (non-ASCII),
  // and timingSafeEqual throws on buffers of different lengths.
  const given = Buffer.from(header);
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** The authenticated caller of a route whose declared access needs an account (a programming error otherwise). */
export function caller(request: FastifyRequest): Authenticated {
  if (!request.auth) throw new Error('route declares no access that needs an account');
  return request.auth;
}
