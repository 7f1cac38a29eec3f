import type { OfficerDecision } from '@shekara/contracts/declarations/status';
import type { Clock } from '../../../platform/clock.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import type { Language } from '../../../platform/i18n/language.ts';
import type { Account } from '../../accounts/index.ts';
import { decisionNames } from './decision-notice.ts';
import {
  type DecisionRow,
  decisionsForOrganisation,
  markDecisionsRead,
  unreadDecisionCount,
} from './decision-repository.ts';
import { OfficerErrors } from './errors.ts';

export const decisionsPageSize = 50;

/** The cabinet's decisions inbox (ACC-21, issue 6 point 14): what customs decided on the organisation's declarations, newest first. */
export async function decisionsInbox(
  db: Queryable,
  account: Account,
  query: { unread: boolean; page: number },
  language: Language,
) {
  const { rows, more } = await decisionsForOrganisation(db, account.iinBin, {
    unreadOnly: query.unread,
    limit: decisionsPageSize,
    offset: (query.page - 1) * decisionsPageSize,
  });
  return {
    page: query.page,
    pageSize: decisionsPageSize,
    more,
    decisions: rows.map((row) => presentDecision(row, language)),
  };
}

/** The count of unread decisions the cabinet's menu shows beside "Decisions". */
export async function unreadDecisions(db: Queryable, account: Account): Promise<{ unread: number }> {
  return { unread: await unreadDecisionCount(db, account.iinBin) };
}

export function presentDecision(row: DecisionRow, language: Language) {
  return {
    id: row.id,
    declarationId: row.declarationId,
    registrationNumber: row.registrationNumber,
    kind: row.kind,
    decision: row.decision,
    title: decisionNames[row.decision as OfficerDecision]?.[language] ?? row.decision,
    reasons: row.reasons,
    // reasons are the officer's words, read as written
    reasonTexts: row.reasons,
    officeCode: row.officeCode,
    automatic: row.automatic,
    decidedAt: row.decidedAt.toISOString(),
    readAt: row.readAt ? row.readAt.toISOString() : null,
  };
}

/**
 * Decisions the declarant has seen (issue 19 point 5): the web app sends those it showed —
 * on the declaration's page or in the decisions inbox — and they stop being "new" for the whole
 * organisation. The one place a decision is marked read; a decision not the organisation's reads
 * as absent and nothing is marked. Not audited: the organisation reads what was addressed to it,
 * and the decision itself is on record.
 */
export async function readDecisions(
  db: Queryable,
  clock: Clock,
  account: Account,
  decisionIds: readonly string[],
): Promise<{ decisions: { id: string; readAt: string }[] }> {
  const read = await markDecisionsRead(db, account.iinBin, decisionIds, clock.now());
  if (!read) throw OfficerErrors.DECL_DECISION_NOT_FOUND();
  return { decisions: read.map(({ id, readAt }) => ({ id, readAt: readAt.toISOString() })) };
}

/** One decision marked read (the older single route). */
export async function readDecision(
  db: Queryable,
  clock: Clock,
  account: Account,
  decisionId: string,
): Promise<{ readAt: string }> {
  const { decisions } = await readDecisions(db, clock, account, [decisionId]);
  return { readAt: decisions[0]!.readAt };
}
