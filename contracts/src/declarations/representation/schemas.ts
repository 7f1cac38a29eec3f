import { z } from 'zod';
import { hasValidCheckDigit } from '../../domain/index.ts';

const isoDay = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a YYYY-MM-DD date');
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
    inForce: z.boolean().describe('In force today (Almaty)'),
    createdAt: z.string(),
  })
  .meta({ id: 'CustomsRepresentation' });

export const representationList = z.object({ items: z.array(representationView) });

export const representationKey = z.object({ declarantIinBin: z.string().regex(/^[0-9]{12}$/), contractNumber });

export const endRequest = z
  .object({ validTo: isoDay.optional().describe('The last day in force; today (Almaty) when absent') })
  .nullish();
