import { z } from 'zod';
import { hasValidCheckDigit } from '../../domain/index.ts';

// A day of the calendar: 2026-02-31 is refused here, not by the database as a 500.
const isoDay = z.iso.date();
const contractNumber = z.string().trim().min(1).max(100);

export const newRepresentation = z.object({
  declarantIinBin: z
    .string()
    .regex(/^[0-9]{12}$/, 'must be 12 digits')
    .refine(hasValidCheckDigit, 'check digit does not match')
    .describe('IIN or BIN of the declarant represented'),
  contractNumber,
  contractDate: isoDay,
  validFrom: isoDay,
  validTo: isoDay.optional().describe('The last day the contract is in force; open-ended when absent'),
});

export const representationView = z
  .object({
    representativeBin: z.string(),
    declarantIinBin: z.string(),
    contractNumber: z.string(),
    contractDate: z.string(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    confirmedAt: z
      .string()
      .nullable()
      .describe('When the declarant confirmed it with its signature; until then the representative cannot act for it'),
    endedBy: z
      .enum(['representative', 'declarant'])
      .nullable()
      .describe('Who set the end of the contract, when one was set'),
    inForce: z.boolean().describe('Confirmed and in force today (Almaty)'),
    createdAt: z.string(),
  })
  .meta({ id: 'CustomsRepresentation' });

export const representationList = z.object({ items: z.array(representationView) });

export const representationKey = z.object({ declarantIinBin: z.string().regex(/^[0-9]{12}$/), contractNumber });

/** A representation as its declarant names it: by the representative and the contract. */
export const representativeKey = z.object({ representativeBin: z.string().regex(/^[0-9]{12}$/), contractNumber });

export const confirmRequest = z.object({
  signature: z
    .string()
    .min(1)
    .max(65_536)
    .describe(
      'Base64 CMS by the declarant (its IIN, or an employee under its BIN) with a signing key over representationConfirmationPayload of the terms, attached or detached',
    ),
});

export const endRequest = z
  .object({ validTo: isoDay.optional().describe('The last day in force; today (Almaty) when absent') })
  .nullish();
