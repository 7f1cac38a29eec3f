import pino from 'pino';
import { registeredTopic } from '../modules/declarations/officer/on-registered.ts';
import { declarationOutboxHandlers } from '../modules/declarations/officer/outbox-handlers.ts';
import { type Clock, systemClock } from '../platform/clock.ts';
import type { Database } from '../platform/db/database.ts';
import { type DevMailboxMessage, listDevMailbox } from '../platform/mail/dev-mailbox.ts';
import { mailTopic } from '../platform/mail/mail.ts';
import { createMailHandler } from '../platform/mail/mailer.ts';
import { drainOutbox } from '../platform/outbox/worker.ts';
import { testAppConfig } from './app.ts';

/**
 * Sends the e-mail due in the outbox (topic mail.send only) into the development mailbox and returns everything the
 * mailbox holds, newest first, each with the `links` found in its text. A test that needs a
 * confirmation e-mail commits its action, then:
 *
 *   const [mail] = await deliverMail(db, clock);
 *   expect(mail.to).toEqual(['user@example.kz']);
 *   await app.inject({ method: 'GET', url: new URL(mail.links[0]!).pathname + new URL(mail.links[0]!).search });
 *
 * Pass the clock the test enqueued with when it is set ahead of the real time (a message is due
 * from the moment it was enqueued).
 */
export async function deliverMail(db: Database, clock: Clock = systemClock): Promise<DevMailboxMessage[]> {
  const logger = pino({ level: 'silent' });
  const config = {
    environment: 'test',
    publicUrl: 'http://localhost',
    mail: { smtpUrl: undefined, from: 'Shekara <no-reply@shekara.localhost>' },
    support: testAppConfig.support,
  } as const;
  await drainOutbox({
    db,
    clock,
    logger,
    topics: [mailTopic],
    handlers: { [mailTopic]: createMailHandler({ config, db, logger, clock }) },
  });
  return listDevMailbox(db, { limit: 1000 });
}

/**
 * Routes the declarations registered meanwhile, as the outbox worker would after their commit:
 * the `declarations.registered` messages due, handled by the declarations module's own handler.
 */
export function routeRegistered(db: Database, clock: Clock) {
  const logger = pino({ level: 'silent' });
  return drainOutbox({
    db,
    clock,
    logger,
    topics: [registeredTopic],
    handlers: declarationOutboxHandlers({
      db,
      clock,
      logger,
      publicUrl: 'http://localhost:8080',
      notifyOutbox: () => {},
    }),
  });
}
