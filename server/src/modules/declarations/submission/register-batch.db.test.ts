import { createHash, randomUUID } from 'node:crypto';
import type { Signer } from '@shekara/nca';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
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
import { type CheckedSubmission, createRegistrar } from './register-batch.ts';
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
