import { consentTextOf, accountRoutes as routes } from '@shekara/contracts/accounts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { auditOf, recordAudit } from '../../platform/audit/audit-log.ts';
import { publicAccess, type RouteAccess } from '../../platform/http/access.ts';
import { contractRoutes } from '../../platform/http/contract-routes.ts';
import { rateLimit } from '../../platform/http/rate-limit.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { type CookieOptions, workplaceOf } from '../../platform/http/workplace-cookie.ts';
import { almatyDate } from '../reference/index.ts';
import { registerStandingOf } from '../registers/index.ts';
import type { Account } from './account-repository.ts';
import { caller } from './authentication.ts';
import { activeCertificates, certificatesOf } from './certificate-repository.ts';
import { consentsOfAccount } from './consent-repository.ts';
import type { AccountsContext, RequestFacts } from './context.ts';
import { clearSessionCookies, setSessionCookies } from './cookies.ts';
import type { CredentialsIntake } from './credentials-intake.ts';
import { dataReadsOf } from './data-reads.ts';
import { endHeldSessions, heldSessions } from './held-sessions.ts';
import { type LoggedIn, logInByPassword, logInBySignature } from './login.ts';
import { bindNewCertificate, changeContact, changePassword, endAccountSession } from './profile.ts';
import { confirmRegistration, register } from './registration.ts';
import { endSession, liveSessionsOf } from './session-repository.ts';
import { proveSessionBySignature } from './signature-level.ts';
import { certificateView, historyView, meView, sessionView } from './views.ts';

export interface AccountRouteOptions {
  ctx: AccountsContext;
  cookies: CookieOptions;
  loginRatePerMinute: number;
  credentialsIntake?: CredentialsIntake;
}

export function requestFacts(request: FastifyRequest): RequestFacts {
  const userAgent = request.headers['user-agent'];
  return {
    ip: request.ip,
    userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 500) : null,
    requestId: request.id,
    language: request.language,
  };
}

/** Registration (REG-4..12), log-in and sessions (ACC-6, WD-21, WD-22), the user's own data (ACC-23, AST-8). */
export async function accountRoutes(
  app: ZodApp,
  { ctx, cookies, loginRatePerMinute, credentialsIntake }: AccountRouteOptions,
): Promise<void> {
  const perMinute = { limit: loginRatePerMinute, windowMs: 60_000, clock: ctx.clock, db: ctx.db };
  const loginLimit = rateLimit({ name: 'accounts.log-in', ...perMinute });
  const registrationLimit = rateLimit({ name: 'accounts.registration', ...perMinute });

  const route = contractRoutes(app, { tags: ['accounts'], access: publicAccess });
  const signedIn: RouteAccess = { audience: 'account' };
  // What a user holding a one-time password may do before changing it: see who they are, change it, leave.
  const evenBeforePasswordChange: RouteAccess = { audience: 'account', beforePasswordChange: true };

  route(routes.register, {
    summary: 'Register as a user',
    description:
      'Self-registration with the NCA signature (REG-4..REG-11). `signature` is a base64 CMS with attached content, made with the applicant’s authentication key, whose content is the UTF-8 JSON {"nonce","userType","iinBin","email"} (nonce from GET /api/v1/auth/challenge); with authMethod "credentials" the JSON also holds "credentialsRequest", and a request for a login and password goes to the territorial body instead (REG-9, AST-2).',
    preHandler: registrationLimit.check,
    handler: async (request, reply) => {
      const result = await register(ctx, request.body, requestFacts(request), credentialsIntake);
      return reply.status(201).send(result);
    },
  });

  route(routes.confirm, {
    summary: 'Confirm a registration by the e-mailed token (REG-11, REG-12)',
    preHandler: registrationLimit.check,
    handler: async (request) => confirmRegistration(ctx, request.body.token, requestFacts(request)),
  });

  /** Who tries to log in and from which workplace (its cookie is set now if the browser has none). */
  const attemptOf = (request: FastifyRequest, reply: FastifyReply) => ({
    facts: requestFacts(request),
    workplace: workplaceOf(request, reply, cookies),
  });

  /** The entry of its type's register the user is on today, shown in the cabinet (REG-5). */
  const standingOf = (account: Account) =>
    account.kind === 'user'
      ? registerStandingOf(ctx.db, account.userType, account.iinBin, almatyDate(ctx.clock.now()))
      : Promise.resolve(null);

  const answerLogin = async (reply: FastifyReply, { account, session }: LoggedIn) => {
    setSessionCookies(reply, session, cookies, session.createdAt);
    return meView(
      account,
      await activeCertificates(ctx.db, account.id),
      { ...session, expiresAt: session.idleExpiresAt },
      await standingOf(account),
    );
  };

  route(routes.logInBySignature, {
    summary: 'Log in with the NCA signature',
    description:
      'A CMS over a fresh challenge nonce, made with the authentication key (ACC-6). Sets the session cookie. When the certificate opens several accounts, 409 AUTH_ACCOUNT_CHOICE_REQUIRED lists them: resend with `accountId`.',
    preHandler: loginLimit.check,
    noStore: true,
    handler: async (request, reply) =>
      answerLogin(reply, await logInBySignature(ctx, request.body, attemptOf(request, reply))),
  });

  route(routes.logInByPassword, {
    summary: 'Log in with a login and password',
    description:
      'The login issued by a territorial body (AST-3, WD-20), or the IIN/BIN or e-mail of a self-registered account with the password chosen at registration (REG-7). The password alone opens the external part of the cabinet (profile, requests, delivered documents, binding a signature); with `signature`, a CMS over a fresh challenge by the account’s activated certificate, the session reaches the internal module too (AST-1, ACC-6). An IIN/BIN naming several accounts with that password answers AUTH_ACCOUNT_CHOICE_REQUIRED: send `accountId` with the same request.',
    preHandler: loginLimit.check,
    noStore: true,
    handler: async (request, reply) =>
      answerLogin(reply, await logInByPassword(ctx, request.body, attemptOf(request, reply))),
  });

  route(routes.heldSessions, {
    summary: 'The sessions holding every workplace, seen from the log-in page',
    description:
      'A log-in refused with 409 AUTH_WORKPLACE_LIMIT after its signature or password was proven carries `details.release.token`, valid for five minutes from the same browser: with it the holder lists the account’s live sessions (device, start, last use, address) and ends one of them or all (POST /api/v1/auth/held-sessions/end, which uses the token up), then logs in again with the same proof. 403 SESSION_RELEASE_INVALID for a token that is unknown, used, expired or from another browser.',
    preHandler: loginLimit.check,
    noStore: true,
    handler: async (request, reply) => heldSessions(ctx, request.body.token, workplaceOf(request, reply, cookies)),
  });

  route(routes.endHeldSessions, {
    summary: 'End a session holding a workplace, from the log-in page (uses the release token up)',
    preHandler: loginLimit.check,
    noStore: true,
    handler: async (request, reply) => ({
      ended: await endHeldSessions(ctx, request.body, workplaceOf(request, reply, cookies), requestFacts(request)),
    }),
  });

  route(routes.logOut, {
    summary: 'Log out: end this session',
    access: evenBeforePasswordChange,
    handler: async (request, reply) => {
      const { account, session } = caller(request);
      const now = ctx.clock.now();
      await ctx.db.transaction(async (tx) => {
        await endSession(tx, session.id, 'logout', now);
        await recordAudit(tx, now, {
          action: 'auth.logout',
          outcome: 'success',
          actorAccountId: account.id,
          subjectType: 'account',
          subjectId: account.id,
          ip: request.ip,
          requestId: request.id,
          details: { sessionId: session.id },
        });
      });
      clearSessionCookies(reply, cookies);
      return reply.status(204).send();
    },
  });

  route(routes.proveSession, {
    summary: 'Confirm this session with the NCA signature (ACC-6, AST-1)',
    description:
      'A password session opens the external part of the cabinet only. A CMS over a fresh challenge, by the account’s activated certificate (or, for an account that has none yet, one that speaks for its IIN/BIN, which is then activated), raises it to the internal module: filing, signing, paying. The session and CSRF cookies are replaced.',
    access: signedIn,
    noStore: true,
    handler: async (request, reply) => {
      const { account, session } = caller(request);
      const proven = await proveSessionBySignature(
        ctx,
        account,
        session.id,
        request.body.signature,
        requestFacts(request),
      );
      setSessionCookies(reply, { ...proven, absoluteExpiresAt: session.absoluteExpiresAt }, cookies, ctx.clock.now());
      const expiresAt = new Date(
        Math.min(new Date(session.idleExpiresAt).getTime(), new Date(session.absoluteExpiresAt).getTime()),
      );
      return meView(
        account,
        await activeCertificates(ctx.db, account.id),
        { ...session, level: 'signature', csrfToken: proven.csrfToken, expiresAt },
        await standingOf(account),
      );
    },
  });

  route(routes.me, {
    summary: 'The logged-in user: type, IIN/BIN, roles, organisation, certificates, session',
    access: evenBeforePasswordChange,
    noStore: true,
    handler: async (request) => {
      const { account, session } = caller(request);
      const expiresAt = new Date(
        Math.min(new Date(session.idleExpiresAt).getTime(), new Date(session.absoluteExpiresAt).getTime()),
      );
      return meView(
        account,
        await activeCertificates(ctx.db, account.id),
        { ...session, expiresAt },
        await standingOf(account),
      );
    },
  });

  route(routes.changeContact, {
    summary: 'Change one’s contact data (ACC-23, AST-8)',
    access: signedIn,
    handler: async (request, reply) => {
      await changeContact(ctx, caller(request).account, request.body, requestFacts(request));
      return reply.status(204).send();
    },
  });

  route(routes.changePassword, {
    summary: 'Change the password (a one-time password must be changed first)',
    access: evenBeforePasswordChange,
    handler: async (request, reply) => {
      const { account, session } = caller(request);
      await changePassword(ctx, account, session, request.body, requestFacts(request));
      return reply.status(204).send();
    },
  });

  route(routes.certificates, {
    summary: 'Certificates bound to the account, active and replaced',
    access: signedIn,
    handler: async (request) => {
      return { certificates: (await certificatesOf(ctx.db, caller(request).account.id)).map(certificateView) };
    },
  });

  route(routes.bindCertificate, {
    summary: 'Bind and activate a certificate: the first one, or a reissued one (AST-3, AST-8)',
    description:
      'Prove the key by signing a fresh challenge with it while logged in; the certificate must speak for the account’s IIN/BIN. It becomes the account’s active certificate (the previous one is marked replaced), and this session reaches the internal module from now on (ACC-6): the session and CSRF cookies are replaced.',
    access: signedIn,
    handler: async (request, reply) => {
      const { account, session } = caller(request);
      const { session: tokens, ...bound } = await bindNewCertificate(
        ctx,
        account,
        session.id,
        request.body.signature,
        requestFacts(request),
      );
      setSessionCookies(reply, { ...tokens, absoluteExpiresAt: session.absoluteExpiresAt }, cookies, ctx.clock.now());
      return { ...bound, notAfter: bound.notAfter.toISOString() };
    },
  });

  route(routes.sessions, {
    summary: 'The account’s live sessions, one per workplace (WD-21, WD-22)',
    access: signedIn,
    handler: async (request) => {
      const { account, session } = caller(request);
      const live = await liveSessionsOf(ctx.db, account.id, ctx.clock.now());
      return { workplaces: account.workplaces, sessions: live.map((row) => sessionView(row, session.id)) };
    },
  });

  route(routes.endSession, {
    summary: 'End one of one’s own sessions, freeing its workplace',
    access: { ...signedIn, object: 'own-account' },
    handler: async (request, reply) => {
      const { account } = caller(request);
      await endAccountSession(ctx, account.id, request.params.id, { account, as: 'user' }, requestFacts(request));
      return reply.status(204).send();
    },
  });

  route(routes.history, {
    summary: 'What happened to the account: log-ins, changes, decisions',
    access: signedIn,
    handler: async (request) => ({
      entries: (await auditOf(ctx.db, 'account', caller(request).account.id)).reverse().map(historyView),
    }),
  });

  route(routes.consents, {
    summary: 'The consents to the processing of personal data the account gave: version, language, time',
    access: { audience: 'user' },
    handler: async (request) => ({
      consents: (await consentsOfAccount(ctx.db, caller(request).account.id)).map((consent) => ({
        version: consent.version,
        language: consent.language,
        givenAt: consent.givenAt.toISOString(),
        text: consentTextOf(consent.version, consent.language) ?? null,
      })),
    }),
  });

  route(routes.dataReads, {
    summary: 'Who at customs read the user’s data, when, what and why (ACC-7), newest first',
    access: { audience: 'user' },
    noStore: true,
    handler: async (request) => dataReadsOf(ctx.db, caller(request).account.id, request.query.page, request.language),
  });
}
