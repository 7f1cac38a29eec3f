import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Queryable } from '../../platform/db/database.ts';
import type { Account, RequestFacts } from '../accounts/index.ts';
import type { CredentialsRequest } from './request-repository.ts';

/** What an officer did to a request, audited under the request's body so that body sees it. */
export async function auditRequestAction(
  db: Queryable,
  at: Date,
  officer: Account,
  request: CredentialsRequest,
  facts: RequestFacts,
  action: string,
  details: Record<string, unknown>,
): Promise<void> {
  await recordAudit(db, at, {
    action,
    outcome: 'success',
    actorAccountId: officer.id,
    subjectType: 'credentials_request',
    subjectId: request.id,
    bodyCode: request.bodyCode,
    ip: facts.ip,
    requestId: facts.requestId,
    details,
  });
}
