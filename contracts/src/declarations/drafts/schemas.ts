import { z } from 'zod';
import { controlAnswer } from '../control/index.ts';
import { declarationKinds } from '../documents/index.ts';
import { declarationLinks } from '../links/schemas.ts';
import { filingParties } from '../representation/schemas.ts';
import { declarationActions, declarationStatuses } from '../status/machine.ts';
import { transitMovement } from '../transit/schemas.ts';
import { attachmentTypes } from './attachment-type.ts';

// A day of the calendar: 2026-02-31 is refused here, not by the database as a 500.
const isoDay = z.iso.date();
const iinBin = z.string().describe('IIN or BIN, 12 digits');

export const idParams = z.object({ id: z.uuid() });
export const attachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });

export const newDraft = z.object({
  kind: z
    .string()
    .max(50)
    .describe(`One of: ${declarationKinds.join(', ')} (DECL_KIND_INVALID otherwise)`),
  document: z
    .unknown()
    .describe(
      'The document by its kind’s model; a draft may be half-filled (DECL_DOCUMENT_INVALID when it does not fit the model)',
    ),
});

export const savedDraft = z.object({ id: z.uuid(), revision: z.number().int() }).meta({ id: 'SavedDeclarationDraft' });

export const draftSave = z.object({
  document: z.unknown(),
  revision: z
    .number()
    .int()
    .min(1)
    .describe(
      'The revision the editor last read; a stale one is refused with DECL_REVISION_CONFLICT (details.current)',
    ),
});

export const checkRequest = z
  .object({
    customsOffice: z
      .string()
      .regex(/^[0-9]{5}$/)
      .optional()
      .describe('The customs body the document is to be delivered to: its rules run too'),
  })
  .nullish();

export const attachmentView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    contentType: z.enum(attachmentTypes),
    size: z.number().int().describe('Bytes'),
    sha256: z.string().describe('Hex SHA-256 of the file'),
    uploadedAt: z.string(),
  })
  .meta({ id: 'DeclarationAttachment' });

export const attachmentUploadQuery = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^\r\n/\\"<>:|?*\u0000-\u001f]+$/, 'must be a plain file name'),
});

const timelineEvent = z.object({
  at: z.string(),
  event: z.string().describe('created, copied, or the action of a status change (submit, accept, release, …)'),
  from: z.enum(declarationStatuses).nullable(),
  to: z.enum(declarationStatuses).nullable(),
  actorRole: z.enum(['declarant', 'officer', 'system']),
  office: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});

const decision = z.object({
  id: z.uuid(),
  decision: z.string(),
  reasons: z.unknown(),
  office: z.string(),
  decidedAt: z.string(),
  readAt: z.string().nullable(),
});

export const declarationDetail = z
  .object({
    id: z.uuid(),
    kind: z.enum(declarationKinds),
    schemaVersion: z.number().int(),
    status: z.enum(declarationStatuses),
    revision: z.number().int(),
    document: z.unknown(),
    declarant: iinBin.nullable().describe('The declarant the document names'),
    owner: iinBin.describe('The organisation the document belongs to (its author’s)'),
    parties: filingParties,
    registrationNumber: z.string().nullable(),
    customsOffice: z.string().nullable(),
    registeredAt: z.string().nullable(),
    channel: z.enum(['green', 'yellow', 'red']).nullable(),
    correctsId: z.uuid().nullable(),
    copiedFromId: z.uuid().nullable(),
    controlReport: controlAnswer
      .nullable()
      .describe('The latest control report kept with the document, in the request’s language'),
    attachments: z.array(attachmentView),
    mayEdit: z
      .boolean()
      .describe('False for the declarant named on another organisation’s document: it reads, it does not change'),
    allowedActions: z.array(z.enum(declarationActions)),
    timeline: z.array(timelineEvent),
    decisions: z.array(decision),
    transit: transitMovement
      .nullable()
      .describe('A transit declaration’s movement from its release for transit on (offices, term, security, steps)'),
    links: declarationLinks.describe(
      'The preliminary information or release before the declaration this one follows, and the declaration that closed this one (ACC-16, ACC-17)',
    ),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Declaration' });

export const listQuery = z.object({
  status: z.enum(declarationStatuses).optional(),
  kind: z.enum(declarationKinds).optional(),
  q: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .optional()
    .describe('Part of the registration number or of the declarant’s reference (box 7)'),
  from: isoDay.optional().describe('Last changed on or after this day (Almaty)'),
  to: isoDay.optional().describe('Last changed on or before this day (Almaty)'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const declarationSummary = z
  .object({
    id: z.uuid(),
    kind: z.enum(declarationKinds),
    status: z.enum(declarationStatuses),
    revision: z.number().int(),
    owner: iinBin,
    declarant: iinBin.nullable(),
    reference: z.string().nullable().describe('Box 7'),
    registrationNumber: z.string().nullable(),
    customsOffice: z.string().nullable(),
    registeredAt: z.string().nullable(),
    channel: z.enum(['green', 'yellow', 'red']).nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'DeclarationSummary' });

export const declarationList = z.object({
  items: z.array(declarationSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
