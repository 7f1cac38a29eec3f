import { z } from 'zod';
import { credentialsRequestFields } from '../accounts/schemas.ts';
import { userTypes } from '../accounts/user-types.ts';

export const requestStatuses = ['submitted', 'approved', 'rejected'] as const;
export const requestChannels = ['electronic', 'paper'] as const;

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
  status: z.enum(requestStatuses),
  userType: z.enum(userTypes),
  iinBin: z.string(),
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
  identityDocument: z.object({ number: z.string(), issuedOn: z.string() }).nullable(),
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
export const rejectBody = z.object({ reason: z.string().trim().min(1).max(1000) }).strict();
export const approvedResponse = z.object({
  accountId: z.string(),
  login: z.string(),
  notice: z.enum(['email', 'letter']),
  noticeDueOn: z.string(),
});
export const rejectedResponse = z.object({ notice: z.enum(['email', 'letter']), noticeDueOn: z.string() });
export const noticeSentResponse = z.object({ noticeSentAt: z.string() });
