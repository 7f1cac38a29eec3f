import { z } from 'zod';

/**
 * Withdrawal of a registered declaration at the declarant's request (EAEU Customs Code art. 113):
 * the declarant's reason, signed with the NCA signing key like the declaration itself.
 */

/** The server's bound on a reason, and the browser's. */
export const maxWithdrawalReasonLength = 2000;

const reason = z
  .string()
  .max(maxWithdrawalReasonLength)
  .describe('why the declarant withdraws the declaration, in their own words (leading and trailing spaces dropped)');

export const withdrawalPayloadRequest = z.object({ reason }).strict();

export const withdrawalPayloadResponse = z.object({
  data: z
    .string()
    .describe(
      'base64 of the UTF-8 canonical JSON of { request: "withdrawal", registrationNumber, documentSha256, reason }: the bytes to sign',
    ),
});

/** A CMS over a short payload with its certificates: a few kilobytes; this bound leaves ample room. */
const signatureChars = 256 * 1024;

export const withdrawalRequest = z
  .object({
    reason,
    signature: z
      .string()
      .min(16)
      .max(signatureChars)
      .regex(/^[A-Za-z0-9+/=\s]+$/, 'base64')
      .describe('base64 CMS by the declarant’s NCA signing key over the withdrawal payload, detached or attached'),
  })
  .strict();

export const withdrawalResponse = z.object({
  status: z.literal('withdrawn'),
  registrationNumber: z.string(),
  withdrawnAt: z.string(),
});
