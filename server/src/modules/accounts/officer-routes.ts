import { officerAccountRoutes as routes } from '@shekara/contracts/accounts';
import { auditOf } from '../../platform/audit/audit-log.ts';
import type { RouteAccess } from '../../platform/http/access.ts';
import { contractRoutes } from '../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { type Account, findAccount, listAccounts } from './account-repository.ts';
import { caller } from './authentication.ts';
import { assertAccountVisible, bodyScopeOf } from './body-scope.ts';
import { certificatesOf } from './certificate-repository.ts';
import type { AccountsContext } from './context.ts';
import { readReason, recordDataRead } from './data-reads.ts';
import { endAccountSession } from './profile.ts';
import { releaseLogin } from './release-login.ts';
import { requestFacts } from './routes.ts';
import { liveSessionsOf } from './session-repository.ts';
import { accountSummaryView, certificateView, historyView, sessionView, workplaceLoginView } from './views.ts';
import { workplaceLoginsOf } from './workplace-login-repository.ts';

/**
 * What officers see of accounts (issue 4 points 7 and 10): the accounts registered at their
 * body — their data, certificates, Web-declarant logins, live sessions and every change (AST-8) —
 * and they can end a session or release a login from its workplace. Administrators see every account.
 */
export async function officerAccountRoutes(app: ZodApp, { ctx }: { ctx: AccountsContext }): Promise<void> {
  const visibleAccount = async (officer: Account, id: string): Promise<Account> =>
    assertAccountVisible(ctx.db, officer, await findAccount(ctx.db, id));

  const inTheirBodies: RouteAccess = { audience: 'staff', object: 'own-body' };
  const route = contractRoutes(app, { tags: ['officer'], access: inTheirBodies });

  route(routes.list, {
    summary: 'Accounts registered at the officer’s body (all, for an administrator)',
    handler: async (request) => {
      const officer = caller(request).account;
      const scope = await bodyScopeOf(ctx.db, officer);
      const rows = await listAccounts(ctx.db, {
        iinBin: request.query.iinBin,
        kind: 'user',
        bodyCodes: scope,
        limit: request.query.limit,
      });
      return { accounts: rows.map(accountSummaryView) };
    },
  });

  route(routes.one, {
    summary: 'One account: data, certificates, live sessions and history of changes (AST-8)',
    description: 'Reading another person’s data needs `reason` (ACC-7): the read is recorded, and the user sees it.',
    handler: async (request) => {
      const reason = readReason(request.query);
      const account = await visibleAccount(caller(request).account, request.params.id);
      await recordDataRead(ctx, request, {
        reason,
        object: { type: 'account', id: account.id },
        subject: { accountId: account.id },
      });
      const [certificates, logins, sessions, history] = await Promise.all([
        certificatesOf(ctx.db, account.id),
        workplaceLoginsOf(ctx.db, account.id),
        liveSessionsOf(ctx.db, account.id, ctx.clock.now()),
        auditOf(ctx.db, 'account', account.id),
      ]);
      return {
        account: accountSummaryView(account),
        certificates: certificates.map(certificateView),
        logins: logins.map(workplaceLoginView),
        sessions: sessions.map((row) => sessionView(row)),
        history: history.reverse().map(historyView),
      };
    },
  });

  route(routes.releaseLogin, {
    summary: 'Release a Web-declarant login from its workplace (WD-22)',
    description:
      'The login is bound to the workplace where it was first used, and refused at any other (AUTH_LOGIN_OTHER_WORKPLACE). Released, its live session ends and its next log-in binds it again.',
    handler: async (request) => {
      const officer = caller(request).account;
      const account = await visibleAccount(officer, request.params.id);
      return workplaceLoginView(
        await releaseLogin(ctx, officer, account, request.params.loginId, requestFacts(request)),
      );
    },
  });

  route(routes.endSession, {
    summary: 'End a user’s session (frees the workplace)',
    handler: async (request, reply) => {
      const officer = caller(request).account;
      const account = await visibleAccount(officer, request.params.id);
      await endAccountSession(
        ctx,
        account.id,
        request.params.sessionId,
        { account: officer, as: 'officer' },
        requestFacts(request),
      );
      return reply.status(204).send();
    },
  });
}
