import type { Queryable } from '../../platform/db/database.ts';
import type { Account } from './account-repository.ts';
import { AccountErrors } from './errors.ts';

/**
 * The customs bodies whose accounts and queues an officer works with: their own body and the
 * territorial department it belongs to, with every body under that department. Null means
 * everything (administrators of the Committee).
 */
export async function bodyScopeOf(
  db: Queryable,
  staff: Pick<Account, 'kind' | 'officeCode'>,
): Promise<string[] | null> {
  if (staff.kind === 'admin') return null;
  if (!staff.officeCode) return [];
  const { rows } = await db.query<{ code: string }>(
    `with recursive up as (
       select code, parent_code, kind from customs_bodies where code = $1
       union all
       select b.code, b.parent_code, b.kind from customs_bodies b join up on b.code = up.parent_code where up.kind <> 'territorial_department'
     ),
     department as (select code from up where kind = 'territorial_department' limit 1),
     down as (
       select code from customs_bodies where code = (select code from department)
       union all
       select b.code from customs_bodies b join down on b.parent_code = down.code
     )
     select code from down`,
    [staff.officeCode],
  );
  const codes = new Set(rows.map((r) => r.code));
  codes.add(staff.officeCode);
  return [...codes];
}

/** Whether a body lies in a scope from `bodyScopeOf`; a thing with no body is outside every scope but the Committee's. */
export function inBodyScope(scope: string[] | null, bodyCode: string | null): boolean {
  return scope === null || (bodyCode !== null && scope.includes(bodyCode));
}

/**
 * An account as staff may see it: a user's, registered at a body in their scope. Another body's
 * account reads as absent, not forbidden: its existence is not the officer's business. So does a
 * member of staff's: an officer's account is registered at their own body, and a colleague's
 * sessions and history are not the officer's to read or end.
 */
export async function assertAccountVisible(
  db: Queryable,
  staff: Pick<Account, 'kind' | 'officeCode'>,
  account: Account | null,
): Promise<Account> {
  if (account?.kind !== 'user' || !inBodyScope(await bodyScopeOf(db, staff), account.registeringBodyCode))
    throw AccountErrors.ACCOUNT_NOT_FOUND();
  return account;
}
