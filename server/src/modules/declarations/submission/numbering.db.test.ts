import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import { holder } from '../../../testing/accounts.ts';
import { codeOf } from '../../../testing/app.ts';
import { type DatabaseTestApp, openDatabaseTestApp } from '../../../testing/database-app.ts';
import {
  createGoodsDraft,
  fetchSigningPayload,
  goodsDocument,
  logInDeclarant,
  postSubmission,
  signPayload,
  type TestDeclarant,
} from '../../../testing/declarations.ts';
import { nextRegistrationSerial } from './submission-repository.ts';

/** Registration numbers unique and without gaps per office and day (issue 6 points 5, 15; WD-10). */
const clock = manualClock(new Date());
let t: DatabaseTestApp;
let head: TestDeclarant;
const office = '79101';
const env = () => ({ app: t.app, db: t.db, clock, setup: t.setup });

beforeAll(async () => {
  t = await openDatabaseTestApp(clock);
  head = await logInDeclarant(env(), 'head');
}, 120_000);
afterAll(() => t?.close());

const serialsOf = async (officeCode: string) =>
  (
    await t.db.query<{ n: string }>(
      'select registration_number as n from declarations where customs_office = $1 and registration_number is not null',
      [officeCode],
    )
  ).rows
    .map((r) => Number(r.n.split('/')[2]))
    .sort((a, b) => a - b);

describe('numbering', () => {
  it('refuses a document with control errors (422 with the report) and numbers nothing (WD-9)', async () => {
    const document = goodsDocument(head.iinBin);
    document.items[0]!.netMass = document.items[0]!.grossMass! + 1;
    delete document.filler;
    const id = await createGoodsDraft(env(), head, { document });
    const response = await postSubmission(head, id, { customsOffice: '75101' });
    expect(response.statusCode).toBe(422);
    expect(codeOf(response)).toBe('DECL_CONTROL_FAILED');
    const details = (response.json() as { error: { details: { errors: { rule: string; message: string }[] } } }).error
      .details;
    expect(details.errors.length).toBeGreaterThan(0);
    expect(details.errors[0]!.message).toMatch(/\S/);
    const { rows } = await t.db.query('select * from registration_counters where office_code = $1', ['75101']);
    expect(rows).toEqual([]);
    expect(
      (await t.db.query<{ status: string }>('select status from declarations where id = $1', [id])).rows[0]!.status,
    ).toBe('draft');
  });

  it('gives a rolled-back transaction’s number back', async () => {
    const day = '2030-01-01';
    await t.db.transaction(async (tx) => expect(await nextRegistrationSerial(tx, '75000', day)).toBe(1));
    await t.db
      .transaction(async (tx) => {
        expect(await nextRegistrationSerial(tx, '75000', day)).toBe(2);
        throw new Error('rolled back');
      })
      .catch(() => {});
    await t.db.transaction(async (tx) => expect(await nextRegistrationSerial(tx, '75000', day)).toBe(2));
  });

  it('gives 200 concurrent submissions to one office 200 distinct numbers 1..200 with no gaps', async () => {
    const signKey = holder(t.setup, 'head-sign', 'RSA');
    const prepared = await Promise.all(
      Array.from({ length: 200 }, async () => {
        const id = await createGoodsDraft(env(), head);
        return { id, signature: signPayload(signKey, await fetchSigningPayload(head.browser, id)) };
      }),
    );
    const answers = await Promise.all(
      prepared.map(({ id, signature }) => postSubmission(head, id, { customsOffice: office, signature })),
    );
    expect(answers.map((a) => a.statusCode).filter((s) => s !== 200)).toEqual([]);
    const numbers = answers.map((a) => (a.json() as { registrationNumber: string }).registrationNumber);
    expect(new Set(numbers).size).toBe(200);
    expect(await serialsOf(office)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  }, 300_000);

  it('registers the others when one of many concurrent submissions to an office cannot be registered, and the numbers stay gapless (issue 6 point 16)', async () => {
    const batchOffice = '71101';
    const signKey = holder(t.setup, 'head-sign', 'RSA');
    const prepared = await Promise.all(
      Array.from({ length: 30 }, async () => {
        const id = await createGoodsDraft(env(), head);
        return { id, signature: signPayload(signKey, await fetchSigningPayload(head.browser, id)) };
      }),
    );
    // The same declaration twice under different keys: only one delivery of it can be registered.
    const twice = prepared[10]!;
    const answers = await Promise.all(
      [...prepared.slice(0, 11), twice, ...prepared.slice(11)].map(({ id, signature }) =>
        postSubmission(head, id, { customsOffice: batchOffice, signature }),
      ),
    );
    const refused = answers.filter((a) => a.statusCode !== 200);
    expect(refused.map((a) => codeOf(a))).toEqual(['DECL_TRANSITION_NOT_ALLOWED']);
    expect(await serialsOf(batchOffice)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  }, 300_000);
});
