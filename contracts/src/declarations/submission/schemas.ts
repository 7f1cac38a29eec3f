import { z } from 'zod';
import { declarationStatuses } from '../status/machine.ts';

/** Request and response schemas of signed submission and the public receipt check. */

export const declarationParams = z.object({ id: z.string().uuid() });

export const signingPayloadResponse = z.object({
  data: z
    .string()
    .describe(
      'base64 of the UTF-8 canonical JSON of { declarationId, kind, schemaVersion, document }: the bytes to sign',
    ),
});

export const submitHeaders = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .describe(
      'Required: 1–200 visible ASCII characters, new for each new request; a repeat with the same key returns the first answer',
    ),
});

/** 1–200 visible ASCII characters. */
export const idempotencyKeyPattern = /^[\x21-\x7e]{1,200}$/;

export function submitRequest(maxSignatureChars: number) {
  return z
    .object({
      customsOffice: z
        .string()
        .regex(/^\d{5}$/)
        .describe('Code of the customs body the declaration is delivered to (WD-12)'),
      signature: z
        .string()
        .min(16)
        .max(maxSignatureChars)
        .regex(/^[A-Za-z0-9+/=\s]+$/, 'base64')
        .describe(
          'base64 CMS by the declarant’s NCA signing key: detached over the signing payload, or with the payload attached as its content',
        ),
    })
    .strict();
}

export const receipt = z.object({
  cms: z
    .string()
    .describe(
      'base64 CMS with attached content, signed with the system’s key; the content is the canonical JSON of the other fields',
    ),
  registrationNumber: z.string(),
  documentSha256: z.string().describe('SHA-256 of the signed bytes, lower-case hex'),
  customsOffice: z.string(),
  registeredAt: z.string(),
  declarationId: z.string(),
});

export const submitResponse = z.object({ registrationNumber: z.string(), receipt });

/** The registration number's three parts, as the path spells the number. */
export const receiptParams = z.object({
  office: z.string().max(5).describe('OOOOO: the customs office'),
  date: z.string().max(6).describe('DDMMYY: the day of registration'),
  serial: z.string().max(7).describe('NNNNNNN: the serial'),
});

export const receiptCheckQuery = z.object({
  hash: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/)
    .describe('SHA-256 of the signed document, hex, as printed on the receipt'),
});

export const receiptCheckResponse = z.object({
  registrationNumber: z.string(),
  customsOffice: z.string(),
  registeredAt: z.string().describe('when this copy was delivered'),
  kind: z.string(),
  status: z.enum(declarationStatuses),
  /** 1 for the first delivery, 2… for copies resubmitted after a requested correction */
  submission: z.number(),
  /** what replaced this copy, or null while it is the declaration's standing copy (issue 19 point 8) */
  supersededBy: z
    .object({
      by: z.enum(['resubmission', 'correction']),
      registrationNumber: z.string(),
      submission: z.number().nullable(),
      at: z.string(),
    })
    .nullable(),
});

const tenge = z.string().regex(/^\d+\.\d{2}$/);

/**
 * What a registered goods or passenger declaration owes, what is held for it on an advance account
 * and, once released, what was taken (issue 16 point 3, issue 17 point 2, ACC-14): the payments
 * engine's assessment of its latest signed copy on the day of registration. `failure` is the engine's refusal (a box or a rate missing), in the reader's
 * language; `assessed` is false for a kind the engine does not assess.
 */
export const paymentStatus = z
  .object({
    assessed: z.boolean(),
    assessedOn: z.string().nullable(),
    owed: tenge.nullable(),
    totals: z.record(z.string(), tenge),
    held: tenge,
    heldBy: z.string().nullable(),
    collected: tenge.describe('What was taken for the budget from the advance account at the release'),
    failure: z.object({ code: z.string(), message: z.string() }).nullable(),
    /** whether the payment can be made now from the caller's organisation's advance account */
    payable: z.boolean(),
    status: z.string(),
  })
  .meta({ id: 'DeclarationPaymentStatus' });
export type PaymentStatus = z.infer<typeof paymentStatus>;
