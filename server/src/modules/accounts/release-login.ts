import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Account } from './account-repository.ts';
import type { AccountsContext, RequestFacts } from './context.ts';
import { AccountErrors } from './errors.ts';
import { endSessionsOfLogin } from './session-repository.ts';
import { findWorkplaceLogin, releaseWorkplaceLogin, type WorkplaceLogin } from './workplace-login-repository.ts';

/**
 * An officer releases a Web-declarant login from the workplace it is bound to (WD-22): a computer
 * replaced, or a login moved to another desk. Its live session ends; its next log-in, from
 * whichever workplace, binds it again. One transaction with the audit record under the account's
 * registering body.
 */
export async function releaseLogin(
  ctx: AccountsContext,
  officer: Account,
  account: Account,
  loginId: string,
  facts: RequestFacts,
): Promise<WorkplaceLogin> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const login = await findWorkplaceLogin(tx, { id: loginId }, 'for update');
    if (!login || login.accountId !== account.id) throw AccountErrors.LOGIN_NOT_FOUND();
    if (!login.workplace) throw AccountErrors.LOGIN_NOT_BOUND();
    await releaseWorkplaceLogin(tx, login.id, officer.id, now);
    const sessionsEnded = await endSessionsOfLogin(tx, login.id, 'login_released', now);
    await recordAudit(tx, now, {
      action: 'account.login.release',
      outcome: 'success',
      actorAccountId: officer.id,
      subjectType: 'account',
      subjectId: account.id,
      bodyCode: account.registeringBodyCode,
      ip: facts.ip,
      requestId: facts.requestId,
      details: { loginId: login.id, login: login.login, boundAt: login.boundAt, sessionsEnded },
    });
    return { ...login, workplace: null, boundAt: null, releasedAt: now };
  });
}
