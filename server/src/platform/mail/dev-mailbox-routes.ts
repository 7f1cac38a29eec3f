import { devMailboxRoutes as routes } from '@shekara/contracts/system';
import type { Queryable } from '../db/database.ts';
import { PlatformErrors } from '../errors.ts';
import { publicAccess } from '../http/access.ts';
import { contractRoutes } from '../http/contract-routes.ts';
import type { ZodApp } from '../http/types.ts';
import { clearDevMailbox, findInDevMailbox, listDevMailbox } from './dev-mailbox.ts';

const sizeOf = (contentBase64: string) => Buffer.from(contentBase64, 'base64').length;

/**
 * The development mailbox over HTTP (issue 4): what the system would have e-mailed, for people
 * trying it out and for browser tests that follow a confirmation link. Never registered in
 * production (app.ts), where mail goes to the relay or waits in the outbox.
 */
export async function devMailboxRoutes(app: ZodApp, { db }: { db: Queryable }): Promise<void> {
  // Open to anyone where it exists: development and tests, never production.
  const route = contractRoutes(app, { tags: ['development'], access: publicAccess });

  route(routes.list, {
    summary: 'Messages in the development mailbox',
    description: 'Development only: e-mail the system would have sent, newest first.',
    noStore: true,
    handler: async (request) => {
      const messages = await listDevMailbox(db, request.query);
      return {
        messages: messages.map((m) => ({
          ...m,
          attachments: m.attachments.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            size: sizeOf(a.contentBase64),
          })),
        })),
      };
    },
  });

  route(routes.one, {
    summary: 'One message of the development mailbox',
    description: 'Development only: the message with its attachments’ content.',
    noStore: true,
    handler: async (request) => {
      const message = await findInDevMailbox(db, request.params.id);
      if (!message) throw PlatformErrors.NOT_FOUND();
      return { ...message, attachments: message.attachments.map((a) => ({ ...a, size: sizeOf(a.contentBase64) })) };
    },
  });

  route(routes.clear, {
    summary: 'Empty the development mailbox',
    description: 'Development only.',
    handler: async () => ({ deleted: await clearDevMailbox(db) }),
  });
}
