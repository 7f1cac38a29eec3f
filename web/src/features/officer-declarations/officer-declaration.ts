// What the officer's routes answer, shared by the pages and their pure logic (no fetching here).
import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import type { officerRoutes } from '@shekara/contracts/declarations/officer';
import type { DeclarationStatus, OfficerDecision } from '@shekara/contracts/declarations/status';
import type { RouteOutput } from '@shekara/contracts/http';

export { declarationKinds } from '@shekara/contracts/declarations/documents';
export { declarationStatuses } from '@shekara/contracts/declarations/status';
export type { DeclarationKind, DeclarationStatus, OfficerDecision };

/** The risk channel a registered declaration was routed to (ACC-17). */
export const channels = ['green', 'yellow', 'red'] as const;
export type Channel = (typeof channels)[number];

type View = RouteOutput<typeof officerRoutes.one>;

/** A page of the inbox; `more` says whether a next page exists (the inbox does not count the whole office's declarations). */
export type InboxAnswer = RouteOutput<typeof officerRoutes.inbox>;
/** One line of the officer's inbox. */
export type InboxEntry = InboxAnswer['declarations'][number];

/** What GET /api/v1/officer/declarations/{registrationNumber} answers. */
export type OfficerDeclaration = View;
/** Format-logical control's report as stored: each message in the three languages, with {placeholders}. */
export type ControlReport = NonNullable<View['controlReport']>;
export type ControlFinding = ControlReport['errors'][number];
export type Attachment = View['attachments'][number];
export type Submission = View['submissions'][number];
export type TimelineEvent = View['timeline'][number];
export type Decision = View['decisions'][number];

/** What GET …/{registrationNumber}/comparison answers: a signed copy beside the one before it (issue 19 point 5). */
export type CopyComparisonAnswer = RouteOutput<typeof officerRoutes.comparison>;
/** One signed copy as delivered: its receipt's facts, signer, digests and the document as signed. */
export type SignedCopy = CopyComparisonAnswer['later'];
