import type { Queryable } from '../../platform/db/database.ts';
import { type Account, AccountErrors, assertAccountVisible, bodyScopeOf, inBodyScope } from '../accounts/index.ts';
import type { Application } from './application-repository.ts';
import { WebDeclarantErrors } from './errors.ts';

/**
 * Who sees what: an officer works with the applications, journal and accounts of their own
 * territorial department and the bodies under it; an administrator with all. Anything outside
 * answers "not found", so an officer cannot even learn it exists.
 */
export async function assertApplicationVisible(
  db: Queryable,
  staff: Account,
  application: Application | null,
): Promise<Application> {
  if (!application || !inBodyScope(await bodyScopeOf(db, staff), application.bodyCode))
    throw WebDeclarantErrors.WD_APPLICATION_NOT_FOUND();
  return application;
}

/** Access measures are taken by administrators, or by officers of the body that registered the account. */
export async function assertAccountInScope(db: Queryable, staff: Account, account: Account | null): Promise<Account> {
  if (account?.kind !== 'user') throw AccountErrors.ACCOUNT_NOT_FOUND();
  return assertAccountVisible(db, staff, account);
}
