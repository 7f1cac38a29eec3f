import type { Account, RequestFacts } from '../../accounts/index.ts';

/** The logged-in user acting on a draft, with the request's facts for the audit log. */
export interface DraftActor {
  account: Account;
  facts: RequestFacts;
}

/** The audit record's common fields for an act on a declaration. */
export const auditedBy = (actor: DraftActor, declarationId: string) => ({
  outcome: 'success' as const,
  actorAccountId: actor.account.id,
  subjectType: 'declaration',
  subjectId: declarationId,
  ip: actor.facts.ip,
  requestId: actor.facts.requestId,
});
