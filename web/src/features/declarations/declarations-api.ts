import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import { draftRoutes } from '@shekara/contracts/declarations/drafts';
import { declarantDecisionRoutes } from '@shekara/contracts/declarations/officer';
import type { DeclarationStatus } from '@shekara/contracts/declarations/status';
import { submissionRoutes } from '@shekara/contracts/declarations/submission';
import { withdrawalRoutes } from '@shekara/contracts/declarations/withdrawal';
import { type RouteOutput, urlOf } from '@shekara/contracts/http';
import { referenceRoutes } from '@shekara/contracts/reference';
import type { DeclarationKind as AcceptedDocumentKind } from '@shekara/contracts/reference/classifiers';
import { call } from '../../api/client.ts';

/** The server's declarations API (issue 6 point 12), as the declarant's pages use it: its types are the contract's. */
export type { DeclarationKind, DeclarationStatus };

export type Declaration = RouteOutput<typeof draftRoutes.one>;
export type DeclarationSummary = RouteOutput<typeof draftRoutes.list>['items'][number];
export type TimelineEvent = Declaration['timeline'][number];
export type Attachment = Declaration['attachments'][number];
export type Receipt = RouteOutput<typeof submissionRoutes.submit>['receipt'];

type InboxDecision = RouteOutput<typeof declarantDecisionRoutes.list>['decisions'][number];
/**
 * A decision as the declaration's page has it, or as the decisions inbox does with its
 * declaration, the reasons in words and whether the system took it; the office is `office` in both.
 */
export type Decision = Declaration['decisions'][number] &
  Partial<Omit<InboxDecision, 'officeCode' | 'reasons' | keyof Declaration['decisions'][number]>>;

/** As the list page reads it from its address: the server refuses a status or kind it does not know. */
export interface ListFilter {
  status?: string;
  kind?: string;
  q?: string;
  page?: number;
}

export const listPageSize = 20;

/** The organisation's declarations and those naming it as declarant, newest first. */
export const listDeclarations = (filter: ListFilter) =>
  call(draftRoutes.list, {
    query: {
      ...filter,
      status: filter.status as DeclarationStatus | undefined,
      kind: filter.kind as DeclarationKind | undefined,
      pageSize: listPageSize,
    },
  });

export const createDeclaration = (kind: DeclarationKind, document: unknown) =>
  call(draftRoutes.create, { body: { kind, document } });
export const fetchDeclaration = (id: string) => call(draftRoutes.one, { params: { id } });
export const saveDocument = (id: string, document: unknown, revision: number, options: { keepalive?: boolean } = {}) =>
  call(draftRoutes.save, { params: { id }, body: { document, revision }, ...options });
export const copyDeclaration = (id: string) => call(draftRoutes.copy, { params: { id } });
/** A correction after release (КДТ): a new draft linked to the released declaration. */
export const startCorrection = (id: string) => call(draftRoutes.startCorrection, { params: { id } });
export const deleteDeclaration = (id: string) => call(draftRoutes.delete, { params: { id } });
export const checkDeclaration = (id: string, customsOffice?: string) =>
  call(draftRoutes.check, { params: { id }, body: customsOffice ? { customsOffice } : {} });

export const fetchSigningPayload = async (id: string) =>
  (await call(submissionRoutes.signingPayload, { params: { id } })).data;

/**
 * Submits the signed document. The idempotency key belongs to one attempt: a retry after a lost
 * answer sends the same key and gets the same receipt instead of a second registration.
 */
export const submitDeclaration = (
  id: string,
  body: { customsOffice: string; signature: string },
  idempotencyKey: string,
) => call(submissionRoutes.submit, { params: { id }, body, headers: { 'idempotency-key': idempotencyKey } });

/** The bytes the declarant signs to withdraw the declaration (art. 113): the server builds them, so both sides sign and check the same. */
export const fetchWithdrawalPayload = async (id: string, reason: string) =>
  (await call(withdrawalRoutes.payload, { params: { id }, body: { reason } })).data;

/** Withdraws a registered declaration before release, with the declarant's signature over that payload. */
export const withdrawDeclaration = (id: string, body: { reason: string; signature: string }) =>
  call(withdrawalRoutes.withdraw, { params: { id }, body });

export interface DecisionsPageData {
  decisions: Decision[];
  page: number;
  /** older decisions follow on the next page */
  more: boolean;
}

/** Decisions on the organisation's declarations, newest first, one page at a time. */
export async function fetchDecisions(options: { unread?: boolean; page?: number } = {}): Promise<DecisionsPageData> {
  const answer = await call(declarantDecisionRoutes.list, {
    query: {
      unread: options.unread ? 'true' : undefined,
      page: options.page && options.page > 1 ? options.page : undefined,
    },
  });
  return {
    page: answer.page,
    more: answer.more,
    decisions: answer.decisions.map(({ officeCode, ...decision }) => ({ ...decision, office: officeCode })),
  };
}
/** How many decisions are still unread, for the menu's count. */
export const fetchUnreadDecisions = () => call(declarantDecisionRoutes.unread, {});

/** The most ids one request marks read. */
const readBatch = 100;

/** Marks read the decisions the page showed, a hundred at a time (a declaration may have more). */
export async function markDecisionsRead(ids: readonly string[]): Promise<void> {
  for (let at = 0; at < ids.length; at += readBatch) {
    await call(declarantDecisionRoutes.read, { body: { ids: ids.slice(at, at + readBatch) } });
  }
}

/** The public check of a receipt: the delivery's facts and the declaration's status when the hash is the signed document's. */
export function checkReceipt(registrationNumber: string, sha256: string) {
  const [office = '', date = '', serial = ''] = registrationNumber.split('/');
  return call(submissionRoutes.checkReceipt, { params: { office, date, serial }, query: { hash: sha256 } });
}

/** The reference data control runs on in the browser, for the document's date. */
export const fetchControlReference = (date: string) => call(draftRoutes.controlReference, { query: { date } });

/** The customs bodies that accept a kind of document (its acceptance code, kinds.ts `acceptanceCodes`). */
export const fetchOfficesAccepting = async (acceptanceCode: string) =>
  (await call(referenceRoutes.customsOffices, { query: { documentKind: acceptanceCode as AcceptedDocumentKind } }))
    .offices;

/** Removes a file from a draft. */
export const removeAttachment = (id: string, attachmentId: string) =>
  call(draftRoutes.removeAttachment, { params: { id, attachmentId } });

/** Attaches a file to a draft: the body is the file, its name travels in the query. */
export const uploadAttachment = (id: string, file: File) =>
  call(draftRoutes.attach, { params: { id }, query: { name: file.name }, raw: file });

/** Where an attached file downloads from. */
export const attachmentUrl = (id: string, attachmentId: string) =>
  urlOf(draftRoutes.attachment, { params: { id, attachmentId } });
