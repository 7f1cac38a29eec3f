import type { DataReadReason } from '@shekara/contracts/accounts';
import { officerRoutes } from '@shekara/contracts/declarations/officer';
import { urlOf } from '@shekara/contracts/http';
import { call } from '../../api/client.ts';
import type { InboxAnswer, OfficerDecision } from './officer-declaration.ts';

// The officer's declaration routes, one function each.

/** The inbox for a query string as the page keeps it in its address (page, status, channel…). */
export function fetchInbox(query: string): Promise<InboxAnswer> {
  return call(officerRoutes.inbox, { query: Object.fromEntries(new URLSearchParams(query)) });
}

// A registered declaration is the declarant's data: each read states the officer's reason (ACC-7).

/** Where an attached file downloads from. */
export const attachmentUrl = (registrationNumber: string, attachmentId: string, reason: DataReadReason) =>
  urlOf(officerRoutes.attachment, { params: { registrationNumber, attachmentId }, query: { reason } });

export const fetchDeclaration = (registrationNumber: string, reason: DataReadReason) =>
  call(officerRoutes.one, { params: { registrationNumber }, query: { reason } });

/** A signed copy (the latest without `copy`) beside the one before it. */
export const fetchCopyComparison = (registrationNumber: string, copy: number | undefined, reason: DataReadReason) =>
  call(officerRoutes.comparison, { params: { registrationNumber }, query: { reason, copy } });

/** The bytes the officer signs for a decision: the server builds them so both sides sign and check the same. */
export function fetchDecisionPayload(
  registrationNumber: string,
  decision: OfficerDecision,
  reasons: readonly string[] | undefined,
  reason: DataReadReason,
) {
  // POST, not GET: the reasons travel in the body, so no address length bounds them.
  return call(officerRoutes.decisionPayloadFor, {
    params: { registrationNumber },
    body: reasons === undefined ? { decision, reason } : { decision, reasons: [...reasons], reason },
  });
}

export const postDecision = (
  registrationNumber: string,
  body: { decision: OfficerDecision; reasons?: string[]; signature: string },
) => call(officerRoutes.decide, { params: { registrationNumber }, body });
