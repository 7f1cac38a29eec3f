import { allowedActions } from '@shekara/contracts/declarations/status';
import type { TestHolder } from '@shekara/nca/test-pki';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import { drainOutbox } from '../../../platform/outbox/worker.ts';
import { holder, signAs, TestBrowser } from '../../../testing/accounts.ts';
import { codeOf } from '../../../testing/app.ts';
import { countingDatabase } from '../../../testing/counting-database.ts';
import { type DatabaseTestApp, openDatabaseTestApp } from '../../../testing/database-app.ts';
import {
  createGoodsDraft,
  type DeclarationTestEnvironment,
  goodsDocument,
  logInDeclarant,
  signPayload,
  submitSigned,
  type TestDeclarant,
} from '../../../testing/declarations.ts';
import { deliverMail } from '../../../testing/outbox.ts';
import { emptyAdvanceAccount, fundAdvanceAccount } from '../../../testing/payments.ts';
import { readPdf } from '../../../testing/pdf-text.ts';
import { createStaffAccount } from '../../accounts/index.ts';
import { almatyDate } from '../../reference/index.ts';
import { lockRegistered } from './officer-repository.ts';
import { onDeclarationRegistered, onDeclarationsRegistered, registeredTopic } from './on-registered.ts';
import { declarationOutboxHandlers } from './outbox-handlers.ts';

/**
 * The officer's side over HTTP (issue 6 points 7–11, WD-15, WD-16, ACC-17, ACC-18, ACC-21): risk
 * routing after registration, the inbox by scope, the document as signed, signed decisions and
 * their notices, border release of preliminary information, and corrections after release.
 */
const clock = manualClock(new Date());
let t: DatabaseTestApp;
let env: DeclarationTestEnvironment;
let declarant: TestDeclarant;
const background = () => ({
  db: t.db,
  clock,
  logger: pino({ level: 'silent' }),
  publicUrl: 'http://localhost:8080',
  notifyOutbox: () => {},
});

interface Staff {
  browser: TestBrowser;
  id: string;
  signKey: TestHolder;
}
let almaty: Staff; // officer of the Almaty clearance centre (75101)
let department: Staff; // officer of Almaty's department (75000)
let astana: Staff; // officer of the Astana clearance centre (71101): another department
let border: Staff; // officer of the Astana airport checkpoint (71301)
let admin: Staff;

async function staff(kind: 'officer' | 'admin', person: string, officeCode?: string): Promise<Staff> {
  const auth = holder(t.setup, `${person}-auth`);
  const { id } = await createStaffAccount(t.db, clock, {
    kind,
    iin: auth.iin,
    email: `${person}.${kind}@example.kz`,
    officeCode,
    displayName: auth.commonName,
  });
  const browser = new TestBrowser(t.app);
  const login = await browser.logInAs(auth, id);
  expect(login.statusCode, login.body).toBe(200);
  return { browser, id, signKey: holder(t.setup, `${person}-sign`) };
}

/** Hands the registrations waiting in the outbox to the handler, as the server's worker does. */
const route = () =>
  drainOutbox({
    db: t.db,
    clock,
    logger: pino({ level: 'silent' }),
    topics: [registeredTopic],
    handlers: declarationOutboxHandlers(background()),
  });
const enc = encodeURIComponent;

/** A registered goods declaration of `items` demo items, routed: one item is worth about 18.6 million tenge, three about 36.5 million. */
/** A declaration registered and routed; a green one is released when the declarant's advance account holds what it owes. */
async function registered(items = 3, document?: unknown) {
  const id = await createGoodsDraft(env, declarant, {
    document: document ?? goodsDocument(declarant.iinBin, { items, owesNothing: true }),
  });
  const { registrationNumber } = await submitSigned(declarant, id);
  await route();
  return { id, number: registrationNumber };
}

async function decide(
  officer: Staff,
  number: string,
  decision: string,
  reasons: string[] = [],
  options: { signKey?: TestHolder; payloadDecision?: string } = {},
) {
  clock.advance(1_000); // decisions in order of time
  const query = new URLSearchParams({ decision: options.payloadDecision ?? decision });
  for (const reason of reasons) query.append('reasons', reason);
  const payload = await officer.browser.get(
    `/api/v1/officer/declarations/${enc(number)}/decision-payload?${query}&reason=declaration_review`,
  );
  if (payload.statusCode !== 200) return payload;
  const data = Buffer.from((payload.json() as { data: string }).data, 'base64');
  return officer.browser.post(`/api/v1/officer/declarations/${enc(number)}/decisions`, {
    decision,
    reasons,
    signature: signPayload(options.signKey ?? officer.signKey, data),
  });
}

const statusOf = async (id: string) =>
  (
    await t.db.query<{ status: string; channel: string | null }>(
      'select status, channel from declarations where id = $1',
      [id],
    )
  ).rows[0]!;

beforeAll(async () => {
  t = await openDatabaseTestApp(clock);
  env = { app: t.app, db: t.db, clock, setup: t.setup };
  declarant = await logInDeclarant(env, 'head');
  // what its declarations owe is held on its advance account, so a green one is released (ACC-17)
  await fundAdvanceAccount(env, declarant.iinBin);
  almaty = await staff('officer', 'signer', '75101');
  department = await staff('officer', 'individual', '75000');
  astana = await staff('officer', 'employee', '71101');
  border = await staff('officer', 'head', '71301');
  admin = await staff('admin', 'individual');
}, 180_000);
afterAll(() => t?.close());

describe('risk profiles, administered (ACC-17)', () => {
  it('are created, listed and changed by administrators only, each change audited', async () => {
    const body = {
      name: 'Дорогие партии',
      conditions: { minCustomsValue: 30_000_000 },
      channel: 'yellow',
      priority: 100,
      validFrom: '2020-01-01',
    };
    expect(codeOf(await almaty.browser.post('/api/v1/admin/risk-profiles', body))).toBe('AUTH_FORBIDDEN');
    const created = await admin.browser.post('/api/v1/admin/risk-profiles', body);
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json() as { id: string };
    expect(codeOf(await admin.browser.post('/api/v1/admin/risk-profiles', { ...body, conditions: {} }))).toBe(
      'VALIDATION_FAILED',
    );
    const red = await admin.browser.post('/api/v1/admin/risk-profiles', {
      ...body,
      name: 'Оружие',
      conditions: { hsPrefixes: ['93'] },
      channel: 'red',
      priority: 300,
    });
    const redId = (red.json() as { id: string }).id;
    const changed = await admin.browser.request({
      method: 'PUT',
      url: `/api/v1/admin/risk-profiles/${redId}`,
      payload: {
        ...body,
        name: 'Оружие',
        conditions: { hsPrefixes: ['93'] },
        channel: 'red',
        priority: 300,
        active: false,
      },
    });
    expect(changed.json()).toMatchObject({ id: redId, active: false, channel: 'red' });
    const list = (await admin.browser.get('/api/v1/admin/risk-profiles')).json() as { profiles: { id: string }[] };
    expect(list.profiles.map((p) => p.id)).toEqual([redId, id]);
    const { rows } = await t.db.query<{ action: string }>(
      `select action from audit_log where subject_type = 'risk_profile' order by id`,
    );
    expect(rows.map((r) => r.action)).toEqual([
      'declaration.risk_profile.create',
      'declaration.risk_profile.create',
      'declaration.risk_profile.update',
    ]);
  });
});

describe('routing after registration (ACC-17, issue 6 point 9)', () => {
  it('sends a declaration a profile matches to its channel, with the profile on the timeline, and waits for the officer', async () => {
    const { id } = await registered(3);
    expect(await statusOf(id)).toEqual({ status: 'registered', channel: 'yellow' });
    const { rows } = await t.db.query<{ details: { channel: string; profileName: string } }>(
      `select details from declaration_events where declaration_id = $1 and event = 'risk_routed'`,
      [id],
    );
    expect(rows.map((r) => r.details)).toMatchObject([{ channel: 'yellow', profileName: 'Дорогие партии', seq: 1 }]);
  });

  it('releases a green declaration with nothing outstanding by the system, and notifies the declarant', async () => {
    const { id, number } = await registered(1);
    expect(await statusOf(id)).toEqual({ status: 'released', channel: 'green' });
    const decisions = (await declarant.browser.get('/api/v1/declarations/decisions?unread=true')).json() as {
      decisions: { registrationNumber: string; decision: string; automatic: boolean }[];
    };
    expect(decisions.decisions.find((d) => d.registrationNumber === number)).toMatchObject({
      decision: 'release',
      automatic: true,
    });
    const mail = (await deliverMail(t.db, clock)).find((m) => m.subject.includes(number));
    expect(mail?.to).toEqual([`${holder(t.setup, 'head-auth').id}@example.kz`]);
    expect(mail?.text).toContain('Выпуск товаров разрешён');
  });

  it('writes the notice in the language its author last logged in with (ACC-21)', async () => {
    const author = await logInDeclarant(env, 'individual');
    const nonce = ((await author.browser.get('/api/v1/auth/challenge')).json() as { nonce: string }).nonce;
    const english = await author.browser.request({
      method: 'POST',
      url: '/api/v1/auth/login/signature',
      headers: { 'accept-language': 'en' },
      payload: { signature: signAs(author.authKey, Buffer.from(nonce, 'base64')), accountId: author.accountId },
    });
    expect(english.statusCode, english.body).toBe(200);
    await fundAdvanceAccount(env, author.iinBin);
    const id = await createGoodsDraft(env, author, {
      document: goodsDocument(author.iinBin, { items: 1, owesNothing: true }),
    });
    const { registrationNumber } = await submitSigned(author, id);
    await route();
    const mail = (await deliverMail(t.db, clock)).find((m) => m.subject.includes(registrationNumber));
    expect(mail?.subject).toBe(`Shekara: ${registrationNumber} — Goods released`);
    expect(mail?.text).toContain('The system took this decision automatically (green channel).');
  });

  it('ACC-17: keeps a green declaration whose payments are not held on the advance account for the officer, whatever box B claims was paid', async () => {
    // box B covers all of box 47, but it is the declarant's word: only money held on the advance
    // account releases it by itself (issue 16 point 3)
    await emptyAdvanceAccount(env, declarant.iinBin);
    try {
      const document = goodsDocument(declarant.iinBin, { items: 1 });
      expect(document.paymentDocuments!.length).toBeGreaterThan(0);
      const { id } = await registered(1, document);
      expect(await statusOf(id)).toEqual({ status: 'registered', channel: 'green' });
      const invented = { ...document, paymentDocuments: [{ ...document.paymentDocuments![0]!, number: 'INVENTED-1' }] };
      const { id: second } = await registered(1, invented);
      expect(await statusOf(second)).toEqual({ status: 'registered', channel: 'green' });
    } finally {
      await fundAdvanceAccount(env, declarant.iinBin);
    }
  });

  it('does nothing more when the message is delivered twice', async () => {
    const { id } = await registered(1);
    const count = async () =>
      (
        await t.db.query<{ n: number }>('select count(*)::int as n from declaration_events where declaration_id = $1', [
          id,
        ])
      ).rows[0]!.n;
    const before = await count();
    expect(await onDeclarationRegistered(background(), id)).toMatchObject({ repeated: true, released: false });
    expect(await count()).toBe(before);
  });
});

describe('routing the declarations registered meanwhile together (ACC-17, issue 6 points 9 and 16)', () => {
  it('routes each as if alone, in the same number of statements for one or many, and skips those routed before', async () => {
    const numbers = new Map<string, string>();
    const unrouted = async (document: unknown) => {
      const id = await createGoodsDraft(env, declarant, { document });
      numbers.set(id, (await submitSigned(declarant, id)).registrationNumber);
      return id;
    };
    const owing = goodsDocument(declarant.iinBin, { items: 1 });
    const { id: before } = await registered(1);
    const green = await unrouted(goodsDocument(declarant.iinBin, { items: 1, owesNothing: true }));
    const yellow = await unrouted(goodsDocument(declarant.iinBin, { items: 3 }));
    // registered while the advance account is empty: nothing is held for it
    await emptyAdvanceAccount(env, declarant.iinBin);
    const outstanding = await unrouted(owing);
    await fundAdvanceAccount(env, declarant.iinBin);
    const alone = await unrouted(goodsDocument(declarant.iinBin, { items: 1, owesNothing: true }));

    const one = countingDatabase(t.db);
    expect(
      (await onDeclarationsRegistered({ ...background(), db: one.db }, [{ declarationId: alone }])).get(alone),
    ).toMatchObject({ released: true, route: { channel: 'green' } });
    const many = countingDatabase(t.db);
    const outcomes = await onDeclarationsRegistered(
      { ...background(), db: many.db },
      [green, yellow, outstanding, before].map((declarationId) => ({ declarationId })),
    );
    expect(many.statements()).toBe(one.statements());
    expect(outcomes.get(green)).toMatchObject({ released: true, repeated: false, route: { channel: 'green' } });
    expect(outcomes.get(yellow)).toMatchObject({ released: false, repeated: false, route: { channel: 'yellow' } });
    expect(outcomes.get(outstanding)).toMatchObject({ released: false, repeated: false, route: { channel: 'green' } });
    expect(outcomes.get(before)).toEqual({ released: false, repeated: true, route: null });

    expect(await statusOf(green)).toEqual({ status: 'released', channel: 'green' });
    expect(await statusOf(yellow)).toEqual({ status: 'registered', channel: 'yellow' });
    expect(await statusOf(outstanding)).toEqual({ status: 'registered', channel: 'green' });
    const timeline = await t.db.query<{ event: string }>(
      `select event from declaration_events where declaration_id = $1 order by id`,
      [green],
    );
    expect(timeline.rows.map((r) => r.event)).toEqual(['submit', 'risk_routed', 'release']);
    const notices = (await deliverMail(t.db, clock)).map((m) => m.subject);
    for (const [id, number] of numbers) {
      expect(
        notices.filter((s) => s.includes(number)),
        number,
      ).toHaveLength(id === green || id === alone ? 1 : 0);
    }
    await route(); // their outbox messages, delivered now, find the work done
    expect(await statusOf(yellow)).toEqual({ status: 'registered', channel: 'yellow' });
  });
});

describe('what routing reads (issue 6 point 9)', () => {
  it('locks the declarations it is given by id, and routes only those registered and not deleted', async () => {
    const { id: live } = await registered(1);
    const { id: gone } = await registered(1);
    await t.db.query('update declarations set deleted_at = $2 where id = $1', [gone, clock.now()]);
    const draft = await createGoodsDraft(env, declarant, {
      document: goodsDocument(declarant.iinBin, { items: 1, owesNothing: true }),
    });
    const rows = await t.db.transaction((tx) => lockRegistered(tx, [draft, gone, live]));
    expect(rows.map((row) => row.id)).toEqual([live]);
    expect(Object.keys(rows[0]!)).not.toContain('live');
  });

  it('takes the facts the registration message carries for the latest copy, and reads the copy itself for a message of another', async () => {
    const unrouted = async () => {
      const id = await createGoodsDraft(env, declarant, {
        document: goodsDocument(declarant.iinBin, { items: 1, owesNothing: true }),
      });
      await submitSigned(declarant, id);
      return id;
    };
    const carried = await unrouted();
    const stale = await unrouted();
    // one item is worth about 18.6 million tenge (green); the facts below say 40 million (yellow from 30 million)
    const facts = { hsCodes: ['8471300000'], originCountries: ['CN'], customsValue: 40_000_000, due: 0 };
    const outcomes = await onDeclarationsRegistered(background(), [
      { declarationId: carried, seq: 1, facts },
      { declarationId: stale, seq: 2, facts },
    ]);
    expect(outcomes.get(carried)).toMatchObject({ route: { channel: 'yellow' }, released: false });
    expect(outcomes.get(stale)).toMatchObject({ route: { channel: 'green' }, released: true });
    await route();
  });
});

describe('the inbox: the customs side of the system takes what declarants delivered (issue 6 point 7, WD-5, WD-15)', () => {
  it('finds a declaration by number for officers of its department, and not for another department’s', async () => {
    const { number } = await registered(3);
    for (const officer of [almaty, department, admin]) {
      const inbox = (await officer.browser.get(`/api/v1/officer/inbox?number=${enc(number)}`)).json() as {
        declarations: { registrationNumber: string; channel: string }[];
      };
      expect(inbox.declarations).toMatchObject([{ registrationNumber: number, channel: 'yellow' }]);
    }
    expect(
      ((await astana.browser.get(`/api/v1/officer/inbox?number=${enc(number)}`)).json() as { declarations: unknown[] })
        .declarations,
    ).toEqual([]);
    expect(
      codeOf(await astana.browser.get(`/api/v1/officer/declarations/${enc(number)}?reason=declaration_review`)),
    ).toBe('DECL_NOT_FOUND');
    expect(codeOf(await declarant.browser.get('/api/v1/officer/inbox'))).toBe('AUTH_FORBIDDEN');
  });

  it('filters by status, kind, channel and dates, newest first', async () => {
    const inbox = (
      await department.browser.get('/api/v1/officer/inbox?status=registered&kind=goods&channel=yellow')
    ).json() as { declarations: { status: string; channel: string; registeredAt: string }[]; more: boolean };
    expect(inbox.declarations.length).toBeGreaterThan(0);
    expect(inbox.declarations.every((d) => d.status === 'registered' && d.channel === 'yellow')).toBe(true);
    const times = inbox.declarations.map((d) => d.registeredAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(
      (
        (await department.browser.get('/api/v1/officer/inbox?from=2001-01-01&to=2001-12-31')).json() as {
          declarations: unknown[];
        }
      ).declarations,
    ).toEqual([]);
    const today = almatyDate(clock.now());
    const todays = (await department.browser.get(`/api/v1/officer/inbox?from=${today}&to=${today}`)).json() as {
      declarations: unknown[];
    };
    expect(todays.declarations).toEqual(
      ((await department.browser.get('/api/v1/officer/inbox')).json() as { declarations: unknown[] }).declarations,
    );
    expect(todays.declarations.length).toBeGreaterThan(inbox.declarations.length);
  });

  it('opens the document as signed, with its signed copies, attachments, timeline and the decisions allowed now', async () => {
    const id = await createGoodsDraft(env, declarant, { document: goodsDocument(declarant.iinBin, { items: 3 }) });
    const pdf = Buffer.from('%PDF-1.4\n% an invoice\n%%EOF\n');
    const uploaded = await declarant.browser.request({
      method: 'POST',
      url: `/api/v1/declarations/${id}/attachments?name=${enc('инвойс.pdf')}`,
      headers: { 'content-type': 'application/pdf' },
      payload: pdf,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const { registrationNumber: number } = await submitSigned(declarant, id);
    await route();
    const view = (
      await department.browser.get(`/api/v1/officer/declarations/${enc(number)}?reason=declaration_review`)
    ).json() as Record<string, unknown> & {
      submissions: { seq: number; documentSha256: string; signerBin: string }[];
      timeline: { event: string }[];
    };
    expect(view).toMatchObject({
      id,
      status: 'registered',
      channel: 'yellow',
      access: 'full',
      document: goodsDocument(declarant.iinBin, { items: 3 }),
    });
    expect(view.submissions).toMatchObject([{ seq: 1, signerBin: declarant.iinBin }]);
    expect(view.submissions[0]!.documentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(view.timeline.map((e) => e.event)).toEqual(['submit', 'risk_routed']);
    // control's report on the copy as delivered comes with it (errors would have refused it)
    expect(view.controlReport).toMatchObject({ errors: [], warnings: expect.any(Array) });
    // a registered declaration at the officer's own post: every decision is open
    expect(view.allowedDecisions).toEqual(allowedActions('registered', 'officer', 'goods'));
    const attachments = view.attachments as { id: string; name: string; sizeBytes: number }[];
    expect(attachments).toMatchObject([{ name: 'инвойс.pdf', sizeBytes: pdf.length }]);
    const file = await department.browser.get(
      `/api/v1/officer/declarations/${enc(number)}/attachments/${attachments[0]!.id}?reason=declaration_review`,
    );
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(pdf)).toBe(true);
    expect(
      codeOf(
        await astana.browser.get(
          `/api/v1/officer/declarations/${enc(number)}/attachments/${attachments[0]!.id}?reason=declaration_review`,
        ),
      ),
    ).toBe('DECL_NOT_FOUND');
  });
});

describe('the officer prints a declaration (ACC-7, ACC-19)', () => {
  it('gives the form as the declarant prints it, in Kazakh or Russian, only with a reason, each print on record; another department gets nothing', async () => {
    const { number } = await registered(3);
    const url = (query: string) => `/api/v1/officer/declarations/${enc(number)}/pdf?${query}`;
    const russian = await department.browser.get(url('reason=declaration_review&lang=ru'));
    expect(russian.statusCode, russian.body).toBe(200);
    expect(russian.headers['content-type']).toBe('application/pdf');
    expect(russian.headers['content-disposition']).toContain(`goods-${number.replace(/[^A-Za-z0-9._-]/g, '-')}-ru.pdf`);
    const text = (await readPdf(russian.rawPayload)).pages.join('\n');
    // the registration number printed in box A, and the declarant's BIN in box 14
    expect(text).toContain(number);
    expect(text).toContain(declarant.iinBin);
    const kazakh = await department.browser.get(url('reason=declaration_review&lang=kk'));
    expect(kazakh.statusCode).toBe(200);
    expect((await readPdf(kazakh.rawPayload)).pages.join('\n')).not.toEqual(text);
    // the read is on record with its reason; without one the print is refused and nothing is recorded
    const reads = async () =>
      (
        await t.db.query<{ n: number }>(
          `select count(*)::int as n from audit_log
            where action = 'data.read' and details->>'objectId' = $1 and details->>'reason' = 'declaration_review'`,
          [number],
        )
      ).rows[0]!.n;
    const before = await reads();
    expect(before).toBeGreaterThanOrEqual(2);
    expect(codeOf(await department.browser.get(url('lang=ru')))).toBe('DATA_READ_REASON_REQUIRED');
    expect(codeOf(await astana.browser.get(url('reason=declaration_review&lang=ru')))).toBe('DECL_NOT_FOUND');
    expect(await reads()).toBe(before);
    // a declarant cannot use the officer's route
    expect((await declarant.browser.get(url('reason=declaration_review&lang=ru'))).statusCode).toBe(403);
  });
});

describe('signed decisions (issue 6 point 8, ACC-21)', () => {
  it('accepts, then releases: each signed by the officer, in the timeline, the cabinet and the e-mail outbox', async () => {
    const { id, number } = await registered(3);
    const accepted = await decide(almaty, number, 'accept');
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json()).toMatchObject({ status: 'in_processing' });
    const mails = await t.db.query<{ payload: { to: string[]; subject: string; kind: string } }>(
      `select payload from outbox where topic = 'mail.send' and payload->>'subject' like $1`,
      [`%${number}%`],
    );
    expect(mails.rows.map((r) => r.payload)).toMatchObject([
      { kind: 'declaration.decision', subject: `Шекара: ${number} — Декларация принята к обработке` },
    ]);
    expect((await decide(almaty, number, 'release')).json()).toMatchObject({ status: 'released' });
    const { rows } = await t.db.query<{ decision: string; signed: boolean; officer: string }>(
      `select decision, signature_cms is not null and signed_bytes is not null as signed, officer_account_id as officer from declaration_decisions where declaration_id = $1 order by decided_at, decision`,
      [id],
    );
    expect(rows).toEqual([
      { decision: 'accept', signed: true, officer: almaty.id },
      { decision: 'release', signed: true, officer: almaty.id },
    ]);
    const inbox = (await declarant.browser.get('/api/v1/declarations/decisions?unread=true')).json() as {
      decisions: { id: string; registrationNumber: string; decision: string }[];
    };
    const mine = inbox.decisions.filter((d) => d.registrationNumber === number);
    expect(mine.map((d) => d.decision)).toEqual(['release', 'accept']);
    const read = await declarant.browser.post(`/api/v1/declarations/decisions/${mine[0]!.id}/read`);
    expect(read.statusCode, read.body).toBe(200);
    const unread = (await declarant.browser.get('/api/v1/declarations/decisions?unread=true')).json() as {
      decisions: { id: string }[];
    };
    expect(unread.decisions.map((d) => d.id)).not.toContain(mine[0]!.id);
    expect(codeOf(await decide(almaty, number, 'accept'))).toBe('DECL_TRANSITION_NOT_ALLOWED');
  });

  it('requests a correction only with reasons, and the declarant reads them', async () => {
    const { id, number } = await registered(3);
    expect(codeOf(await decide(almaty, number, 'request_correction'))).toBe('DECL_DECISION_REASONS_REQUIRED');
    expect(codeOf(await decide(almaty, number, 'request_correction', ['  ']))).toBe('DECL_DECISION_REASONS_REQUIRED');
    expect((await decide(almaty, number, 'request_correction', ['Приложите инвойс'])).json()).toMatchObject({
      status: 'correction_requested',
    });
    expect((await statusOf(id)).status).toBe('correction_requested');
    const inbox = (await declarant.browser.get('/api/v1/declarations/decisions')).json() as {
      decisions: { registrationNumber: string; reasonTexts: string[] }[];
    };
    expect(inbox.decisions.find((d) => d.registrationNumber === number)?.reasonTexts).toEqual(['Приложите инвойс']);

    // the corrected copy, signed again, is routed again by its own submission
    await submitSigned(declarant, id);
    await route();
    const { rows } = await t.db.query<{ details: { seq: number; channel: string } }>(
      `select details from declaration_events where declaration_id = $1 and event = 'risk_routed' order by id`,
      [id],
    );
    expect(rows.map((r) => [r.details.seq, r.details.channel])).toEqual([
      [1, 'yellow'],
      [2, 'yellow'],
    ]);
    expect((await statusOf(id)).status).toBe('registered');
  });

  it('refuses a decision signed over a copy the declarant has replaced since, and changes nothing (DECL_DECISION_STALE)', async () => {
    const { id, number } = await registered(3);
    // The officer signs a correction request over the first copy, and does not send it yet.
    clock.advance(1_000);
    const query = new URLSearchParams({ decision: 'request_correction' });
    query.append('reasons', 'Уточните графу 31');
    const early = await almaty.browser.get(
      `/api/v1/officer/declarations/${enc(number)}/decision-payload?${query}&reason=declaration_review`,
    );
    const earlySignature = signPayload(almaty.signKey, Buffer.from((early.json() as { data: string }).data, 'base64'));
    // Meanwhile a correction is asked for and made: the declarant edits the document and sends a second copy.
    expect((await decide(almaty, number, 'request_correction', ['Приложите инвойс'])).json()).toMatchObject({
      status: 'correction_requested',
    });
    const draft = (await declarant.browser.get(`/api/v1/declarations/${id}`)).json() as {
      document: { items: { description: string }[] };
      revision: number;
    };
    draft.document.items[0]!.description += ' (исправлено)';
    const saved = await declarant.browser.request({
      method: 'PUT',
      url: `/api/v1/declarations/${id}`,
      payload: { document: draft.document, revision: draft.revision },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    await submitSigned(declarant, id);
    await route();
    expect((await statusOf(id)).status).toBe('registered');

    const stale = await almaty.browser.post(`/api/v1/officer/declarations/${enc(number)}/decisions`, {
      decision: 'request_correction',
      reasons: ['Уточните графу 31'],
      signature: earlySignature,
    });
    expect(stale.statusCode).toBe(409);
    expect(codeOf(stale)).toBe('DECL_DECISION_STALE');
    expect((await statusOf(id)).status).toBe('registered');
    const { rows } = await t.db.query<{ n: number }>(
      `select count(*)::int as n from declaration_decisions where declaration_id = $1`,
      [id],
    );
    expect(rows[0]!.n).toBe(1);
    const refusal = await t.db.query<{ code: string }>(
      `select code from audit_log where subject_id = $1 and outcome = 'refused' order by id desc limit 1`,
      [id],
    );
    expect(refusal.rows[0]?.code).toBe('DECL_DECISION_STALE');
  });

  it('gives the payload for reasons in a POST body too — the same bytes as GET, and reasons too long for an address', async () => {
    const { id, number } = await registered(3);
    const short = ['Приложите инвойс'];
    const byGet = await almaty.browser.get(
      `/api/v1/officer/declarations/${enc(number)}/decision-payload?decision=request_correction&reasons=${enc(short[0]!)}&reason=declaration_review`,
    );
    const byPost = await almaty.browser.post(`/api/v1/officer/declarations/${enc(number)}/decision-payload`, {
      decision: 'request_correction',
      reasons: short,
      reason: 'declaration_review',
    });
    expect(byPost.statusCode, byPost.body).toBe(200);
    expect(byPost.json()).toEqual(byGet.json());
    // 20 reasons of 2,000 Cyrillic letters: about 240,000 characters once encoded in an address
    const long = Array.from({ length: 20 }, (_, i) => `${i + 1}. ${'ж'.repeat(1_990)}`);
    const payload = await almaty.browser.post(`/api/v1/officer/declarations/${enc(number)}/decision-payload`, {
      decision: 'request_correction',
      reasons: long,
      reason: 'declaration_review',
    });
    expect(payload.statusCode, payload.body).toBe(200);
    const signature = signPayload(almaty.signKey, Buffer.from((payload.json() as { data: string }).data, 'base64'));
    const decided = await almaty.browser.post(`/api/v1/officer/declarations/${enc(number)}/decisions`, {
      decision: 'request_correction',
      reasons: long,
      signature,
    });
    expect(decided.statusCode, decided.body).toBe(201);
    expect((await statusOf(id)).status).toBe('correction_requested');
  });

  it('takes no refusal of registration once the number is given: the number is the registration (art. 111)', async () => {
    const { id, number } = await registered(3);
    expect(codeOf(await decide(almaty, number, 'refuse_registration', ['missing_documents']))).toBe(
      'VALIDATION_FAILED',
    );
    expect(codeOf(await almaty.browser.get('/api/v1/officer/refusal-reasons'))).toBe('NOT_FOUND');
    expect((await statusOf(id)).status).not.toBe('registration_refused');
  });

  it('releases conditionally, then in full; refuses release only with reasons', async () => {
    const first = await registered(3);
    expect((await decide(department, first.number, 'release_conditionally')).json()).toMatchObject({
      status: 'conditionally_released',
    });
    expect((await decide(department, first.number, 'release')).json()).toMatchObject({ status: 'released' });
    const second = await registered(3);
    expect(codeOf(await decide(department, second.number, 'refuse_release'))).toBe('DECL_DECISION_REASONS_REQUIRED');
    expect(
      (await decide(department, second.number, 'refuse_release', ['Товар не соответствует описанию'])).json(),
    ).toMatchObject({ status: 'release_refused' });
  });

  it('refuses a signature by someone else, a signature over another decision, and another department’s officer; each refusal audited', async () => {
    const { id, number } = await registered(3);
    expect(codeOf(await decide(almaty, number, 'accept', [], { signKey: astana.signKey }))).toBe(
      'DECL_DECISION_SIGNER_NOT_OFFICER',
    );
    expect(codeOf(await decide(almaty, number, 'release', [], { payloadDecision: 'accept' }))).toBe(
      'SIG_CONTENT_MISMATCH',
    );
    expect(codeOf(await decide(astana, number, 'accept'))).toBe('DECL_NOT_FOUND');
    expect(codeOf(await decide(admin, number, 'accept'))).toBe('AUTH_FORBIDDEN');
    expect((await statusOf(id)).status).toBe('registered');
    const { rows } = await t.db.query<{ code: string }>(
      `select code from audit_log where subject_id = $1 and outcome = 'refused' order by id`,
      [id],
    );
    expect(rows.map((r) => r.code)).toEqual(['DECL_DECISION_SIGNER_NOT_OFFICER', 'SIG_CONTENT_MISMATCH']);
  });
});

describe('release at a border checkpoint (ACC-18)', () => {
  it('finds preliminary information registered elsewhere by its number and records its use; other bodies see nothing', async () => {
    const date = new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);
    const document = {
      subkind: 'arrival_notification',
      declarant: { iinBin: declarant.iinBin, name: 'ТОО "SHEKARA TEST"' },
      carrier: { iinBin: declarant.iinBin, name: 'ТОО "SHEKARA TEST"' },
      arrivalOffice: '71301',
      expectedArrival: `${date}T18:00`,
      transport: { modeCode: '30', identification: '123ABC02', countryCode: 'KZ' },
      dispatchCountry: 'DE',
      goods: [{ number: 1, description: 'Live horses', hsCode: '0101210000', packages: 1, grossMass: 600 }],
      filler: { name: 'СЕРИКОВА АЙГЕРИМ', date },
    };
    const id = await createGoodsDraft(env, declarant, { kind: 'preliminary', document });
    // registered at the Almaty airport checkpoint, released at Astana's: another department
    const { registrationNumber: number } = await submitSigned(declarant, id, { customsOffice: '75301' });
    await route();
    expect(number.startsWith('75301/')).toBe(true);
    expect(
      (
        (await border.browser.get(`/api/v1/officer/inbox?number=${enc(number)}`)).json() as {
          declarations: { registrationNumber: string }[];
        }
      ).declarations,
    ).toMatchObject([{ registrationNumber: number }]);
    expect(
      ((await border.browser.get('/api/v1/officer/inbox?kind=preliminary')).json() as { declarations: unknown[] })
        .declarations,
    ).toEqual([]);
    const view = (
      await border.browser.get(`/api/v1/officer/declarations/${enc(number)}?reason=declaration_review`)
    ).json() as {
      access: string;
      allowedDecisions: string[];
    };
    expect(view).toMatchObject({
      access: 'border_release',
      allowedDecisions: ['record_use'],
    });
    // preliminary information is not taken into processing like a declaration
    expect(codeOf(await decide(border, number, 'accept'))).toBe('DECL_TRANSITION_NOT_ALLOWED');
    expect(
      codeOf(await astana.browser.get(`/api/v1/officer/declarations/${enc(number)}?reason=declaration_review`)),
    ).toBe('DECL_NOT_FOUND');
    // preliminary information is never released: it is used when the goods arrive (ACC-16)
    expect(codeOf(await decide(border, number, 'release'))).toBe('DECL_TRANSITION_NOT_ALLOWED');
    const used = await decide(border, number, 'record_use');
    expect(used.json()).toMatchObject({ status: 'used' });
    const { rows } = await t.db.query<{ office_code: string }>(
      `select office_code from declaration_decisions where declaration_id = $1`,
      [id],
    );
    expect(rows).toEqual([{ office_code: '71301' }]);
  });
});

describe('corrections after release, КДТ (issue 6 point 11)', () => {
  it('starts a draft linked to the released declaration, which once registered appears on the original’s timeline', async () => {
    const original = await registered(1);
    expect((await statusOf(original.id)).status).toBe('released');
    const started = await declarant.browser.post(`/api/v1/declarations/${original.id}/corrections`);
    expect(started.statusCode, started.body).toBe(201);
    const { id } = started.json() as { id: string; correctsId: string };
    expect(started.json()).toMatchObject({ correctsId: original.id });
    const { rows } = await t.db.query<{ status: string; corrects_id: string; document: unknown }>(
      'select status, corrects_id, document from declarations where id = $1',
      [id],
    );
    expect(rows[0]).toEqual({
      status: 'draft',
      corrects_id: original.id,
      document: goodsDocument(declarant.iinBin, { items: 1, owesNothing: true }),
    });
    const { registrationNumber } = await submitSigned(declarant, id);
    await route();
    const view = (
      await department.browser.get(`/api/v1/officer/declarations/${enc(original.number)}?reason=declaration_review`)
    ).json() as {
      status: string;
      timeline: { event: string; details: Record<string, unknown> | null }[];
    };
    expect(view.status).toBe('released');
    expect(view.timeline.find((e) => e.event === 'corrected_by')?.details).toEqual({
      correctionId: id,
      registrationNumber,
    });
  });

  it('is refused for a declaration not released, and for another organisation’s', async () => {
    const pending = await registered(3);
    expect(codeOf(await declarant.browser.post(`/api/v1/declarations/${pending.id}/corrections`))).toBe(
      'DECL_CORRECTION_NOT_RELEASED',
    );
    const released = await registered(1);
    const other = await logInDeclarant(env, 'individual');
    expect(codeOf(await other.browser.post(`/api/v1/declarations/${released.id}/corrections`))).toBe('DECL_NOT_FOUND');
  });
});

describe('the interface (issue 6 point 12)', () => {
  it('is documented in OpenAPI', async () => {
    const openapi = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, unknown>;
    };
    for (const route of [
      '/api/v1/officer/inbox',
      '/api/v1/officer/declarations/{registrationNumber}',
      '/api/v1/officer/declarations/{registrationNumber}/decision-payload',
      '/api/v1/officer/declarations/{registrationNumber}/decisions',
      '/api/v1/declarations/decisions',
      '/api/v1/declarations/{id}/corrections',
      '/api/v1/admin/risk-profiles/{id}',
    ]) {
      expect(openapi.paths[route], route).toBeDefined();
    }
  });
});
