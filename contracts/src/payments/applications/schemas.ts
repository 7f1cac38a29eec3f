import { z } from 'zod';
import { tengeAmount } from '../ledger/schemas.ts';

/*
 * Applications to customs about money (ACC-21, ACC-14): deferral and instalment of the import
 * duty of a registered goods declaration, and the refund of money from the advance account; the
 * officer's signed decision on each; the obligations a granted deferral makes and the notices
 * that one has come due unpaid (WD-16).
 */

export const applicationKinds = ['deferral', 'instalment', 'refund'] as const;
export const applicationStatuses = ['pending', 'granted', 'refused'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const registrationNumber = z.string().regex(/^[0-9]{5}\/[0-9]{6}\/[0-9]{7}$/, 'NNNNN/DDMMYY/NNNNNNN');

/** One part of a schedule: the day it is due and the amount. */
export const schedulePart = z.object({ dueDate: isoDate, amount: tengeAmount }).strict();
/** A deferral is one part, an instalment 2 to 12 (the server checks the sum and the term). */
export const schedule = z.array(schedulePart).min(1).max(12);

const reason = z.string().trim().min(1).max(2_000);

/** Kazakhstan's IBAN (20 characters, KZ, checked by mod 97) and the bank's BIC (SWIFT, 8 or 11 characters). */
export const bankDetails = z
  .object({
    iban: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^KZ[0-9]{2}[0-9A-Z]{16}$/, 'IBAN KZ: 20 characters'),
    bic: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{4}KZ[A-Z0-9]{2}([A-Z0-9]{3})?$/, 'BIC of a bank in Kazakhstan'),
  })
  .strict();

const applicationId = z
  .uuid()
  .describe('the client’s id of the application: the same id again is the same application');

const dutyApplication = z
  .object({
    applicationId,
    kind: z.enum(['deferral', 'instalment']),
    registrationNumber,
    amount: tengeAmount,
    reason,
    /** the term asked for: one part for a deferral, 2 to 12 for an instalment */
    schedule,
  })
  .strict();

const refundApplication = z
  .object({
    applicationId,
    kind: z.literal('refund'),
    amount: tengeAmount,
    reason: reason.optional(),
    /** the customs body the application is addressed to */
    customsOffice: z.string().regex(/^[0-9]{5}$/),
    bank: bankDetails,
  })
  .strict();

/** What the payer signs: the canonical JSON of it, with the payer, is the signed application. */
export const applicationRequest = z.discriminatedUnion('kind', [dutyApplication, refundApplication]);

/** The application with the payer's CMS (base64) over the bytes of …/applications/payload. */
export const signedApplication = z.discriminatedUnion('kind', [
  dutyApplication.extend({ signature: z.string().min(1).max(1_000_000) }),
  refundApplication.extend({ signature: z.string().min(1).max(1_000_000) }),
]);

export const signingPayload = z.object({ data: z.string().describe('base64 of the bytes to sign') });

export const scheduleView = z.array(z.object({ dueDate: z.string(), amount: z.string() }));

export const decisionView = z.object({
  decision: z.enum(['grant', 'refuse']),
  reason: z.string().nullable(),
  schedule: scheduleView.nullable(),
  officeCode: z.string(),
  decidedAt: z.string(),
  /** the refund posting a granted refund made */
  postingId: z.number().nullable(),
});

export const applicationView = z.object({
  id: z.string(),
  kind: z.enum(applicationKinds),
  status: z.enum(applicationStatuses),
  payer: z.string(),
  registrationNumber: z.string().nullable(),
  customsOffice: z.string(),
  amount: z.string(),
  reason: z.string().nullable(),
  schedule: scheduleView.nullable(),
  bank: z.object({ iban: z.string(), bic: z.string() }).nullable(),
  filedAt: z.string(),
  decision: decisionView.nullable(),
});

export const obligationView = z.object({
  id: z.number(),
  applicationId: z.string(),
  payer: z.string(),
  registrationNumber: z.string().nullable(),
  customsOffice: z.string(),
  paymentType: z.string(),
  kbk: z.string(),
  amount: z.string(),
  dueDate: z.string(),
  paidAt: z.string().nullable(),
});

export const dueNoticeView = z.object({
  id: z.number(),
  obligationId: z.number(),
  registrationNumber: z.string().nullable(),
  paymentType: z.string(),
  kbk: z.string(),
  amount: z.string(),
  dueDate: z.string(),
  issuedAt: z.string(),
});

/** The cabinet's view: the payer's applications with their decisions, its obligations and the notices of payments due. */
export const cabinetView = z.object({
  applications: z.array(applicationView),
  obligations: z.array(obligationView),
  notices: z.array(dueNoticeView),
});

export const officerListQuery = z.object({
  status: z.enum(applicationStatuses).default('pending'),
  kind: z.enum(applicationKinds).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const applicationList = z.object({ applications: z.array(applicationView) });

export const applicationIdParam = z.object({ id: z.uuid() });
export const obligationIdParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** The officer's decision: a grant of a deferral or instalment names the schedule; a refusal says why. */
export const decisionRequest = z
  .object({
    decision: z.enum(['grant', 'refuse']),
    reason: z.string().trim().min(1).max(2_000).optional(),
    schedule: schedule.optional(),
  })
  .strict();

export const signedDecision = decisionRequest.extend({ signature: z.string().min(1).max(1_000_000) });

/** Overdue as of a day (today in Almaty by default): unpaid obligations due before it. */
export const overdueQuery = z.object({ asOf: isoDate.optional() });

export const obligationList = z.object({ obligations: z.array(obligationView) });

/** An obligation recorded paid: by a bank payment order straight to the budget, or from the advance account. */
export const paidRequest = z.discriminatedUnion('method', [
  z
    .object({
      method: z.literal('bank'),
      bankDocument: z.object({ number: z.string().trim().min(1).max(50), date: isoDate }).strict(),
    })
    .strict(),
  z.object({ method: z.literal('advance-account') }).strict(),
]);

export const obligationAnswer = z.object({ obligation: obligationView });
