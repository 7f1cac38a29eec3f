import { z } from 'zod';
import { declarationKinds } from '../documents/index.ts';
import { declarationLinks } from '../links/schemas.ts';
import { filingParties } from '../representation/schemas.ts';
import { declarationStatuses, officerDecisions } from '../status/machine.ts';
import { paymentStatus } from '../submission/schemas.ts';
import { transitMovement } from '../transit/schemas.ts';

/** Request and response schemas of the officer's side and of the declarant's decisions inbox. */
export const registrationNumber = z
  .string()
  .regex(/^\d{5}\/\d{6}\/\d{7}$/)
  .describe('OOOOO/DDMMYY/NNNNNNN, with the slashes URL-encoded (%2F)');
export const numberParam = z.object({ registrationNumber });

// A day of the calendar: `2025-02-31` matched the bare pattern and rolled over to March.
const day = z.iso.date();
const page = z.coerce.number().int().min(1).max(10_000).default(1);

export const inboxQuery = z.object({
  number: z
    .string()
    .regex(/^[\d/]{1,20}$/)
    .optional()
    .describe('a registration number or its beginning (WD-15)'),
  status: z.enum(declarationStatuses).optional(),
  kind: z.enum(declarationKinds).optional(),
  channel: z.enum(['green', 'yellow', 'red']).optional(),
  from: day.optional().describe('registered on or after (a day in Almaty)'),
  to: day.optional().describe('registered on or before'),
  page,
});

const channel = z.enum(['green', 'yellow', 'red']);

/** What both the inbox and the full view say of a registered declaration, first and in this order. */
const registeredFields = {
  id: z.string(),
  kind: z.enum(declarationKinds),
  status: z.enum(declarationStatuses),
  registrationNumber: z.string(),
  customsOffice: z.string(),
  registeredAt: z.string(),
  channel: channel.nullable(),
  declarantIinBin: z.string().nullable(),
};

const inboxItem = z.object({
  ...registeredFields,
  declarantName: z.string().nullable(),
  transitOverdue: z.boolean().describe('a transit declaration whose term passed with no arrival recorded'),
  copies: z
    .number()
    .int()
    .min(1)
    .describe('signed copies delivered: more than one once the declarant resubmitted after a requested correction'),
});
export const inboxResponse = z.object({
  page: z.number(),
  pageSize: z.number(),
  more: z.boolean(),
  declarations: z.array(inboxItem),
});

const decisionView = z.object({
  id: z.string(),
  decision: z.string().describe('one of the officer decisions (status/machine.ts officerDecisions)'),
  reasons: z.array(z.string()),
  reasonTexts: z.array(z.string()),
  officeCode: z.string(),
  officerName: z.string().nullable(),
  automatic: z.boolean(),
  signed: z.boolean(),
  decidedAt: z.string(),
  readAt: z.string().nullable(),
});

/** A finding of control as the declaration keeps it: its message in the three languages, with {placeholders}. */
const storedFinding = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  path: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  message: z.union([z.object({ kk: z.string(), ru: z.string(), en: z.string() }), z.string()]),
});

export const declarationView = z.object({
  ...registeredFields,
  ownerIinBin: z.string(),
  parties: filingParties,
  correctsId: z.string().nullable(),
  access: z
    .enum(['full', 'border_release', 'transit_departure', 'transit_destination'])
    .describe(
      'border_release: a border checkpoint’s view of preliminary information registered elsewhere (ACC-18); transit_departure, transit_destination: one office of a transit declaration',
    ),
  document: z.unknown().describe('the latest signed copy, parsed'),
  controlReport: z.object({ errors: z.array(storedFinding), warnings: z.array(storedFinding) }).nullable(),
  attachments: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      contentType: z.string(),
      sizeBytes: z.number(),
      sha256: z.string(),
      uploadedAt: z.string(),
    }),
  ),
  submissions: z.array(
    z.object({
      seq: z.number(),
      submittedAt: z.string(),
      customsOffice: z.string(),
      signerIin: z.string().nullable(),
      signerBin: z.string().nullable(),
      certificateSerial: z.string().nullable(),
      documentSha256: z.string(),
    }),
  ),
  timeline: z.array(
    z.object({
      at: z.string(),
      event: z.string(),
      fromStatus: z.enum(declarationStatuses).nullable(),
      toStatus: z.enum(declarationStatuses).nullable(),
      actorRole: z.enum(['declarant', 'officer', 'system']),
      officeCode: z.string().nullable(),
      details: z.record(z.string(), z.unknown()).nullable(),
    }),
  ),
  decisions: z.array(decisionView),
  allowedDecisions: z.array(z.enum(officerDecisions)),
  /** the preliminary information or release before the declaration this one follows, and the declaration that closed it (ACC-16, ACC-17) */
  links: declarationLinks,
  /** what a goods declaration owes, as assessed at registration, and what is held for it (issue 16); null for other kinds */
  payment: paymentStatus.nullable(),
  /** a transit declaration's movement from its release for transit on; null before and for other kinds */
  transit: transitMovement.nullable(),
});

const reasonList = z.array(z.string().max(2000)).max(20);

export const payloadQuery = z.object({
  decision: z.enum(officerDecisions),
  reasons: z
    .union([z.string().max(2000), reasonList])
    .optional()
    .describe('repeat the parameter for several reasons'),
});
export const payloadBody = z
  .object({
    decision: z.enum(officerDecisions),
    reasons: reasonList.optional().describe('as they will be sent to …/decisions'),
  })
  .strict();
export const payloadResponse = z.object({
  data: z.string().describe('base64 of the canonical JSON the officer signs'),
});

export const decisionBody = z
  .object({
    decision: z.enum(officerDecisions),
    reasons: reasonList.optional().describe('free text, required for request_correction and refuse_release'),
    signature: z
      .string()
      .min(1)
      .max(200_000)
      .describe('base64 CMS by the officer’s signing key over the decision payload (attached or detached)'),
  })
  .strict();
export const decisionResponse = z.object({ decisionId: z.string(), status: z.string(), decidedAt: z.string() });

export const attachmentParams = numberParam.extend({ attachmentId: z.uuid() });

/** Which signed copy is compared with the one before it (issue 19 point 5). */
export const comparisonQuery = z.object({
  copy: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .optional()
    .describe('the later copy’s number among the deliveries (1, 2…); the latest when absent'),
});

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** One signed copy as delivered: the facts its delivery receipt carries, its signer, and the document as signed. */
const signedCopy = z.object({
  copy: z.number().int().describe('its number among the declaration’s deliveries (the receipt check’s `submission`)'),
  registrationNumber,
  customsOffice: z.string(),
  submittedAt: z.string().describe('when it was delivered: the registration time its receipt carries'),
  signerIin: z.string().nullable(),
  signerBin: z.string().nullable(),
  certificateSerial: z.string().nullable(),
  documentSha256: sha256Hex.describe('SHA-256 of the bytes the declarant signed: the hash its receipt carries'),
  signatureSha256: sha256Hex.describe('SHA-256 of the declarant’s signature (the CMS) as it came'),
  document: z.unknown().describe('the document read from the signed bytes; null when they do not read as one'),
});

export const copyComparison = z.object({
  registrationNumber,
  kind: z.enum(declarationKinds),
  status: z.enum(declarationStatuses),
  later: signedCopy,
  earlier: signedCopy.nullable().describe('the copy before it; null for the first copy, which has none'),
});

export const decisionsQuery = z.object({ unread: z.enum(['true', 'false']).optional(), page });

/** Decisions the declarant has been shown, marked read at once (issue 19 point 5); a page holds at most 50. */
export const decisionsReadBody = z.object({ ids: z.array(z.uuid()).min(1).max(100) }).strict();
export const decisionsReadResponse = z.object({
  decisions: z.array(z.object({ id: z.string(), readAt: z.string() })),
});
export const decisionsResponse = z.object({
  page: z.number(),
  pageSize: z.number(),
  more: z.boolean(),
  decisions: z.array(
    z.object({
      id: z.string(),
      declarationId: z.string(),
      registrationNumber: z.string(),
      kind: z.string(),
      decision: z.string(),
      title: z.string(),
      reasons: z.array(z.string()),
      reasonTexts: z.array(z.string()),
      officeCode: z.string(),
      automatic: z.boolean(),
      decidedAt: z.string(),
      readAt: z.string().nullable(),
    }),
  ),
});
