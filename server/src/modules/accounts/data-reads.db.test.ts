import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.ts';
import { holder, registerAndConfirm, TestBrowser } from '../../testing/accounts.ts';
import { codeOf } from '../../testing/app.ts';
import { type DatabaseTestApp, openDatabaseTestApp } from '../../testing/database-app.ts';
import {
  createGoodsDraft,
  type DeclarationTestEnvironment,
  goodsDocument,
  logInDeclarant,
  submitSigned,
  type TestDeclarant,
} from '../../testing/declarations.ts';
import { loggedInStaff } from '../../testing/staff.ts';

/**
 * Officers' reads of other people's data on record (ACC-7): a reason from the fixed list or no
 * read at all, an audit record of each read naming whose data it was, and the person's own list
 * of who at customs looked.
 */
const clock = manualClock(new Date());
let t: DatabaseTestApp;
let env: DeclarationTestEnvironment;
let declarant: TestDeclarant;
let individual: { browser: TestBrowser; id: string };
let officer: TestBrowser;
let admin: TestBrowser;

interface Reads {
  page: number;
  more: boolean;
  reads: {
    at: string;
    officeCode: string | null;
    officeName: string | null;
    officerName: string | null;
    administrator: boolean;
    object: string;
    objectId: string;
    reason: string;
    reasonLabel: string;
  }[];
}

const readsOf = async (browser: TestBrowser, language = 'en', page = 1) =>
  (
    await browser.request({
      method: 'GET',
      url: `/api/v1/me/data-reads?page=${page}`,
      headers: { 'accept-language': language },
    })
  ).json() as Reads;

const auditedReads = async () =>
  (
    await t.db.query<{
      actor: string;
      subjectType: string;
      subjectId: string;
      bodyCode: string | null;
      details: Record<string, unknown>;
    }>(
      `select actor_account_id as actor, subject_type as "subjectType", subject_id as "subjectId", body_code as "bodyCode", details
         from audit_log where action = 'data.read' order by id`,
    )
  ).rows;

beforeAll(async () => {
  t = await openDatabaseTestApp(clock);
  env = { app: t.app, db: t.db, clock, setup: t.setup };
  declarant = await logInDeclarant(env, 'head');
  const person = holder(t.setup, 'individual-auth');
  const id = await registerAndConfirm(t.app, t.db, clock, person);
  const browser = new TestBrowser(t.app);
  expect((await browser.logInAs(person, id)).statusCode).toBe(200);
  individual = { browser, id };
  officer = (
    await loggedInStaff(t.app, t.db, clock, holder(t.setup, 'signer-auth'), {
      kind: 'officer',
      email: 'almaty.officer@example.kz',
      officeCode: '75101',
      displayName: 'ПЕТРОВ ИВАН',
    })
  ).browser;
  admin = (
    await loggedInStaff(t.app, t.db, clock, holder(t.setup, 'employee-auth'), {
      kind: 'admin',
      email: 'committee.admin@example.kz',
    })
  ).browser;
}, 180_000);
afterAll(() => t?.close());

describe('an officer’s read of another person’s data (ACC-7)', () => {
  it('is refused without a reason from the list, before anything is looked up or written', async () => {
    const before = (await auditedReads()).length;
    const bare = await admin.get(`/api/v1/officer/accounts/${individual.id}`);
    expect(bare.statusCode).toBe(400);
    expect(codeOf(bare)).toBe('DATA_READ_REASON_REQUIRED');
    // the same answer for an account that does not exist: no probing without a stated reason
    expect(codeOf(await admin.get('/api/v1/officer/accounts/00000000-0000-4000-8000-000000000000'))).toBe(
      'DATA_READ_REASON_REQUIRED',
    );
    expect((await admin.get(`/api/v1/officer/accounts/${individual.id}?reason=curiosity`)).statusCode).toBe(400);
    const kk = await admin.request({
      method: 'GET',
      url: `/api/v1/officer/accounts/${individual.id}/access`,
      headers: { 'accept-language': 'kk' },
    });
    expect(codeOf(kk)).toBe('DATA_READ_REASON_REQUIRED');
    expect((kk.json() as { error: { message: string } }).error.message).toContain('себебін');
    expect(await auditedReads()).toHaveLength(before);
  });

  it('with a reason is answered and writes an audit record naming the reader, whose data it was and why', async () => {
    const read = await admin.get(`/api/v1/officer/accounts/${individual.id}?reason=user_request`);
    expect(read.statusCode).toBe(200);
    const last = (await auditedReads()).at(-1)!;
    expect(last).toMatchObject({
      subjectType: 'personal_data',
      subjectId: individual.id,
      bodyCode: null,
      details: { reason: 'user_request', object: 'account', objectId: individual.id, readerKind: 'admin' },
    });
  });

  it('of a declaration is on record for the declarant’s account, with the officer’s body', async () => {
    const draft = await createGoodsDraft(env, declarant, { document: goodsDocument(declarant.iinBin, { items: 1 }) });
    const { registrationNumber } = await submitSigned(declarant, draft);
    const url = `/api/v1/officer/declarations/${encodeURIComponent(registrationNumber)}`;
    expect(codeOf(await officer.get(url))).toBe('DATA_READ_REASON_REQUIRED');
    expect((await officer.get(`${url}?reason=declaration_review`)).statusCode).toBe(200);
    expect((await auditedReads()).at(-1)).toMatchObject({
      subjectType: 'personal_data',
      subjectId: declarant.accountId,
      bodyCode: '75101',
      details: { reason: 'declaration_review', object: 'declaration', objectId: registrationNumber },
    });
    // The decision bytes name the declaration too: asked for by POST, the reason travels in the body.
    const payload = `${url}/decision-payload`;
    expect(codeOf(await officer.post(payload, { decision: 'release' }))).toBe('DATA_READ_REASON_REQUIRED');
    const asked = await officer.post(payload, { decision: 'release', reason: 'customs_control' });
    expect(asked.statusCode, asked.body).toBe(200);
    expect((await auditedReads()).at(-1)).toMatchObject({
      subjectId: declarant.accountId,
      details: { reason: 'customs_control', object: 'decision_payload', objectId: registrationNumber },
    });
  });
});

describe('the user’s list of who at customs read its data (ACC-7)', () => {
  it('shows exactly the reads of its own data, newest first, with the body, the reader and the reason in its language', async () => {
    clock.advance(60_000);
    expect((await admin.get(`/api/v1/officer/accounts/${individual.id}/access?reason=access_measure`)).statusCode).toBe(
      200,
    );

    const own = await readsOf(individual.browser, 'en');
    expect(own.reads.map((r) => [r.object, r.reason])).toEqual([
      ['account_access', 'access_measure'],
      ['account', 'user_request'],
    ]);
    expect(own.reads[0]).toMatchObject({
      objectId: individual.id,
      reasonLabel: 'A measure on access',
      administrator: true,
      officeCode: null,
    });
    expect((await readsOf(individual.browser, 'ru')).reads[1]!.reasonLabel).toBe('Обращение пользователя');

    // The declarant sees the officer's read of its declaration, and nothing of the individual's.
    const declarants = await readsOf(declarant.browser, 'ru');
    expect(declarants.reads.map((r) => r.object)).toEqual(['decision_payload', 'declaration']);
    expect(declarants.reads[1]).toMatchObject({
      object: 'declaration',
      reason: 'declaration_review',
      reasonLabel: 'Рассмотрение декларации',
      officeCode: '75101',
      officeName: expect.any(String),
      officerName: 'ПЕТРОВ ИВАН',
      administrator: false,
    });
    expect(own.reads.some((r) => r.object === 'declaration')).toBe(false);
  });

  it('is paged, twenty a page', async () => {
    for (let i = 0; i < 21; i++) {
      clock.advance(1_000);
      await admin.get(`/api/v1/officer/accounts/${individual.id}?reason=audit_check`);
    }
    const first = await readsOf(individual.browser, 'kk');
    expect(first).toMatchObject({ page: 1, more: true });
    expect(first.reads).toHaveLength(20);
    const second = await readsOf(individual.browser, 'kk', 2);
    expect(second.more).toBe(false);
    expect(second.reads.map((r) => r.reason)).toEqual(['audit_check', 'access_measure', 'user_request']);
  });

  it('is the user’s alone: staff have no list of their own reads', async () => {
    expect((await admin.get('/api/v1/me/data-reads')).statusCode).toBe(403);
  });
});
