import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../app.ts';
import { auditOf } from '../../../platform/audit/audit-log.ts';
import { manualClock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { holder, TestBrowser } from '../../../testing/accounts.ts';
import { codeOf, testAppConfig } from '../../../testing/app.ts';
import { openTestDatabase } from '../../../testing/database.ts';
import { type DatabaseTestApp, openDatabaseTestApp } from '../../../testing/database-app.ts';
import { deliverMail } from '../../../testing/outbox.ts';
import { staffBrowser } from '../test-helpers.ts';

/** Issue 5 point 8: the support service (REG-13, ACC-11, WD-32). */
let db: Database;
let app: FastifyInstance;
let testApp: DatabaseTestApp | undefined;
const clock = manualClock('2026-11-22T06:00:00Z');

beforeAll(async () => {
  testApp = await openDatabaseTestApp(clock, { signaturesAt: 'real time' });
  ({ db, app } = testApp);
}, 120_000);
afterAll(() => testApp?.close());

const ticket = (overrides: Record<string, string> = {}) => ({
  name: 'Ахметов Аслан',
  email: 'aslan@example.kz',
  subject: 'Не приходит письмо подтверждения',
  message: 'Зарегистрировался вчера, письмо так и не пришло.',
  ...overrides,
});
const file = (body: unknown, language = 'ru', browser = new TestBrowser(app)) =>
  browser.request({
    method: 'POST',
    url: '/api/v1/support/tickets',
    payload: body as Record<string, string>,
    headers: { 'accept-language': language },
  });

describe('a ticket without log-in (REG-13: when the portal fails, the user turns to support)', () => {
  it('gets the number SUP-YEAR-NNNNNN and is e-mailed to the support service (ACC-11) — never to the address typed in (issue 14 point 10)', async () => {
    const response = await file(ticket({ email: 'dana@example.kz', name: 'Дана' }), 'kk');
    expect(response.statusCode, response.body).toBe(201);
    const { number } = response.json() as { number: string };
    expect(number).toMatch(/^SUP-2026-\d{6}$/);
    expect(response.json()).toMatchObject({ confirmationSentTo: null, createdAt: clock.now().toISOString() });

    const mail = (await deliverMail(db, clock)).filter((m) => m.subject.includes(number));
    const toSupport = mail.find((m) => m.to.includes(testAppConfig.support.email))!;
    expect(toSupport).toMatchObject({
      kind: 'support.ticket',
      subject: `[${number}] Не приходит письмо подтверждения`,
    });
    expect(toSupport.text).toContain('dana@example.kz');
    expect(toSupport.text).toContain('Зарегистрировался вчера');
    expect(toSupport.text).toContain('Тілі: қазақша');
    // The service answers with Reply: it reaches the requester, not the no-reply sender (REG-13).
    expect(toSupport.replyTo).toBe('dana@example.kz');
    expect(toSupport.text.endsWith('\n-- \nҚолдау қызметі: support@shekara.localhost, тел. +7 (7172) 00-00-00')).toBe(
      true,
    );
    // The official sender does not write to whatever address a stranger types, in words of their choosing.
    expect(mail.map((m) => m.to)).toEqual([[testAppConfig.support.email]]);
  });

  it('numbers tickets filed at the same moment consecutively, never twice', async () => {
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, n) => file(ticket({ email: `parallel${n}@example.kz` }))),
    );
    const serials = responses
      .map((r) => Number((r.json() as { number: string }).number.slice(-6)))
      .sort((a, b) => a - b);
    expect(new Set(serials).size).toBe(8);
    expect(serials.at(-1)! - serials[0]!).toBe(7);
  });

  it('starts again from 000001 in a new Almaty year', async () => {
    clock.set('2026-12-31T19:30:00Z'); // 00:30 on 1 January 2027 in Almaty
    expect((await file(ticket())).json()).toMatchObject({ number: 'SUP-2027-000001' });
    clock.set('2026-11-22T06:00:00Z');
  });

  it('refuses a bad e-mail address, an empty message and an oversize one', async () => {
    expect(codeOf(await file(ticket({ email: 'not an address' })))).toBe('VALIDATION_FAILED');
    expect(codeOf(await file(ticket({ message: '   ' })))).toBe('VALIDATION_FAILED');
    expect(codeOf(await file(ticket({ message: 'x'.repeat(5001) })))).toBe('VALIDATION_FAILED');
    expect((await file(ticket({ message: 'x'.repeat(40_000) }))).statusCode).toBe(413);
  });
});

describe('a ticket from the cabinet (WD-32)', () => {
  it('is linked to the account of the live session, which the administrators’ list shows; an ended session files anonymously', async () => {
    const admin = await staffBrowser(app, db, clock, holder(testApp!.setup, 'signer-auth'), 'admin');
    const filed = await file(ticket({ email: 'admin@kgd.example.kz', subject: 'Из кабинета' }), 'en', admin);
    expect(filed.statusCode, filed.body).toBe(201);
    const { number } = filed.json() as { number: string };
    const listed = (await admin.get('/api/v1/admin/support/tickets')).json().items as {
      id: string;
      number: string;
      accountId: string | null;
      language: string;
    }[];
    const mine = listed.find((t) => t.number === number)!;
    expect(mine).toMatchObject({ accountId: admin.accountId, language: 'en' });
    const audit = await auditOf(db, 'support_ticket', mine.id);
    expect(audit[0]).toMatchObject({ action: 'support.ticket.file', actorAccountId: admin.accountId });
    const mail = await deliverMail(db, clock);
    const supportMail = mail.find((m) => m.subject.startsWith(`[${number}]`))!;
    expect(supportMail.text).toContain('Account: ');
    expect(supportMail.text).not.toContain('Account: —');
    // From the cabinet the requester is told, in its language (ACC-11), at its account's own address.
    const { rows } = await db.query<{ email: string }>('select email from accounts where id = $1', [admin.accountId]);
    expect(filed.json()).toMatchObject({ confirmationSentTo: rows[0]!.email });
    const confirmation = mail.find((m) => m.kind === 'support.ticket.confirmation' && m.subject.includes(number))!;
    expect(confirmation.to).toEqual([rows[0]!.email]);
    expect(confirmation.subject).toContain(number);
    // An answer to the confirmation goes to the service (REG-13).
    expect(confirmation.replyTo).toBe(testAppConfig.support.email);
    expect(confirmation.text).toContain('Support service: support@shekara.localhost, tel. +7 (7172) 00-00-00');
    expect(mail.some((m) => m.to.includes('admin@kgd.example.kz'))).toBe(rows[0]!.email === 'admin@kgd.example.kz');

    await admin.post('/api/v1/auth/logout');
    const stale = new TestBrowser(app);
    stale.cookies.set('shekara_session', 'ended-long-ago');
    const anonymous = await file(ticket({ subject: 'После выхода' }), 'ru', stale);
    expect(anonymous.statusCode, anonymous.body).toBe(201);
    const after = (
      await (
        await staffBrowser(app, db, clock, holder(testApp!.setup, 'signer-auth'), 'admin')
      ).get('/api/v1/admin/support/tickets')
    ).json().items;
    expect(after.find((t: { number: string }) => t.number === anonymous.json().number).accountId).toBeNull();
  });
});

describe('the support contacts every page shows (REG-13, config SUPPORT_EMAIL and SUPPORT_PHONE)', () => {
  it('are answered to anyone from the configuration, even once the database no longer answers', async () => {
    const support = { email: 'help@keden.example.kz', phone: '+7 (7172) 55-12-34' };
    const lost = await openTestDatabase();
    const lonely = await buildApp({
      config: {
        ...testAppConfig,
        support,
        environment: 'test',
        bodyLimitBytes: 1_048_576,
        signature: { verifyRatePerMinute: 1000 },
      },
      db: lost,
      signatures: testApp!.setup,
      logger: pino({ level: 'silent' }),
      clock,
    });
    await lost.close();
    try {
      expect((await lonely.inject({ method: 'GET', url: '/health' })).statusCode).toBe(503);
      const answer = await lonely.inject({ method: 'GET', url: '/api/v1/support/contacts' });
      expect(answer.statusCode, answer.body).toBe(200);
      expect(answer.json()).toEqual(support);
    } finally {
      await lonely.close();
    }
  });
});

describe('the rate limit per client address (config SUPPORT_RATE_PER_HOUR)', () => {
  it('answers 429 RATE_LIMITED with Retry-After above the limit, and lets the address in again after the hour', async () => {
    const limited = await buildApp({
      config: {
        ...testAppConfig,
        portal: { ...testAppConfig.portal, supportRatePerHour: 2 },
        environment: 'test',
        bodyLimitBytes: 1_048_576,
        signature: { verifyRatePerMinute: 1000 },
      },
      db,
      signatures: testApp!.setup,
      logger: pino({ level: 'silent' }),
      clock,
      webDistDir: '/nonexistent',
    });
    try {
      const post = () =>
        limited.inject({
          method: 'POST',
          url: '/api/v1/support/tickets',
          payload: ticket(),
          remoteAddress: '203.0.113.7',
        });
      expect((await post()).statusCode).toBe(201);
      expect((await post()).statusCode).toBe(201);
      const refused = await post();
      expect(refused.statusCode).toBe(429);
      expect(codeOf(refused)).toBe('RATE_LIMITED');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(
        (
          await limited.inject({
            method: 'POST',
            url: '/api/v1/support/tickets',
            payload: ticket(),
            remoteAddress: '203.0.113.8',
          })
        ).statusCode,
      ).toBe(201);
      clock.advance(3_600_000);
      expect((await post()).statusCode).toBe(201);
    } finally {
      await limited.close();
    }
  });
});
