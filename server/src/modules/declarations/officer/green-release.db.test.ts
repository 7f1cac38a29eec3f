import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../app.ts';
import { systemClock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { mailTopic } from '../../../platform/mail/mail.ts';
import { createMailHandler } from '../../../platform/mail/mailer.ts';
import { type OutboxWorker, startOutboxWorker } from '../../../platform/outbox/worker.ts';
import { noWebApp, testAppConfig } from '../../../testing/app.ts';
import { openTestDatabase, testDatabaseKind } from '../../../testing/database.ts';
import { createGoodsDraft, goodsDocument, logInDeclarant, submitSigned } from '../../../testing/declarations.ts';
import { fundAdvanceAccount } from '../../../testing/payments.ts';
import { testSignatureSetup } from '../../../testing/signatures.ts';
import { loadReferenceDemoData } from '../../reference/index.ts';
import { declarationOutboxHandlers } from './outbox-handlers.ts';

/**
 * ACC-17, issue 6 point 9: a green declaration is released within 1 s of its registration — over
 * HTTP, with the server's real outbox worker woken by the submission's commit. The worker's own
 * poll is set to a minute, so only the wake-up can make the second.
 */
let db: Database;
let app: Awaited<ReturnType<typeof buildApp>>;
let worker: OutboxWorker | undefined;
const logger = pino({ level: 'silent' });
const publicUrl = 'http://localhost:8080';

beforeAll(async () => {
  db = await openTestDatabase();
  await loadReferenceDemoData(db);
  const notifyOutbox = () => worker?.notify();
  app = await buildApp({
    config: {
      ...testAppConfig,
      environment: 'test',
      bodyLimitBytes: 1_048_576,
      signature: { verifyRatePerMinute: 1_000 },
    },
    db,
    signatures: await testSignatureSetup(systemClock),
    logger,
    clock: systemClock,
    webDistDir: noWebApp,
    notifyOutbox,
  });
  worker = startOutboxWorker({
    db,
    clock: systemClock,
    logger,
    pollIntervalMs: 60_000,
    handlers: {
      [mailTopic]: createMailHandler({
        config: {
          environment: 'test',
          publicUrl,
          mail: { smtpUrl: undefined, from: 'Shekara <no-reply@shekara.localhost>' },
          support: testAppConfig.support,
        },
        db,
        logger,
      }),
      ...declarationOutboxHandlers({ db, clock: systemClock, logger, publicUrl, notifyOutbox }),
    },
  });
}, 180_000);
afterAll(async () => {
  await worker?.stop();
  await app?.close();
  await db?.close();
});

describe('automatic release (ACC-17)', () => {
  it(`releases a green declaration within 1 s of registration, by the outbox worker (${testDatabaseKind})`, async () => {
    const env = { app, db, clock: systemClock, setup: await testSignatureSetup(systemClock) };
    const declarant = await logInDeclarant(env, 'head');
    await fundAdvanceAccount(env, declarant.iinBin);
    // A running server's second: the first submission after the start may wait for the registrar's
    // thread to open (registrar-thread.ts), which takes a second when it loads from the sources.
    const first = await createGoodsDraft(env, declarant, {
      document: goodsDocument(declarant.iinBin, { items: 1, owesNothing: true }),
    });
    await submitSigned(declarant, first);
    const id = await createGoodsDraft(env, declarant, {
      document: goodsDocument(declarant.iinBin, { items: 1, owesNothing: true }),
    });
    const { receipt } = await submitSigned(declarant, id);
    const registeredAt = new Date(receipt.registeredAt).getTime();

    let released: { at: Date } | undefined;
    const deadline = Date.now() + 5_000;
    while (!released && Date.now() < deadline) {
      const { rows } = await db.query<{ at: Date }>(
        `select at from declaration_events where declaration_id = $1 and event = 'release' and actor_role = 'system'`,
        [id],
      );
      released = rows[0];
      if (!released) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(released, 'released by the system').toBeDefined();
    const elapsedMs = released!.at.getTime() - registeredAt;
    console.info(
      `ACC-17: green declaration released ${elapsedMs} ms after registration (${testDatabaseKind}, outbox worker woken by the commit)`,
    );
    expect(elapsedMs).toBeGreaterThanOrEqual(0);
    expect(elapsedMs).toBeLessThan(1_000);
  });
});
