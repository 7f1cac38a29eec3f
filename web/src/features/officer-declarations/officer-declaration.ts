// What the officer's routes answer, shared by the pages and their pure logic (no fetching here).
import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import type { DeclarationStatus, OfficerDecision } from '@shekara/contracts/declarations/status';

export type { DeclarationKind, DeclarationStatus, OfficerDecision };
export { declarationKinds } from '@shekara/contracts/declarations/documents';
export { declarationStatuses, officerDecisions } from '@shekara/contracts/declarations/status';

/** The risk channel a registered declaration was routed to (ACC-17). */
export const channels = ['green', 'yellow', 'red'] as const;
export type Channel = (typeof channels)[number];

/** One line of the officer's inbox (GET /api/v1/officer/inbox; server officer/schemas.ts). */
export interface InboxEntry {
  id: string;
  registrationNumber: string;
  kind: DeclarationKind;
  status: DeclarationStatus;
  channel: Channel | null;
  customsOffice: string;
  declarantIinBin: string | null;
  declarantName: string | null;
  registeredAt: string;
}

/** A page of the inbox; `more` says whether a next page exists (the inbox does not count the whole office's declarations). */
export interface InboxAnswer {
  declarations: InboxEntry[];
  page: number;
  pageSize: number;
  more: boolean;
}

/** A finding of format-logical control as the server stores it: its message in the three languages, with {placeholders}. */
export interface ControlFinding {
  rule: string;
  severity: 'error' | 'warning';
  path: string;
  params?: Record<string, string | number>;
  message: Record<'kk' | 'ru' | 'en', string> | string;
}

export interface ControlReport {
  errors: ControlFinding[];
  warnings: ControlFinding[];
}

export interface Attachment {
  id: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

export interface Submission {
  seq: number;
  submittedAt: string;
  customsOffice: string;
  signerIin: string | null;
  signerBin: string | null;
  certificateSerial: string | null;
  documentSha256: string;
}

export interface TimelineEvent {
  at: string;
  event: string;
  fromStatus: DeclarationStatus | null;
  toStatus: DeclarationStatus | null;
  actorRole: 'declarant' | 'officer' | 'system';
  officeCode: string | null;
  details: Record<string, unknown> | null;
}

export interface Decision {
  id: string;
  decision: OfficerDecision;
  /** as signed: free text, or reason codes for a refusal of registration */
  reasons: string[];
  /** the reasons in the reader's language */
  reasonTexts: string[];
  officeCode: string;
  officerName: string | null;
  automatic: boolean;
  signed: boolean;
  decidedAt: string;
  readAt: string | null;
}

/** A ground for refusing registration, as GET /api/v1/officer/refusal-reasons lists them. */
export interface RefusalReason {
  code: string;
  text: string;
}

/** What GET /api/v1/officer/declarations/{registrationNumber} answers. */
export interface OfficerDeclaration {
  id: string;
  registrationNumber: string;
  kind: DeclarationKind;
  status: DeclarationStatus;
  channel: Channel | null;
  customsOffice: string;
  registeredAt: string;
  declarantIinBin: string | null;
  ownerIinBin: string;
  correctsId: string | null;
  /** border_release: a border checkpoint's view of preliminary information registered elsewhere (ACC-18) */
  access: 'full' | 'border_release';
  /** the latest signed copy, parsed */
  document: unknown;
  controlReport: ControlReport | null;
  attachments: Attachment[];
  submissions: Submission[];
  timeline: TimelineEvent[];
  decisions: Decision[];
  allowedDecisions: OfficerDecision[];
}
