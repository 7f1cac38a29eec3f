import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import { createMetrics } from '../../../platform/metrics/metrics.ts';
import { type DatabaseTestApp, openDatabaseTestApp } from '../../../testing/database-app.ts';
import {
  createGoodsDraft,
  type DeclarationTestEnvironment,
  fetchSigningPayload,
  goodsDocument,
  logInDeclarant,
  postSubmission,
  signPayload,
  type TestDeclarant,
} from '../../../testing/declarations.ts';

/** Issue 20 point 4: submissions, control's refusals and signature checks counted where they happen. */
const clock = manualClock(new Date());
const metrics = createMetrics();
let t: DatabaseTestApp;
let env: DeclarationTestEnvironment;
let head: TestDeclarant;

beforeAll(async () => {
  t = await openDatabaseTestApp(clock, { metrics });
  env = { app: t.app, db: t.db, clock, setup: t.setup };
  head = await logInDeclarant(env, 'head');
}, 120_000);
afterAll(() => t?.close());

/** The counter's value for these labels (0 when never counted). */
async function counted(name: string, labels: Record<string, string>): Promise<number> {
  const metric = await metrics.registry.getSingleMetric(name)?.get();
  const sample = metric?.values.find((value) =>
    Object.entries(labels).every(([label, wanted]) => String(value.labels[label]) === wanted),
  );
  return sample?.value ?? 0;
}

describe('the metrics of submission (issue 20 point 4)', () => {
  it('count a registration, its repeat under the same idempotency key, a refusal by control and a refused signature', async () => {
    const algorithm = head.signKey.algorithm;
    const validBefore = await counted('shekara_signature_verifications_total', {
      format: 'cms',
      algorithm,
      result: 'valid',
    });
    const idempotencyKey = randomUUID();
    const id = await createGoodsDraft(env, head);
    const signature = signPayload(head.signKey, await fetchSigningPayload(head.browser, id));
    expect((await postSubmission(head, id, { idempotencyKey, signature })).statusCode).toBe(200);
    expect((await postSubmission(head, id, { idempotencyKey, signature })).statusCode).toBe(200);

    const faulty = goodsDocument(head.iinBin);
    faulty.items[0]!.netMass = faulty.items[0]!.grossMass! + 1;
    const refused = await postSubmission(head, await createGoodsDraft(env, head, { document: faulty }));
    expect(refused.statusCode).toBe(422);

    // Signed with the authentication key: a signature of the wrong purpose.
    const wrongKey = await postSubmission(head, await createGoodsDraft(env, head), { signWith: head.authKey });
    const wrongKeyCode = (wrongKey.json() as { error: { code: string } }).error.code;

    expect(await counted('shekara_submissions_total', { result: 'registered' })).toBe(1);
    // the registration was one batch of one: its transaction timed, its size observed
    expect(await counted('shekara_registration_batch_size', { le: '1' })).toBe(1);
    expect(await counted('shekara_registration_batch_seconds', { le: '+Inf' })).toBe(1);
    expect(await counted('shekara_submissions_total', { result: 'replayed' })).toBe(1);
    expect(await counted('shekara_submissions_total', { result: 'refused', code: 'DECL_CONTROL_FAILED' })).toBe(1);
    expect(await counted('shekara_submissions_total', { result: 'refused', code: wrongKeyCode })).toBe(1);
    expect(await counted('shekara_control_refusals_total', { kind: 'goods' })).toBe(1);
    expect(await counted('shekara_control_refusal_errors_total', { rule: 'goods.item.net-le-gross' })).toBe(1);

    // Each submission's CMS, by the signer's algorithm and the verdict; the repeat is answered
    // from its stored answer, and control judges only a valid signature's document.
    expect(await counted('shekara_signature_verifications_total', { format: 'cms', algorithm, result: 'valid' })).toBe(
      validBefore + 2,
    );
    expect(
      await counted('shekara_signature_verifications_total', {
        format: 'cms',
        algorithm: head.authKey.algorithm,
        result: 'SIG_WRONG_KEY_PURPOSE',
      }),
    ).toBe(1);
  });
});
