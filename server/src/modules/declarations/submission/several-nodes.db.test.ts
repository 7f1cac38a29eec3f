import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import { holder, registerAndConfirm } from '../../../testing/accounts.ts';
import { codeOf } from '../../../testing/app.ts';
import {
  createGoodsDraft,
  fetchSigningPayload,
  postSubmission,
  signPayload,
  type TestDeclarant,
} from '../../../testing/declarations.ts';
import { BalancedBrowser, severalNodesSkip, type TestNodes, testNodes } from '../../../testing/nodes.ts';

/**
 * Issue 20 point 1 with WD-10: registration numbers stay unique and gapless per office and day
 * when two nodes register at once (each batches what it receives, the counter row is the one
 * both wait on), and an Idempotency-Key answered by one node is answered the same by the other.
 */
if (severalNodesSkip) console.warn(`submissions across nodes: skipped, ${severalNodesSkip}`);

const clock = manualClock(new Date());
let t: TestNodes;
let head: TestDeclarant;
const env = () => ({ app: t.nodes[0]!.app, db: t.db, clock, setup: t.setup });

const serialsOf = async (office: string) =>
  (
    await t.db.query<{ n: string }>(
      'select registration_number as n from declarations where customs_office = $1 and registration_number is not null',
      [office],
    )
  ).rows
    .map((r) => Number(r.n.split('/')[2]))
    .sort((a, b) => a - b);

describe.skipIf(severalNodesSkip)('submissions to two nodes (issue 20 point 1, WD-10)', () => {
  beforeAll(async () => {
    t = await testNodes(clock, 2);
    const authKey = holder(t.setup, 'head-auth');
    const accountId = await registerAndConfirm(t.nodes[0]!.app, t.db, clock, authKey);
    // one session, its requests spread over both nodes by the balancer
    const browser = new BalancedBrowser(t.nodes.map((node) => node.app));
    const login = await browser.logInAs(authKey, accountId);
    if (login.statusCode !== 200) throw new Error(`log-in failed: ${login.body}`);
    head = { browser, accountId, iinBin: authKey.bin!, authKey, signKey: holder(t.setup, 'head-sign', 'RSA') };
  }, 120_000);

  it('numbers 80 submissions sent at once to both nodes 1..80 for the office and day, without a gap', async () => {
    const office = '79101';
    const prepared = await Promise.all(
      Array.from({ length: 80 }, async () => {
        const id = await createGoodsDraft(env(), head);
        return { id, signature: signPayload(head.signKey, await fetchSigningPayload(head.browser, id)) };
      }),
    );
    const answers = await Promise.all(
      prepared.map(({ id, signature }) => postSubmission(head, id, { customsOffice: office, signature })),
    );
    expect(answers.filter((a) => a.statusCode !== 200).map((a) => a.body)).toEqual([]);
    const numbers = answers.map((a) => (a.json() as { registrationNumber: string }).registrationNumber);
    expect(new Set(numbers).size).toBe(80);
    expect(await serialsOf(office)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
  }, 300_000);

  it('answers a repeated Idempotency-Key the same on the other node, and refuses it there for another request', async () => {
    const [a, b] = t.nodes.map((node) => node.app);
    const id = await createGoodsDraft(env(), head);
    const signature = signPayload(head.signKey, await fetchSigningPayload(head.browser, id));
    const key = randomUUID();
    const send = (app: typeof a, customsOffice: string) =>
      app!.inject({
        method: 'POST',
        url: `/api/v1/declarations/${id}/submit`,
        headers: {
          'idempotency-key': key,
          cookie: [...head.browser.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
          'x-csrf-token': head.browser.cookies.get('shekara_csrf')!,
        },
        payload: { customsOffice, signature },
      });
    // the same request on both nodes at once: one registration, one answer
    const [first, second] = await Promise.all([send(a, '75101'), send(b, '75101')]);
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    expect(second.json()).toEqual(first.json());
    const again = await send(b, '75101');
    expect(again.json()).toEqual(first.json());
    expect(codeOf(await send(a, '79101'))).toBe('DECL_IDEMPOTENCY_KEY_REUSED');
    expect(await serialsOf('75101')).toEqual([1]);
  });

  it('takes a different key for the same declaration as a new request: refused once it is registered', async () => {
    const id = await createGoodsDraft(env(), head);
    const signature = signPayload(head.signKey, await fetchSigningPayload(head.browser, id));
    const answers = await Promise.all([
      postSubmission(head, id, { customsOffice: '71101', signature }),
      postSubmission(head, id, { customsOffice: '71101', signature }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(await serialsOf('71101')).toEqual([1]);
  });
});
