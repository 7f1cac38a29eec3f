import { getJson, sendJson } from '../../api.ts';
import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import type { DeclarationAction, DeclarationStatus } from '@shekara/contracts/declarations/status';
import type { LocalizedReport } from './findings.ts';

/** The server's declarations API (issue 6 point 12), as the declarant's pages use it. */
export type { DeclarationKind, DeclarationStatus, DeclarationAction };

export interface DeclarationSummary {
  id: string;
  kind: DeclarationKind;
  status: DeclarationStatus;
  registrationNumber: string | null;
  customsOffice: string | null;
  registeredAt: string | null;
  reference: string | null;
  declarant: string | null;
  channel: 'green' | 'yellow' | 'red' | null;
  updatedAt: string;
}

export interface TimelineEvent {
  at: string;
  event: string;
  from: DeclarationStatus | null;
  to: DeclarationStatus | null;
  actorRole: 'declarant' | 'officer' | 'system';
  office: string | null;
  details: Record<string, unknown> | null;
}

/** A decision as the declaration's page has it (`office`) or as the decisions inbox does (`officeCode`, the reasons in words). */
export interface Decision {
  id: string;
  decision: string;
  reasons: unknown;
  office?: string;
  officeCode?: string;
  /** the reasons in the reader's language (refusal codes named) */
  reasonTexts?: string[];
  /** taken by the system: a green declaration released without an officer (ACC-17) */
  automatic?: boolean;
  decidedAt: string;
  readAt: string | null;
  declarationId?: string;
  registrationNumber?: string | null;
  kind?: string;
}

export interface Attachment {
  id: string;
  name: string;
  contentType?: string;
  size?: number;
  sha256?: string;
}

export interface Declaration {
  id: string;
  kind: DeclarationKind;
  schemaVersion: number;
  status: DeclarationStatus;
  revision: number;
  document: unknown;
  registrationNumber: string | null;
  customsOffice: string | null;
  registeredAt: string | null;
  channel: 'green' | 'yellow' | 'red' | null;
  controlReport: LocalizedReport | null;
  attachments: Attachment[];
  /** false for the declarant named on another organisation's document: it reads, it does not change */
  mayEdit: boolean;
  allowedActions: DeclarationAction[];
  timeline: TimelineEvent[];
  decisions: Decision[];
}

export interface Receipt {
  cms: string;
  registrationNumber: string;
  documentSha256: string;
  customsOffice: string;
  registeredAt: string;
  declarationId?: string;
}

const base = '/api/v1/declarations';
const at = (id: string) => `${base}/${encodeURIComponent(id)}`;

export interface ListFilter {
  status?: string;
  kind?: string;
  q?: string;
  page?: number;
}

export const listPageSize = 20;

/** The organisation's declarations and those naming it as declarant, newest first. */
export function listDeclarations(filter: ListFilter) {
  const query = new URLSearchParams({ pageSize: String(listPageSize) });
  for (const [key, value] of Object.entries(filter)) if (value !== undefined && value !== '') query.set(key, String(value));
  return getJson<{ items: DeclarationSummary[]; total: number; page: number; pageSize: number }>(`${base}?${query}`);
}

export const createDeclaration = (kind: DeclarationKind, document: unknown) => sendJson<{ id: string; revision: number }>(base, { kind, document });
export const fetchDeclaration = (id: string) => getJson<Declaration>(at(id));
export const saveDocument = (id: string, document: unknown, revision: number) => sendJson<{ revision: number }>(at(id), { document, revision }, 'PUT');
export const copyDeclaration = (id: string) => sendJson<{ id: string; revision: number }>(`${at(id)}/copy`, {});
/** A correction after release (КДТ): a new draft linked to the released declaration. */
export const startCorrection = (id: string) => sendJson<{ id: string; correctsId: string }>(`${at(id)}/corrections`, {});
/** A transit declaration formed by other software, handed over as its ESADout_CU XML file (WD-7). */
export const importEsadTransit = (file: File) =>
  getJson<{ id: string; revision: number }>(`${base}/imports/esad-transit`, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: file });
export const deleteDeclaration = (id: string) => getJson<void>(at(id), { method: 'DELETE' });
export const checkDeclaration = (id: string, customsOffice?: string) => sendJson<LocalizedReport>(`${at(id)}/check`, customsOffice ? { customsOffice } : {});

export const fetchSigningPayload = async (id: string) => (await getJson<{ data: string }>(`${at(id)}/signing-payload`)).data;

/**
 * Submits the signed document. The idempotency key belongs to one attempt: a retry after a lost
 * answer sends the same key and gets the same receipt instead of a second registration.
 */
export const submitDeclaration = (id: string, body: { customsOffice: string; signature: string }, idempotencyKey: string) =>
  getJson<{ registrationNumber: string; receipt: Receipt }>(`${at(id)}/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
    body: JSON.stringify(body),
  });

export interface DecisionsPageData {
  decisions: Decision[];
  page: number;
  /** older decisions follow on the next page */
  more: boolean;
}

/** Decisions on the organisation's declarations, newest first, one page at a time. */
export function fetchDecisions(options: { unread?: boolean; page?: number } = {}): Promise<DecisionsPageData> {
  const query = new URLSearchParams();
  if (options.unread) query.set('unread', 'true');
  if (options.page && options.page > 1) query.set('page', String(options.page));
  const text = query.toString();
  return getJson<DecisionsPageData>(text ? `${base}/decisions?${text}` : `${base}/decisions`);
}
export const markDecisionRead = (id: string) => sendJson<unknown>(`${base}/decisions/${encodeURIComponent(id)}/read`, {});

/** The reference data control runs on in the browser, for the document's date. */
/** The public check of a receipt: the delivery's facts and the declaration's status when the hash is the signed document's. */
export const checkReceipt = (registrationNumber: string, sha256: string) =>
  getJson<{ registrationNumber: string; customsOffice: string; registeredAt: string; kind: string; status: DeclarationStatus; submission: number }>(
    `/api/v1/receipts/${registrationNumber.split('/').map(encodeURIComponent).join('/')}?hash=${sha256}`,
  );

export const fetchControlReference = (date: string) => getJson<unknown>(`${base}/control-reference?date=${date}`);

export interface CustomsOffice {
  code: string;
  kind: string;
  name: { kk: string; ru: string; en: string };
  acceptsDocumentKinds: string[];
}

/** The customs bodies that accept a kind of document (its acceptance code). */
export const fetchOfficesAccepting = async (acceptanceCode: string) =>
  (await getJson<{ offices: CustomsOffice[] }>(`/api/v1/reference/customs-offices?documentKind=${encodeURIComponent(acceptanceCode)}`)).offices;
