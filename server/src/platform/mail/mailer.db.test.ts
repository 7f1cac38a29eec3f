import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { beforeEach, describe, expect, it } from 'vitest';
import { capturingLogger } from '../../testing/logger.ts';
import { deliverMail } from '../../testing/outbox.ts';
import { suiteDatabase } from '../../testing/suite-database.ts';
import { manualClock } from '../clock.ts';
import { AppError } from '../errors.ts';
import { drainOutbox } from '../outbox/worker.ts';
import { listDevMailbox } from './dev-mailbox.ts';
import { enqueueMail, type MailMessage, mailTopic } from './mail.ts';
import { createMailHandler } from './mailer.ts';

/** Outgoing e-mail through the outbox (issue 4, point 4): a real SMTP server, the development mailbox, production without a relay. */
const db = await suiteDatabase();
beforeEach(async () => {
  await db.query('delete from outbox');
  await db.query('delete from dev_mailbox');
});

const start = '2026-03-02T09:00:00Z';
const from = 'Shekara <no-reply@shekara.test>';

const confirmation: MailMessage = {
  to: ['asel@example.kz'],
  subject: 'Тіркеуді растаңыз — Подтвердите регистрацию',
  text: 'Сәлеметсіз бе! Здравствуйте! Растау сілтемесі: https://shekara.test/register/confirm?token=abc123.\n',
  html: '<p>Сәлеметсіз бе!</p>',
  kind: 'registration.confirm',
  replyTo: 'help@shekara.test',
  language: 'kk',
  attachments: [
    {
      filename: 'хабарлама.txt',
      contentType: 'text/plain',
      contentBase64: Buffer.from('Уведомление о логине').toString('base64'),
    },
  ],
};

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** An SMTP server on 127.0.0.1 that keeps what it receives; `refuse` answers DATA with a temporary failure. */
async function smtpServer(options: { refuse?: number } = {}) {
  const received: Received[] = [];
  let refusals = options.refuse ?? 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refusals-- > 0) return callback(Object.assign(new Error('mailbox busy, try later'), { responseCode: 451 }));
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('latin1'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { received, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const smtpConfig = (port: number) => ({
  environment: 'test' as const,
  publicUrl: 'https://shekara.test',
  mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from },
  support,
});
const support = { email: 'help@shekara.test', phone: '+7 (7172) 55-12-34' };
const kazakhFooter = 'Қолдау қызметі: help@shekara.test, тел. +7 (7172) 55-12-34';

describe('mail through an SMTP relay', () => {
  it('delivers a committed message: envelope, subject and Kazakh/Russian text in UTF-8, attachment', async () => {
    const smtp = await smtpServer();
    try {
      const clock = manualClock(start);
      const { logger } = capturingLogger();
      await db.transaction((tx) => enqueueMail(tx, clock.now(), confirmation));
      const handlers = { [mailTopic]: createMailHandler({ config: smtpConfig(smtp.port), db, logger }) };
      expect(await drainOutbox({ db, clock, logger, handlers })).toBe(1);

      expect(smtp.received).toHaveLength(1);
      const mail = smtp.received[0]!;
      expect(mail.from).toBe('no-reply@shekara.test');
      expect(mail.to).toEqual(['asel@example.kz']);
      const parsed = parseMime(mail.raw);
      expect(parsed.header('subject')).toBe(confirmation.subject);
      expect(parsed.header('from')).toBe(from);
      expect(parsed.header('x-shekara-kind')).toBe('registration.confirm');
      expect(parsed.header('message-id')).toMatch(/^<outbox\.\d+\.\d+@shekara\.test>$/);
      // REG-13: an answer goes where the message says, and every message ends with the support contacts.
      expect(parsed.header('reply-to')).toBe('help@shekara.test');
      const parts = parsed.leaves();
      expect(parts.find((p) => p.type === 'text/plain' && !p.filename)?.content.toString('utf8')).toBe(
        `${confirmation.text}\n\n-- \n${kazakhFooter}`,
      );
      expect(parts.find((p) => p.type === 'text/html')?.content.toString('utf8')).toBe(
        `${confirmation.html}<hr><p>${kazakhFooter}</p>`,
      );
      const attachment = parts.find((p) => p.filename !== undefined)!;
      expect(attachment.filename).toBe('хабарлама.txt');
      expect(attachment.content.toString('utf8')).toBe('Уведомление о логине');
      expect((await db.query('select 1 from outbox where sent_at is not null')).rowCount).toBe(1);
    } finally {
      await smtp.close();
    }
  });

  it('keeps a message the relay cannot take (down, or refusing) and sends it at the back-off time', async () => {
    const clock = manualClock(start);
    const { logger } = capturingLogger();
    const down = await smtpServer();
    await down.close();
    const id = await enqueueMail(db, clock.now(), confirmation);
    expect(
      await drainOutbox({
        db,
        clock,
        logger,
        handlers: { [mailTopic]: createMailHandler({ config: smtpConfig(down.port), db, logger }) },
      }),
    ).toBe(1);
    const afterDown = (
      await db.query<{ attempts: number; last_error: string; sent_at: Date | null }>(
        'select attempts, last_error, sent_at from outbox where id = $1',
        [id],
      )
    ).rows[0]!;
    expect(afterDown).toMatchObject({ attempts: 1, sent_at: null });
    expect(afterDown.last_error).toMatch(/ECONNREFUSED|connect/i);

    const refusing = await smtpServer({ refuse: 1 });
    try {
      const handlers = { [mailTopic]: createMailHandler({ config: smtpConfig(refusing.port), db, logger }) };
      clock.advance(30_000);
      expect(await drainOutbox({ db, clock, logger, handlers })).toBe(1);
      expect(refusing.received).toEqual([]);
      expect(
        (await db.query<{ last_error: string }>('select last_error from outbox where id = $1', [id])).rows[0]!
          .last_error,
      ).toMatch(/451/);

      clock.advance(59_999);
      expect(await drainOutbox({ db, clock, logger, handlers })).toBe(0);
      clock.advance(1);
      expect(await drainOutbox({ db, clock, logger, handlers })).toBe(1);
      expect(refusing.received.map((m) => m.to)).toEqual([['asel@example.kz']]);
    } finally {
      await refusing.close();
    }
  });
});

describe('mail without a relay', () => {
  it('goes to the development mailbox outside production, once even when delivered again', async () => {
    const clock = manualClock(start);
    const id = await db.transaction((tx) => enqueueMail(tx, clock.now(), confirmation));
    const [stored, ...others] = await deliverMail(db, clock);
    expect(others).toEqual([]);
    expect(stored).toMatchObject({
      at: '2026-03-02T09:00:00.000Z',
      from: 'Shekara <no-reply@shekara.localhost>',
      to: ['asel@example.kz'],
      subject: confirmation.subject,
      replyTo: 'help@shekara.test',
      kind: 'registration.confirm',
      text: `${confirmation.text}\n\n-- \nҚолдау қызметі: support@shekara.localhost, тел. +7 (7172) 00-00-00`,
      html: `${confirmation.html}<hr><p>Қолдау қызметі: support@shekara.localhost, тел. +7 (7172) 00-00-00</p>`,
      links: ['https://shekara.test/register/confirm?token=abc123'],
      attachments: confirmation.attachments,
    });

    // A worker that died before marking the message sent delivers it again after the lease.
    await db.query('update outbox set sent_at = null, available_at = $2 where id = $1', [id, clock.now()]);
    expect(await deliverMail(db, clock)).toHaveLength(1);
  });

  it('ends a message that names no language with the support contacts in all three (REG-13)', async () => {
    const clock = manualClock(start);
    await enqueueMail(db, clock.now(), { to: ['broker@example.kz'], subject: 'Логин', text: 'Ваш логин: broker1' });
    const [stored] = await deliverMail(db, clock);
    expect(stored!.replyTo).toBeNull();
    expect(stored!.text).toBe(
      [
        'Ваш логин: broker1',
        '',
        '-- ',
        'Қолдау қызметі: support@shekara.localhost, тел. +7 (7172) 00-00-00',
        'Служба поддержки: support@shekara.localhost, тел. +7 (7172) 00-00-00',
        'Support service: support@shekara.localhost, tel. +7 (7172) 00-00-00',
      ].join('\n'),
    );
  });

  it('in production is refused once, loudly, and the messages wait in the outbox', async () => {
    const clock = manualClock(start);
    const { logger, lines } = capturingLogger();
    const handler = createMailHandler({
      config: {
        environment: 'production',
        publicUrl: 'https://shekara.kz',
        mail: { smtpUrl: undefined, from },
        support,
      },
      db,
      logger,
    });
    const id = await enqueueMail(db, clock.now(), confirmation);
    for (let round = 0; round < 3; round++) {
      await drainOutbox({ db, clock, logger, maxAttempts: 1, handlers: { [mailTopic]: handler } });
      clock.advance(3600_000);
    }
    expect(
      lines()
        .filter((line) => line.level === 50)
        .map((line) => line.msg),
    ).toEqual(['SMTP_URL is not set: e-mail is kept in the outbox and sent once a relay is configured']);
    expect(
      (
        await db.query(
          'select 1 from outbox where id = $1 and attempts = 0 and sent_at is null and failed_at is null',
          [id],
        )
      ).rowCount,
    ).toBe(1);
    expect(await listDevMailbox(db)).toEqual([]);
  });
});

describe('enqueueMail', () => {
  const refusal = async (message: MailMessage) => {
    const error = await enqueueMail(db, new Date(start), message).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('MAIL_MESSAGE_INVALID');
    return (error as AppError).messageIn('en');
  };

  it('refuses a bad address, a multi-line subject and oversize parts, saying which', async () => {
    expect(await refusal({ ...confirmation, to: ['not an address'] })).toMatch(/^The e-mail cannot be sent: to\.0: /);
    expect(await refusal({ ...confirmation, to: [] })).toMatch(/to: /);
    expect(await refusal({ ...confirmation, to: Array.from({ length: 21 }, (_, n) => `u${n}@example.kz`) })).toMatch(
      /to: /,
    );
    expect(await refusal({ ...confirmation, subject: 'one\r\nBcc: everyone@example.kz' })).toMatch(
      /subject: must be one line/,
    );
    expect(await refusal({ ...confirmation, subject: 'я'.repeat(301) })).toMatch(/subject: /);
    expect(await refusal({ ...confirmation, text: 'ә'.repeat(50_001) })).toMatch(/text: must be at most 100 kB/);
    const big = Buffer.alloc(1024 * 1024 + 1).toString('base64');
    expect(
      await refusal({
        ...confirmation,
        attachments: [1, 2].map((n) => ({ filename: `${n}.pdf`, contentType: 'application/pdf', contentBase64: big })),
      }),
    ).toMatch(/attachments: must be at most 2 MB together/);
    expect(
      await refusal({
        ...confirmation,
        attachments: [{ filename: '../etc/passwd', contentType: 'text/plain', contentBase64: '' }],
      }),
    ).toMatch(/filename/);
    expect((await db.query('select 1 from outbox')).rowCount).toBe(0);
  });
});

/** Just enough MIME reading for these tests: headers with encoded words, multipart, base64 and quoted-printable. */
function parseMime(raw: string) {
  const split = raw.indexOf('\r\n\r\n');
  const headerText = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of headerText.split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const header = (name: string) => decodeWords(headers.get(name) ?? '');
  const leaves = (): Array<{ type: string; filename?: string; content: Buffer }> => {
    const contentType = headers.get('content-type') ?? 'text/plain';
    const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
    if (contentType.startsWith('multipart/') && boundary) {
      return body
        .split(`--${boundary}`)
        .slice(1, -1)
        .flatMap((part) => parseMime(part.replace(/^\r\n/, '')).leaves());
    }
    const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
    const content =
      encoding === 'base64'
        ? Buffer.from(body, 'base64')
        : encoding === 'quoted-printable'
          ? quotedPrintable(body)
          : Buffer.from(body.replace(/\r\n$/, ''), 'latin1');
    const filename = filenameOf(headers.get('content-disposition') ?? '');
    return [{ type: contentType.split(';')[0]!.trim(), ...(filename !== undefined ? { filename } : {}), content }];
  };
  return { header, leaves };
}

/** filename="…", or RFC 2231 pieces filename*0*=utf-8''…; filename*1*=… */
function filenameOf(disposition: string): string | undefined {
  const quoted = /filename="([^"]*)"/i.exec(disposition);
  if (quoted) return decodeWords(quoted[1]!);
  const pieces = [...disposition.matchAll(/filename\*(?:\d+)?\*?=([^;\s]+)/gi)].map((m) =>
    m[1]!.replace(/^utf-8''/i, ''),
  );
  return pieces.length > 0 ? decodeURIComponent(pieces.join('')) : undefined;
}

function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_all, _charset: string, kind: string, text: string) =>
      (kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : quotedPrintable(text.replace(/_/g, ' '))).toString(
        'utf8',
      ),
    );
}

function quotedPrintable(text: string): Buffer {
  const bytes: number[] = [];
  const source = text.replace(/=\r\n/g, '');
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '=' && /^[0-9A-F]{2}$/i.test(source.slice(i + 1, i + 3))) {
      bytes.push(parseInt(source.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(source.charCodeAt(i));
  }
  return Buffer.from(bytes);
}
