import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Queryable } from '../../platform/db/database.ts';
import type { Account } from './account-repository.ts';
import type { RequestFacts } from './context.ts';

/** A user's change to their own account, audited under their registering body (AST-8). */
export async function auditOwnChange(
  tx: Queryable,
  at: Date,
  account: Account,
  facts: Pick<RequestFacts, 'ip' | 'requestId'>,
  action: string,
  details: Record<string, unknown>,
  actorIin?: string,
): Promise<void> {
  await recordAudit(tx, at, {
    action,
    outcome: 'success',
    actorAccountId: account.id,
    actorIin,
    subjectType: 'account',
    subjectId: account.id,
    bodyCode: account.registeringBodyCode,
    ip: facts.ip,
    requestId: facts.requestId,
    details,
  });
}
