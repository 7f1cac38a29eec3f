import { z } from 'zod';
import { consentGiven, credentialsRequestFields } from '../accounts/schemas.ts';
import { userTypes } from '../accounts/user-types.ts';

export const requestStatuses = ['submitted', 'approved', 'rejected'] as const;
export const requestChannels = ['electronic', 'paper'] as const;
/**
 * How the applicant's identity is known: the NCA signature over an online request, the paper
 * request itself, or not yet: an online request filed without a signature (REG-10), which the
 * officer checks against the identity document on paper before approving (AST-6).
 */
export const requestVerifications = ['signature', 'paper', 'paper_check_required'] as const;
/** The identity document of a person registered neither as a legal entity nor as an entrepreneur (AST-6). */
export const identityDocumentKinds = ['id_card', 'passport', 'residence_permit', 'foreign_passport'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * A request for a login and password filed online without the NCA signature (REG-10, AST-6). A
 * resident gives the IIN/BIN and, by its kind, the state-registration notice or the identity
 * document; a non-resident individual without an IIN gives the foreign passport, the full name in
 * Latin letters and the date of birth, and is given an identification number on approval. Nothing
 * reaches the body before the link e-mailed to `email` is followed.
 */
export const unsignedRequestBody = z
  .object({
    applicant: z.enum(['resident', 'non_resident']),
    userType: z.enum(userTypes),
    iinBin: z
      .string()
      .regex(/^\d{12}$/)
      .optional()
      .describe('residents only'),
    email: z.email().max(254),
    regionCode: z.string().regex(/^\d{2}$/),
    applicantName: z.string().trim().min(1).max(300).describe('a non-resident: the full name in Latin letters'),
    postalAddress: z.string().trim().min(1).max(500).optional(),
    phone: z.string().trim().min(3).max(40).optional(),
    registrationNotice: z
      .object({ number: z.string().trim().min(1).max(50), issuedOn: isoDate })
      .strict()
      .optional()
      .describe('a legal entity or individual entrepreneur: the notice/certificate of state registration'),
    identityDocument: z
      .object({
        kind: z.enum(identityDocumentKinds),
        number: z.string().trim().min(1).max(30),
        issuedOn: isoDate,
        country: z
          .string()
          .regex(/^[A-Z]{2}$/)
          .optional()
          .describe('the issuing country of a foreign passport, ISO 3166-1 alpha-2'),
      })
      .strict()
      .optional(),
    birthDate: isoDate.optional().describe('non-residents only'),
    consent: consentGiven,
  })
  .strict();

export const unsignedRequestFiled = z.object({
  status: z.literal('awaiting_email_confirmation'),
  /** how long the e-mailed link stays valid */
  confirmWithinHours: z.number(),
});

export const unsignedRequestConfirmBody = z.object({ token: z.string().min(20).max(100) }).strict();

/** A paper request as the officer types it in (AST-2, AST-6): the request's fields, with the applicant's own. */
export const paperRequestBody = credentialsRequestFields
  .extend({
    userType: z.enum(userTypes),
    iinBin: z.string().regex(/^\d{12}$/),
    applicantName: z.string().trim().min(1).max(300),
    postalAddress: z.string().trim().min(1).max(500),
    email: z.email().max(254).optional(),
    language: z.enum(['kk', 'ru', 'en']).optional(),
    regionCode: z
      .string()
      .regex(/^\d{2}$/)
      .optional()
      .describe('administrators only: the region whose department reviews it'),
  })
  .strict();

export const filedResponse = z.object({
  requestId: z.string(),
  number: z.string(),
  bodyCode: z.string(),
  reviewDueOn: z.string(),
});

export const queueQuery = z.object({
  status: z.enum(requestStatuses).optional(),
  overdue: z.enum(['true', 'false']).optional().describe('true: only requests whose review or notice is late today'),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export const requestSummary = z.object({
  id: z.string(),
  number: z.string(),
  channel: z.enum(requestChannels),
  verification: z.enum(requestVerifications),
  status: z.enum(requestStatuses),
  userType: z.enum(userTypes),
  /** null: a non-resident without an IIN, until approval assigns the number */
  iinBin: z.string().nullable(),
  nonResident: z.boolean(),
  applicantName: z.string().nullable(),
  bodyCode: z.string(),
  receivedOn: z.string(),
  reviewDueOn: z.string(),
  workingDaysLeft: z.number().nullable(),
  reviewOverdue: z.boolean(),
  decidedOn: z.string().nullable(),
  login: z.string().nullable(),
  noticeDueOn: z.string().nullable(),
  noticeSentAt: z.string().nullable(),
  noticeOverdue: z.boolean(),
});

export const queueResponse = z.object({ today: z.string(), requests: z.array(requestSummary) });

export const requestDetail = requestSummary.extend({
  regionCode: z.string(),
  registrationNoticeNumber: z.string().nullable(),
  registrationNoticeIssuedOn: z.string().nullable(),
  identityDocument: z
    .object({
      kind: z.enum(identityDocumentKinds).nullable(),
      number: z.string(),
      issuedOn: z.string(),
      country: z.string().nullable(),
    })
    .nullable(),
  birthDate: z.string().nullable(),
  /** what the officer saw on paper before approving an unsigned request */
  identityCheckedDocument: z.string().nullable(),
  postalAddress: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  language: z.enum(['kk', 'ru', 'en']),
  certificate: z
    .object({
      serialNumber: z.string(),
      commonName: z.string().nullable(),
      subjectIin: z.string().nullable(),
      subjectBin: z.string().nullable(),
      notAfter: z.string(),
    })
    .nullable(),
  rejectionReason: z.string().nullable(),
  accountId: z.string().nullable(),
  /** a letter can be printed: a decided paper request whose approval letter has not been posted yet */
  letterAvailable: z.boolean(),
  history: z.array(
    z.object({
      at: z.string(),
      action: z.string(),
      outcome: z.string(),
      actorAccountId: z.string().nullable(),
      details: z.record(z.string(), z.unknown()),
    }),
  ),
});

export const idParam = z.object({ id: z.uuid() });
/**
 * An unsigned request (verification 'paper_check_required') is approved only once the officer has
 * checked the applicant's identity against the document on paper, and says which document it was.
 */
export const approveBody = z
  .object({
    identityCheckedOnPaper: z.literal(true).optional(),
    documentSeen: z.string().trim().min(1).max(300).optional(),
  })
  .strict();
export const rejectBody = z.object({ reason: z.string().trim().min(1).max(1000) }).strict();
export const approvedResponse = z.object({
  accountId: z.string(),
  login: z.string(),
  /** the identification number given to a non-resident without an IIN (the 9900… series) */
  assignedNumber: z.string().nullable(),
  notice: z.enum(['email', 'letter']),
  noticeDueOn: z.string(),
});
export const rejectedResponse = z.object({ notice: z.enum(['email', 'letter']), noticeDueOn: z.string() });
export const noticeSentResponse = z.object({ noticeSentAt: z.string() });
