import { createHash, randomUUID } from 'node:crypto';
import type { Signer } from '@shekara/nca';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import { AppError } from '../../../platform/errors.ts';
import { testAppConfig } from '../../../testing/app.ts';
import { type DatabaseTestApp, openDatabaseTestApp } from '../../../testing/database-app.ts';
import {
  createGoodsDraft,
  logInDeclarant,
  type TestDeclarant,
  testCustomsOffice,
} from '../../../testing/declarations.ts';
import { findAccount, setAccessStatus } from '../../accounts/index.ts';
import { almatyDate } from '../../reference/index.ts';
import { findDeclaration } from '../declaration-repository.ts';
import { createReceiptSigner } from './receipt-signer.ts';
import { type CheckedSubmission, createRegistrar, type Registrar } from './register-batch.ts';
import { createThreadRegistrar } from './registrar-thread.ts';
import { signingPayload } from './signing-payload.ts';

/**
 * The registering transaction reads the submitters' access afresh (WD-28, issue 6 point 6): a
 * measure committed after a submission passed its checks, before it is registered, still refuses
 * it — and only it, the others waiting with it being registered.
 */
const clock = manualClock(new Date());
let t: DatabaseTestApp;
let head: TestDeclarant;
let employee: TestDeclarant;

beforeAll(async () => {
  t = await openDatabaseTestApp(clock);
  const env = { app: t.app, db: t.db, clock, setup: t.setup };
  head = await logInDeclarant(env, 'head');
  employee = await logInDeclarant(env, 'individual');
}, 120_000);
afterAll(() => t?.close());

/** A submission as it reaches the registrar once signature and control have passed. */
async function checked(declarant: TestDeclarant): Promise<CheckedSubmission> {
  const id = await createGoodsDraft({ app: t.app, db: t.db, clock, setup: t.setup }, declarant);
  const declaration = (await findDeclaration(t.db, id))!;
  const payload = signingPayload({
    declarationId: id,
    kind: declaration.kind,
    schemaVersion: declaration.schemaVersion,
    document: declaration.document,
  });
  const now = clock.now();
  const signer = { iin: declarant.signKey.iin, serialNumber: '01', commonName: 'TEST' } as Signer;
  return {
    declaration,
    action: 'submit',
    account: (await findAccount(t.db, declarant.accountId))!,
    signer,
    request: { declarationId: id, customsOffice: testCustomsOffice, signature: '', idempotencyKey: randomUUID() },
    requestSha256: createHash('sha256').update(id).digest(),
    payload,
    cms: Buffer.from('a signature the checks accepted'),
    documentSha256: createHash('sha256').update(payload).digest(),
    now,
    day: almatyDate(now),
    facts: { ip: '127.0.0.1', userAgent: null, requestId: randomUUID(), language: 'en' },
    report: { errors: [], warnings: [] },
    assessment: null,
  };
}

describe('registration reads access afresh (WD-28)', () => {
  it('refuses the copy of a submitter suspended after the checks, and registers the others waiting with it', async () => {
    const registrar = createRegistrar(
      { db: t.db, clock, publicUrl: 'http://localhost' },
      createReceiptSigner({ config: testAppConfig.declarations, environment: 'test', testPki: t.setup.testPki }),
    );
    const submissions = [await checked(head), await checked(employee), await checked(head)];
    await setAccessStatus(t.db, employee.accountId, 'suspended', clock.now());
    try {
      const outcomes = await Promise.allSettled(submissions.map((s) => registrar.register(s)));
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'ACCESS_SUSPENDED' });
    } finally {
      await setAccessStatus(t.db, employee.accountId, 'active', clock.now());
    }
    const statuses = await t.db.query<{ id: string; status: string }>(
      'select id, status from declarations where id = any($1::uuid[])',
      [submissions.map((s) => s.declaration.id)],
    );
    const statusOf = new Map(statuses.rows.map((r) => [r.id, r.status]));
    expect(submissions.map((s) => statusOf.get(s.declaration.id))).toEqual(['registered', 'draft', 'registered']);
  });
});

/**
 * On a PostgreSQL server the batches run on a thread of their own (issue 20 point 6): the same
 * transactions, with each submission's answer or error crossing back to the main thread.
 */
describe('registration on its own thread', () => {
  const receiptSigner = () =>
    createReceiptSigner({ config: testAppConfig.declarations, environment: 'test', testPki: t.setup.testPki });
  const noFallback: Registrar = {
    register: () => Promise.reject(new Error('registered on the main thread')),
  };

  it('registers a batch there, and a refusal crosses back as the error it was (WD-28)', async (test) => {
    const connection = t.db.connection;
    if (!connection) return test.skip('needs a PostgreSQL server (DATABASE_URL): PGlite registers on the main thread');
    const signer = receiptSigner();
    const batches: number[] = [];
    const registrar = createThreadRegistrar({
      connection,
      publicUrl: 'http://localhost',
      receiptKey: () => signer.keyMaterial!(),
      fallback: noFallback,
      metrics: { registrationBatch: (size) => batches.push(size) },
    });
    const submissions = [await checked(head), await checked(employee), await checked(head)];
    await setAccessStatus(t.db, employee.accountId, 'suspended', clock.now());
    try {
      const outcomes = await Promise.allSettled(submissions.map((s) => registrar.register(s)));
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      const refusal = (outcomes[1] as PromiseRejectedResult).reason;
      expect(refusal).toBeInstanceOf(AppError);
      expect(refusal).toMatchObject({ code: 'ACCESS_SUSPENDED' });
      for (const [index, outcome] of outcomes.entries()) {
        if (outcome.status !== 'fulfilled') continue;
        const stored = await findDeclaration(t.db, submissions[index]!.declaration.id);
        expect(outcome.value.registrationNumber).toBe(stored!.registrationNumber);
        expect(outcome.value.receipt.registrationNumber).toBe(stored!.registrationNumber);
        expect(outcome.value.receipt.cms.length).toBeGreaterThan(100);
      }
    } finally {
      await setAccessStatus(t.db, employee.accountId, 'active', clock.now());
    }
    // the committed batches reached the main thread's metrics: every registered copy counted once
    expect(batches.reduce((sum, size) => sum + size, 0)).toBe(2);
    await registrar.close();
    // closed: what comes later is registered on the main thread
    await expect(registrar.register(await checked(head))).rejects.toThrow('registered on the main thread');
  }, 60_000);

  it('registers on the main thread when the thread cannot reach the server', async () => {
    const signer = receiptSigner();
    const registrar = createThreadRegistrar({
      connection: { connectionString: 'postgres://postgres@127.0.0.1:1/none' },
      publicUrl: 'http://localhost',
      receiptKey: () => signer.keyMaterial!(),
      fallback: createRegistrar({ db: t.db, clock, publicUrl: 'http://localhost' }, signer),
    });
    const submission = await checked(head);
    const answer = await registrar.register(submission);
    expect((await findDeclaration(t.db, submission.declaration.id))!.registrationNumber).toBe(
      answer.registrationNumber,
    );
    await registrar.close();
  }, 60_000);
});
