import { z } from 'zod';
import type { Queryable } from '../db/database.ts';
import { PlatformErrors } from '../errors.ts';
import type { ZodApp } from '../http/types.ts';
import { clearDevMailbox, findInDevMailbox, listDevMailbox } from './dev-mailbox.ts';

/**
 * The development mailbox over HTTP (issue 4): what the system would have e-mailed, for people
 * trying it out and for browser tests that follow a confirmation link. Never registered in
 * production (app.ts), where mail goes to the relay or waits in the outbox.
 */
const attachmentSummary = z.object({ filename: z.string(), contentType: z.string(), size: z.number().int().describe('bytes') });

const mailboxMessage = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime().describe('When the message was stored'),
    from: z.string(),
    to: z.array(z.string()),
    subject: z.string(),
    kind: z.string().nullable().describe('What the message is for, e.g. registration.confirm'),
    text: z.string(),
    html: z.string().nullable(),
    links: z.array(z.string()).describe('The http(s) links in the text, in order: confirmation links and the like'),
    attachments: z.array(attachmentSummary),
  })
  .meta({ id: 'DevMailboxMessage' });

const mailboxMessageWithContent = mailboxMessage
  .extend({ attachments: z.array(attachmentSummary.extend({ contentBase64: z.base64() })) })
  .meta({ id: 'DevMailboxMessageWithAttachments' });

const listQuery = z.object({
  to: z.string().max(254).optional().describe('Only messages to this address (any case)'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const byId = z.object({ id: z.coerce.number().int().positive() });

const sizeOf = (contentBase64: string) => Buffer.from(contentBase64, 'base64').length;

export async function devMailboxRoutes(app: ZodApp, { db }: { db: Queryable }): Promise<void> {
  app.get(
    '/api/v1/dev/mailbox',
    {
      schema: {
        summary: 'Messages in the development mailbox',
        description: 'Development only: e-mail the system would have sent, newest first.',
        tags: ['development'],
        querystring: listQuery,
        response: { 200: z.object({ messages: z.array(mailboxMessage) }).meta({ id: 'DevMailbox' }) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const messages = await listDevMailbox(db, request.query);
      return {
        messages: messages.map((m) => ({ ...m, attachments: m.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, size: sizeOf(a.contentBase64) })) })),
      };
    },
  );

  app.get(
    '/api/v1/dev/mailbox/:id',
    {
      schema: {
        summary: 'One message of the development mailbox',
        description: 'Development only: the message with its attachments’ content.',
        tags: ['development'],
        params: byId,
        response: { 200: mailboxMessageWithContent },
      },
    },
    async (request, reply) => {
      const message = await findInDevMailbox(db, request.params.id);
      if (!message) throw PlatformErrors.NOT_FOUND();
      reply.header('cache-control', 'no-store');
      return { ...message, attachments: message.attachments.map((a) => ({ ...a, size: sizeOf(a.contentBase64) })) };
    },
  );

  app.delete(
    '/api/v1/dev/mailbox',
    {
      schema: {
        summary: 'Empty the development mailbox',
        description: 'Development only.',
        tags: ['development'],
        response: { 200: z.object({ deleted: z.number().int() }).meta({ id: 'DevMailboxCleared' }) },
      },
    },
    async () => ({ deleted: await clearDevMailbox(db) }),
  );
}
