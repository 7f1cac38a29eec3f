import { z } from 'zod';

/**
 * A transit declaration's movement as its offices, its declarant and its carrier see it (issue 17
 * point 4): kept from the release for transit on; amounts in tenge as decimal strings.
 */
export const transitMovement = z
  .object({
    departureOffice: z.string(),
    destinationOffice: z.string(),
    deliveryTerm: z.string().describe('YYYY-MM-DD: the goods must arrive by the end of this day (box D)'),
    carrierIinBin: z.string().nullable(),
    security: z.object({
      amount: z.string().nullable().describe('the payments engine’s amount on the day of release (procedure 80)'),
      failure: z
        .object({ code: z.string(), message: z.string() })
        .nullable()
        .describe('why the engine could not calculate it'),
      declaredAmount: z.string().nullable().describe('box 52 as declared'),
      methodCode: z.string().nullable(),
      certificateNumber: z.string().nullable(),
    }),
    releasedAt: z.string(),
    releasedByOffice: z.string(),
    arrivedAt: z.string().nullable(),
    arrivalOffice: z.string().nullable(),
    completedAt: z.string().nullable(),
    completionOffice: z.string().nullable(),
    overdueFlaggedAt: z.string().nullable().describe('when the term passed with no arrival recorded'),
  })
  .meta({ id: 'TransitMovement' });
export type TransitMovementView = z.infer<typeof transitMovement>;
