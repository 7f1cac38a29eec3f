import type { Queryable } from '../../platform/db/database.ts';
import { AccountErrors, assertAccessAllowed, findAccount } from '../accounts/index.ts';

/**
 * The guard every submission of an electronic copy calls (WD-28: while access is revoked, copies
 * are not accepted): reads the account afresh, so a measure taken a moment ago already counts,
 * and throws ACCESS_SUSPENDED / ACCESS_REVOKED / ACCESS_DISABLED_PERMANENTLY.
 */
export async function assertMaySubmit(db: Queryable, accountId: string): Promise<void> {
  const account = await findAccount(db, accountId);
  if (!account || account.status !== 'active') throw AccountErrors.ACCOUNT_NOT_FOUND();
  assertAccessAllowed(account);
}
