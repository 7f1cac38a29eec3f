import type { Queryable } from '../../platform/db/database.ts';
import type { RowLock } from '../../platform/db/first-row.ts';
import { type Account, bodyScopeOf, inBodyScope } from '../accounts/index.ts';
import { CredentialsErrors } from './errors.ts';
import { type CredentialsRequest, findRequest } from './request-repository.ts';

/**
 * A request as an officer may see it: only their own body's (administrators: every body). Another
 * body's request answers as if it did not exist, so numbers cannot be probed across bodies.
 */
export async function visibleRequest(
  db: Queryable,
  officer: Account,
  id: string,
  options: RowLock = {},
): Promise<CredentialsRequest> {
  const request = await findRequest(db, id, options);
  if (!request || !inBodyScope(await bodyScopeOf(db, officer), request.bodyCode))
    throw CredentialsErrors.CREDENTIALS_REQUEST_NOT_FOUND();
  return request;
}
