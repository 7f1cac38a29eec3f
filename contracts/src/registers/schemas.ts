import { z } from 'zod';
import { hasValidCheckDigit } from '../domain/index.ts';
import { operatorRegisters } from './kinds.ts';

const isoDay = z.iso.date();
const iinBin = z
  .string()
  .regex(/^[0-9]{12}$/, 'must be 12 digits')
  .refine(hasValidCheckDigit, 'check digit does not match');

export const registerEntryView = z
  .object({
    id: z.string(),
    register: z.enum(operatorRegisters),
    iinBin: z.string(),
    registerNumber: z.string().describe('The number of the entry (of the certificate of inclusion) in the register'),
    name: z.string(),
    validFrom: z.string(),
    validTo: z.string().nullable().describe('The last day on the register; open-ended when null'),
    endReason: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'OperatorRegisterEntry' });

export const registerEntryList = z.object({ items: z.array(registerEntryView), total: z.number() });

export const registerEntryQuery = z.object({
  register: z.enum(operatorRegisters).optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Part of the IIN/BIN, the register number or the name'),
  on: isoDay.optional().describe('Only entries in force on this day'),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const newRegisterEntry = z.object({
  register: z.enum(operatorRegisters),
  iinBin,
  registerNumber: z.string().trim().min(1).max(50),
  name: z.string().trim().min(1).max(300),
  validFrom: isoDay,
  validTo: isoDay.optional(),
});

export const registerEntryParams = z.object({ id: z.uuid() });

export const endRegisterEntry = z.object({
  validTo: isoDay.describe('The last day on the register'),
  reason: z.string().trim().min(1).max(500).describe('Why: excluded, suspended, the certificate expired…'),
});

/** Where the caller stands on the register of its user type today, as the cabinet shows it. */
export const registerStanding = z
  .object({
    register: z.enum(operatorRegisters),
    registerNumber: z.string(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
  })
  .meta({ id: 'RegisterStanding' });
