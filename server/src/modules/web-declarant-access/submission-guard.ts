import type { Queryable } from '../../platform/db/database.ts';
import { AccountErrors, accessRefusal } from '../accounts/index.ts';

/**
 * The guard every submission of an electronic copy calls (WD-28: while access is revoked, copies
 * are not accepted): reads the account afresh, so a measure taken a moment ago already counts,
 * and throws ACCESS_SUSPENDED / ACCESS_REVOKED / ACCESS_DISABLED_PERMANENTLY.
 */
export async function assertMaySubmit(db: Queryable, accountId: string): Promise<void> {
  await assertMaySubmitAll(db, [accountId]);
}

/**
 * The same guard for several submitters in one statement (submissions registered together, in
 * their registering transaction): throws the first refusal found.
 */
export async function assertMaySubmitAll(db: Queryable, accountIds: readonly string[]): Promise<void> {
  const ids = [...new Set(accountIds)];
  const { rows } = await db.query<{
    id: string;
    status: string;
    accessStatus: 'active' | 'suspended' | 'revoked' | 'disabled';
  }>(`select id, status, access_status as "accessStatus" from accounts where id = any($1::uuid[])`, [ids], {
    prepare: true,
  });
  const found = new Map(rows.map((row) => [row.id, row]));
  for (const id of ids) {
    const account = found.get(id);
    if (account?.status !== 'active') throw AccountErrors.ACCOUNT_NOT_FOUND();
    const refusal = accessRefusal(account);
    if (refusal) throw refusal;
  }
}
