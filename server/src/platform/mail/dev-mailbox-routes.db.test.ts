import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/app.ts';
import { openTestDatabase } from '../../testing/database.ts';
import { deliverMail } from '../../testing/outbox.ts';
import { testSignatureSetup } from '../../testing/signatures.ts';
import { manualClock } from '../clock.ts';
import type { Database } from '../db/database.ts';
import { enqueueMail } from './mail.ts';

/** The development mailbox over HTTP (issue 4, point 4): list, filter, one message, clear; absent in production. */
let db: Database;
let signatures: Awaited<ReturnType<typeof testSignatureSetup>>;
beforeAll(async () => {
  db = await openTestDatabase();
  signatures = await testSignatureSetup();
}, 120_000);
afterAll(() => db.close());

describe('GET/DELETE /api/v1/dev/mailbox', () => {
  it('lists delivered messages newest first with their links, filters by recipient, shows one, and clears', async () => {
    const clock = manualClock('2026-03-02T09:00:00Z');
    await db.transaction(async (tx) => {
      await enqueueMail(tx, clock.now(), {
        to: ['Asel@Example.kz'],
        subject: 'Тіркеуді растаңыз',
        text: 'Растау: http://localhost:8080/register/confirm?token=t1 (24 сағат).',
        kind: 'registration.confirm',
        attachments: [
          {
            filename: 'notice.pdf',
            contentType: 'application/pdf',
            contentBase64: Buffer.from('%PDF-1.7').toString('base64'),
          },
        ],
      });
    });
    clock.advance(60_000);
    await enqueueMail(db, clock.now(), {
      to: ['broker@example.kz'],
      subject: 'Логин для входа',
      text: 'Ваш логин: broker1',
    });
    await deliverMail(db, clock);

    const app = await buildTestApp(db, { signatures });
    const list = await app.inject({ method: 'GET', url: '/api/v1/dev/mailbox' });
    expect(list.statusCode).toBe(200);
    expect(list.headers['cache-control']).toBe('no-store');
    const messages = list.json().messages as Array<Record<string, unknown>>;
    expect(messages.map((m) => m.subject)).toEqual(['Логин для входа', 'Тіркеуді растаңыз']);
    expect(messages[1]).toMatchObject({
      to: ['Asel@Example.kz'],
      kind: 'registration.confirm',
      links: ['http://localhost:8080/register/confirm?token=t1'],
      html: null,
      attachments: [{ filename: 'notice.pdf', contentType: 'application/pdf', size: 8 }],
    });

    const toAsel = await app.inject({ method: 'GET', url: '/api/v1/dev/mailbox?to=asel@example.kz&limit=5' });
    expect((toAsel.json().messages as Array<{ id: number }>).map((m) => m.id)).toEqual([messages[1]!.id]);

    const one = await app.inject({ method: 'GET', url: `/api/v1/dev/mailbox/${String(messages[1]!.id)}` });
    expect(one.statusCode).toBe(200);
    expect(one.json().attachments).toEqual([
      {
        filename: 'notice.pdf',
        contentType: 'application/pdf',
        size: 8,
        contentBase64: Buffer.from('%PDF-1.7').toString('base64'),
      },
    ]);

    const missing = await app.inject({
      method: 'GET',
      url: '/api/v1/dev/mailbox/999999',
      headers: { 'accept-language': 'en' },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
    expect((await app.inject({ method: 'GET', url: '/api/v1/dev/mailbox?limit=0' })).statusCode).toBe(400);

    const cleared = await app.inject({ method: 'DELETE', url: '/api/v1/dev/mailbox' });
    expect(cleared.json()).toEqual({ deleted: 2 });
    expect((await app.inject({ method: 'GET', url: '/api/v1/dev/mailbox' })).json()).toEqual({ messages: [] });
    await app.close();
  });

  it('has its page served by the web app at /dev/mailbox', async () => {
    const webDistDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-web-'));
    fs.writeFileSync(path.join(webDistDir, 'index.html'), '<!doctype html><div id="root"></div>');
    const app = await buildTestApp(db, { signatures, webDistDir });
    const page = await app.inject({ method: 'GET', url: '/dev/mailbox' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<div id="root">');
    await app.close();
  });

  it('does not exist in production', async () => {
    const app = await buildTestApp(db, { signatures, environment: 'production' });
    for (const [method, url] of [
      ['GET', '/api/v1/dev/mailbox'],
      ['GET', '/api/v1/dev/mailbox/1'],
      ['DELETE', '/api/v1/dev/mailbox'],
    ] as const) {
      const response = await app.inject({ method, url });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.json().error.code).toBe('NOT_FOUND');
    }
    await app.close();
  });
});
