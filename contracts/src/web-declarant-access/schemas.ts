import { z } from 'zod';
import { applicantKinds, applicationFields } from './application-fields.ts';

// A CMS by a signing key over a few kilobytes of JSON, with its certificate chain: 64 kB is ample.
const cmsBase64 = z
  .string()
  .min(16)
  .max(65_536)
  .regex(/^[A-Za-z0-9+/=\s]+$/, 'base64');
export const applicationStatuses = ['received', 'issued', 'rejected'] as const;
const text = (max: number) => z.string().trim().min(1).max(max);

export const onlineApplicationRequest = applicationFields.extend({ signature: cmsBase64 }).strict();

export const receivedApplication = z.object({
  applicationId: z.string(),
  bodyCode: z.string(),
  journalYear: z.number(),
  journalNumber: z.number(),
  letterDueOn: z.string(),
});

export const formQuery = z.object({ lang: z.enum(['kk', 'ru', 'en']).optional() });

export const applicationView = z.object({
  id: z.string(),
  bodyCode: z.string(),
  journalYear: z.number(),
  journalNumber: z.number(),
  channel: z.enum(['online', 'paper']),
  applicantKind: z.enum(applicantKinds),
  taxpayerNumber: z.string(),
  fullName: z.string(),
  workplaces: z.number(),
  fields: applicationFields,
  signerIin: z.string().nullable(),
  status: z.enum(applicationStatuses),
  receivedAt: z.string(),
  letterDueOn: z.string(),
  overdue: z.boolean(),
  letterSentAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  rejectReason: z.string().nullable(),
  accountId: z.string().nullable(),
});

export const queueQuery = z.object({
  status: z.enum(applicationStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export const applicationList = z.object({ applications: z.array(applicationView) });
export const idParam = z.object({ id: z.uuid() });

export const issueResponse = z.object({
  applicationId: z.string(),
  accountId: z.string(),
  /** one per workplace (WD-21, WD-25) */
  logins: z.array(z.string()),
  workplaces: z.number(),
  existingAccount: z.boolean(),
  letterSentAt: z.string(),
});
export const rejectRequest = z.object({ reason: text(2000) }).strict();
export const rejectResponse = z.object({ applicationId: z.string(), letterSentAt: z.string() });

export const journalQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2999).optional(),
  format: z.enum(['json', 'csv', 'pdf']).default('json'),
  bodyCode: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  /** the language of the export's words; by default the request's (Accept-Language) */
  lang: z.enum(['kk', 'ru', 'en']).optional(),
});
export const journalEntry = z.object({
  applicationId: z.string(),
  bodyCode: z.string(),
  number: z.number(),
  userName: z.string(),
  taxpayerNumber: z.string(),
  okpo: z.string().nullable(),
  actualAddress: z.string(),
  legalAddress: z.string(),
  stickerCode: z.string(),
  email: z.string(),
  phone: z.string(),
  receivedOn: z.string(),
  status: z.enum(applicationStatuses),
});
export const journalResponse = z.object({ year: z.number(), entries: z.array(journalEntry) });

export const suspendRequest = z.object({ reason: text(2000) }).strict();
export const liftRequest = z.object({ reason: text(2000).optional() }).strict();
export const revokeRequest = z
  .object({ reason: text(2000), ground: z.enum(['rules_broken', 'code_revoked']) })
  .strict();
export const regrantRequest = z.object({ causeRemoved: z.literal(true), note: text(2000).optional() }).strict();

export const measureTaken = z.object({
  accountId: z.string(),
  measure: z.enum(['suspended', 'suspension_lifted', 'revoked', 'regranted']),
  accessStatus: z.enum(['active', 'suspended', 'revoked', 'disabled']),
  permanent: z.boolean(),
  noticeOn: z.string(),
  earliestRegrant: z.string().nullable(),
});

export const accessView = z.object({
  accountId: z.string(),
  accessStatus: z.enum(['active', 'suspended', 'revoked', 'disabled']),
  revocations: z.number(),
  revocationsBeforeDisabling: z.number(),
  earliestRegrant: z.string().nullable(),
  measures: z.array(
    z.object({
      id: z.string(),
      measure: z.enum(['suspended', 'suspension_lifted', 'revoked', 'regranted']),
      ground: z.enum(['third_party_access', 'rules_broken', 'code_revoked']).nullable(),
      reason: z.string().nullable(),
      noticeOn: z.string(),
      permanent: z.boolean(),
      bodyCode: z.string().nullable(),
      byAccountId: z.string(),
      at: z.string(),
    }),
  ),
});
