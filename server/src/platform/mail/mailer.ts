import type { Logger } from 'pino';
import { type Clock, systemClock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Queryable } from '../db/database.ts';
import { OutboxDeferral, type OutboxHandler } from '../outbox/worker.ts';
import { webLink, webPages } from '../web-pages.ts';
import { storeInDevMailbox } from './dev-mailbox.ts';
import { mailMessageSchema } from './mail.ts';
import { withSupportFooter } from './support-footer.ts';

export interface MailHandlerOptions {
  config: Pick<Config, 'environment' | 'publicUrl' | 'support'> & { mail: Config['mail'] };
  db: Queryable;
  logger: Logger;
  /** when a message entered the development mailbox */
  clock?: Clock;
}

/**
 * The handler of the `mail.send` outbox topic, the transport chosen by configuration: with
 * SMTP_URL, the relay; without it, the development mailbox (outside production), or, in
 * production, nothing: messages wait in the outbox until a relay is configured.
 */
export function createMailHandler({ config, db, logger, clock = systemClock }: MailHandlerOptions): OutboxHandler {
  const { smtpUrl, from } = config.mail;
  const prepared = (payload: unknown) => withSupportFooter(mailMessageSchema.parse(payload), config.support);
  if (smtpUrl) {
    // Short timeouts: a relay that hangs must not hold the outbox lease; the outbox retries.
    // nodemailer is loaded with the first message, not at start (only installations with a relay need it).
    const transport = import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport({
        url: smtpUrl,
        connectionTimeout: 20_000,
        greetingTimeout: 20_000,
        socketTimeout: 60_000,
      }),
    );
    const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'shekara.localhost';
    return async (payload, outboxMessage) => {
      const message = prepared(payload);
      await (await transport).sendMail({
        from,
        to: message.to,
        ...(message.replyTo ? { replyTo: message.replyTo } : {}),
        subject: message.subject,
        text: message.text,
        ...(message.html !== undefined ? { html: message.html } : {}),
        attachments: (message.attachments ?? []).map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: Buffer.from(a.contentBase64, 'base64'),
        })),
        // The same id on a resend lets mail clients drop the duplicate.
        messageId: `<outbox.${outboxMessage.id}.${outboxMessage.createdAt.getTime()}@${domain}>`,
        ...(message.kind ? { headers: { 'X-Shekara-Kind': message.kind } } : {}),
      });
    };
  }
  if (config.environment === 'production') {
    logger.error('SMTP_URL is not set: e-mail is kept in the outbox and sent once a relay is configured');
    return async () => {
      throw new OutboxDeferral('SMTP_URL is not set');
    };
  }
  return async (payload, outboxMessage) => {
    const message = prepared(payload);
    await storeInDevMailbox(db, clock.now(), outboxMessage.id, from, message);
    logger.info(
      { to: message.to, subject: message.subject, mailbox: webLink(config.publicUrl, webPages.devMailbox()) },
      'e-mail kept in the development mailbox',
    );
  };
}
