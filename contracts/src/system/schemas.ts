import { z } from 'zod';

export const healthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgresql']),
  version: z.string(),
});

export const liveResponse = z.object({ status: z.literal('live') });

/** What a node needs before it takes requests; each `ok` when ready (a 503 NOT_READY lists them in its details). */
export const readinessChecks = z.object({
  database: z.enum(['ok', 'unavailable']).describe('the database answered a query'),
  migrations: z.enum(['ok', 'pending']).describe('every migration this version knows is applied'),
  reference: z.enum(['ok', 'loading']).describe('the in-memory copies of reference data are built'),
  shutdown: z.enum(['ok', 'stopping']).describe('the node is not shutting down'),
});

export const readyResponse = z.object({ status: z.literal('ready'), checks: readinessChecks });

/** The development mailbox (issue 4): what the system would have e-mailed. */
export const mailAttachmentSummary = z.object({
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int().describe('bytes'),
});

export const mailboxMessage = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime().describe('When the message was stored'),
    from: z.string(),
    to: z.array(z.string()),
    replyTo: z.string().nullable().describe('Where an answer goes when not to `from` (Reply-To)'),
    subject: z.string(),
    kind: z.string().nullable().describe('What the message is for, e.g. registration.confirm'),
    text: z.string(),
    html: z.string().nullable(),
    links: z.array(z.string()).describe('The http(s) links in the text, in order: confirmation links and the like'),
    attachments: z.array(mailAttachmentSummary),
  })
  .meta({ id: 'DevMailboxMessage' });

export const mailboxMessageWithContent = mailboxMessage
  .extend({ attachments: z.array(mailAttachmentSummary.extend({ contentBase64: z.base64() })) })
  .meta({ id: 'DevMailboxMessageWithAttachments' });

export const mailboxQuery = z.object({
  to: z.string().max(254).optional().describe('Only messages to this address (any case)'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const mailboxMessageParams = z.object({ id: z.coerce.number().int().positive() });

export const mailbox = z.object({ messages: z.array(mailboxMessage) }).meta({ id: 'DevMailbox' });
export const mailboxCleared = z.object({ deleted: z.number().int() }).meta({ id: 'DevMailboxCleared' });
