import { getJson, sendJson } from '../../api.ts';
import type { InboxAnswer, OfficerDeclaration, OfficerDecision, RefusalReason } from './officer-declaration.ts';

// The officer's declaration routes of the server (server/src/modules/declarations/officer), one function each.
const officerApi = '/api/v1/officer';
const declarationApi = (registrationNumber: string) => `${officerApi}/declarations/${encodeURIComponent(registrationNumber)}`;

export function fetchInbox(query: string): Promise<InboxAnswer> {
  return getJson<InboxAnswer>(`${officerApi}/inbox${query ? `?${query}` : ''}`);
}

/** Where an attached file downloads from. */
export const attachmentUrl = (registrationNumber: string, attachmentId: string) => `${declarationApi(registrationNumber)}/attachments/${encodeURIComponent(attachmentId)}`;

export function fetchDeclaration(registrationNumber: string): Promise<OfficerDeclaration> {
  return getJson<OfficerDeclaration>(declarationApi(registrationNumber));
}

/** The grounds for refusing registration, in the reader's language. */
export async function fetchRefusalReasons(): Promise<RefusalReason[]> {
  return (await getJson<{ reasons: RefusalReason[] }>(`${officerApi}/refusal-reasons`)).reasons;
}

/** The bytes the officer signs for a decision: the server builds them so both sides sign and check the same. */
export function fetchDecisionPayload(registrationNumber: string, decision: OfficerDecision, reasons: readonly string[] | undefined): Promise<{ data: string }> {
  // POST, not GET: the reasons travel in the body, so no address length bounds them.
  return sendJson<{ data: string }>(`${declarationApi(registrationNumber)}/decision-payload`, reasons === undefined ? { decision } : { decision, reasons });
}

export function postDecision(registrationNumber: string, body: { decision: OfficerDecision; reasons?: string[]; signature: string }): Promise<{ decisionId: string; status: string; decidedAt: string }> {
  return sendJson<{ decisionId: string; status: string; decidedAt: string }>(`${declarationApi(registrationNumber)}/decisions`, body);
}
