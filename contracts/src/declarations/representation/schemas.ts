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
    paperBasis: z
      .string()
      .nullable()
      .describe(
        'The paper contract an officer entered it from; null: confirmed by the declarant’s signature, or not yet',
      ),
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

/** A representation an officer enters from the paper contract the declarant signed (ACC-9). */
export const paperRepresentation = newRepresentation.extend({
  representativeBin: z
    .string()
    .regex(/^[0-9]{12}$/, 'must be 12 digits')
    .refine(hasValidCheckDigit, 'check digit does not match')
    .describe('BIN of the customs representative, on the register of customs representatives'),
  paperBasis: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .describe('Which paper contract: its incoming number at the body, where the original is kept'),
});

export const namingQuery = z.object({
  iinBin: z
    .string()
    .regex(/^[0-9]{12}$/)
    .describe('Representations naming it as representative or declarant'),
});

/**
 * Who filed a document and for whom (issue 17 point 7): the filer with its entry of its type's
 * register on the day of registration, and, when it filed for another, the representation it
 * filed under. Declaration views, the declarant's and the officer's, show both parties.
 */
export const filingParties = z
  .object({
    filer: z.object({
      iinBin: z.string(),
      register: z.string().nullable().describe('The register the filer is on, as its user type needs'),
      registerNumber: z.string().nullable(),
    }),
    declarant: z.string(),
    representation: z
      .object({
        contractNumber: z.string(),
        contractDate: z.string(),
        validFrom: z.string(),
        validTo: z.string().nullable(),
        paperBasis: z.string().nullable(),
      })
      .nullable()
      .describe('The confirmed representation the filer acted under; null when it filed for itself'),
  })
  .meta({ id: 'FilingParties' });
