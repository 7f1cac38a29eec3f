import { z } from 'zod';

/** A request to the support service (REG-13, ACC-11, WD-32), bounded field by field. */
export const ticketInput = z.object({
  name: z.string().trim().min(1).max(200),
  // the same syntax the outbox checks, so an address accepted here can be written to
  email: z.email().max(254),
  subject: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^\r\n]*$/, 'must be one line'),
  message: z.string().trim().min(1).max(5000),
});
export type TicketInput = z.infer<typeof ticketInput>;

export const filedTicket = z
  .object({
    number: z.string().describe('SUP-YEAR-NNNNNN: quote it in any further contact'),
    createdAt: z.string(),
    confirmationSentTo: z
      .string()
      .nullable()
      .describe(
        'The e-mail address of the caller’s account the confirmation went to; null when filed without log-in: the system writes only to addresses it already knows, and the support service answers the address given',
      ),
  })
  .meta({ id: 'SupportTicketFiled' });

export const ticketView = z
  .object({
    id: z.uuid(),
    number: z.string(),
    name: z.string(),
    email: z.string(),
    subject: z.string(),
    message: z.string(),
    language: z.enum(['kk', 'ru', 'en']),
    accountId: z.uuid().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'SupportTicket' });
export type TicketView = z.infer<typeof ticketView>;
export const ticketList = z.object({ items: z.array(ticketView) });
export const ticketListQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });

/** How to reach the support service without the portal (REG-13): SUPPORT_EMAIL and SUPPORT_PHONE. */
export const supportContacts = z
  .object({
    email: z.string().describe('The support service’s e-mail address'),
    phone: z.string().describe('Its phone number as printed, e.g. +7 (7172) 00-00-00'),
  })
  .meta({ id: 'SupportContacts' });
export type SupportContacts = z.infer<typeof supportContacts>;
