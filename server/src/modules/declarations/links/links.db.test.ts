import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import type { DeclarationLinks } from '@shekara/contracts/declarations/links';
import type { TestHolder } from '@shekara/nca/test-pki';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import { drainOutbox } from '../../../platform/outbox/worker.ts';
import { holder, TestBrowser } from '../../../testing/accounts.ts';
import { codeOf } from '../../../testing/app.ts';
import { type DatabaseTestApp, openDatabaseTestApp } from '../../../testing/database-app.ts';
import {
  createGoodsDraft,
  type DeclarationTestEnvironment,
  goodsDocument,
  logInDeclarant,
  postSubmission,
  signPayload,
  submitSigned,
  type TestDeclarant,
} from '../../../testing/declarations.ts';
import { fundAdvanceAccount } from '../../../testing/payments.ts';
import { createStaffAccount } from '../../accounts/index.ts';
import { almatyDate } from '../../reference/index.ts';
import { demoDocument } from '../demo/demo-document.ts';
import { registeredTopic } from '../officer/on-registered.ts';
import { declarationOutboxHandlers } from '../officer/outbox-handlers.ts';

/**
 * Links between documents (issue 17 points 3 and 5): preliminary information used on arrival and
 * closed by the goods or transit declaration that names it (ACC-16, ACC-18); the release before
 * the goods declaration, released by the system on the green channel and closed by the goods
 * declaration that names it, or listed for officers once its term passed (ACC-17).
 */
const clock = manualClock(new Date());
let t: DatabaseTestApp;
let env: DeclarationTestEnvironment;
let declarant: TestDeclarant;
let other: TestDeclarant;

interface Staff {
  browser: TestBrowser;
  signKey: TestHolder;
}
let almaty: Staff; // Almaty clearance centre (75101), where the goods and transit declarations go
let border: Staff; // Astana airport checkpoint (71301)
let astana: Staff; // Astana clearance centre (71101)
const enc = encodeURIComponent;

async function staff(person: string, officeCode: string): Promise<Staff> {
  const auth = holder(t.setup, `${person}-auth`);
  const { id } = await createStaffAccount(t.db, clock, {
    kind: 'officer',
    iin: auth.iin,
    email: `${person}.links@example.kz`,
    officeCode,
    displayName: auth.commonName,
  });
  const browser = new TestBrowser(t.app);
  expect((await browser.logInAs(auth, id)).statusCode).toBe(200);
  return { browser, signKey: holder(t.setup, `${person}-sign`) };
}

const route = () =>
  drainOutbox({
    db: t.db,
    clock,
    logger: pino({ level: 'silent' }),
    topics: [registeredTopic],
    handlers: declarationOutboxHandlers({
      db: t.db,
      clock,
      logger: pino({ level: 'silent' }),
      publicUrl: 'http://localhost:8080',
      notifyOutbox: () => {},
    }),
  });

async function decide(officer: Staff, number: string, decision: string) {
  clock.advance(1_000);
  const payload = await officer.browser.get(
    `/api/v1/officer/declarations/${enc(number)}/decision-payload?decision=${decision}&reason=declaration_review`,
  );
  if (payload.statusCode !== 200) return payload;
  const data = Buffer.from((payload.json() as { data: string }).data, 'base64');
  return officer.browser.post(`/api/v1/officer/declarations/${enc(number)}/decisions`, {
    decision,
    reasons: [],
    signature: signPayload(officer.signKey, data),
  });
}

const today = () => almatyDate(clock.now());
const demo = (kind: DeclarationKind, who: TestDeclarant, office: string) =>
  demoDocument(kind, { items: 1, declarant: who.iinBin, office, date: today() }) as Record<string, unknown>;

/** Preliminary information registered at the Almaty airport checkpoint for goods arriving at `arrivalOffice`. */
async function preliminary(who = declarant, arrivalOffice = '71301') {
  const id = await createGoodsDraft(env, who, {
    kind: 'preliminary',
    document: { ...demo('preliminary', who, '75301'), arrivalOffice },
  });
  const { registrationNumber } = await submitSigned(who, id, { customsOffice: '75301' });
  await route();
  return { id, number: registrationNumber };
}

async function draftNaming(kind: 'goods' | 'transit', names: Record<string, string>) {
  const base =
    kind === 'goods'
      ? goodsDocument(declarant.iinBin, { items: 1, owesNothing: true })
      : demo('transit', declarant, '75101');
  return createGoodsDraft(env, declarant, { kind, document: { ...base, ...names } });
}

const statusOf = async (id: string) =>
  (await t.db.query<{ status: string }>('select status from declarations where id = $1', [id])).rows[0]!.status;
const declarantLinks = async (id: string) =>
  ((await declarant.browser.get(`/api/v1/declarations/${id}`)).json() as { links: DeclarationLinks }).links;
const officerView = async (officer: Staff, number: string) =>
  (await officer.browser.get(`/api/v1/officer/declarations/${enc(number)}?reason=declaration_review`)).json() as {
    status: string;
    access: string;
    allowedDecisions: string[];
    links: DeclarationLinks;
  };

beforeAll(async () => {
  t = await openDatabaseTestApp(clock);
  env = { app: t.app, db: t.db, clock, setup: t.setup };
  declarant = await logInDeclarant(env, 'head');
  other = await logInDeclarant(env, 'individual');
  await fundAdvanceAccount(env, declarant.iinBin);
  almaty = await staff('signer', '75101');
  border = await staff('head', '71301');
  astana = await staff('employee', '71101');
}, 180_000);
afterAll(() => t?.close());

describe('preliminary information, used on arrival and closed by the declaration that follows (ACC-16, ACC-18)', () => {
  it('ACC-16, ACC-18: is looked up by number at a checkpoint, used, then closed by the goods declaration naming it; both views show the link', async () => {
    const prelim = await preliminary();
    // routed like any document, green, but never released by the system
    expect(await statusOf(prelim.id)).toBe('registered');
    const { rows: routed } = await t.db.query<{ channel: string }>('select channel from declarations where id = $1', [
      prelim.id,
    ]);
    expect(routed).toEqual([{ channel: 'green' }]);
    const found = (await border.browser.get(`/api/v1/officer/inbox?number=${enc(prelim.number)}`)).json() as {
      declarations: { registrationNumber: string }[];
    };
    expect(found.declarations.map((d) => d.registrationNumber)).toEqual([prelim.number]);
    expect(codeOf(await decide(border, prelim.number, 'release'))).toBe('DECL_TRANSITION_NOT_ALLOWED');
    expect((await decide(border, prelim.number, 'record_use')).json()).toMatchObject({ status: 'used' });

    const goodsId = await draftNaming('goods', { preliminaryInformationNumber: prelim.number });
    const goods = await submitSigned(declarant, goodsId);
    expect(await statusOf(prelim.id)).toBe('closed');
    const linkedAt = expect.any(String);
    expect(await declarantLinks(goodsId)).toEqual({
      follows: [
        { relation: 'preliminary_information', kind: 'preliminary', registrationNumber: prelim.number, linkedAt },
      ],
      followedBy: [],
    });
    expect(await declarantLinks(prelim.id)).toEqual({
      follows: [],
      followedBy: [
        { relation: 'preliminary_information', kind: 'goods', registrationNumber: goods.registrationNumber, linkedAt },
      ],
    });
    expect((await officerView(almaty, goods.registrationNumber)).links.follows).toMatchObject([
      { registrationNumber: prelim.number },
    ]);
    const closed = await officerView(border, prelim.number);
    expect(closed).toMatchObject({ status: 'closed', access: 'border_release', allowedDecisions: [] });
    expect(closed.links.followedBy).toMatchObject([{ kind: 'goods', registrationNumber: goods.registrationNumber }]);
    const { rows } = await t.db.query<{ event: string; actor_role: string; details: Record<string, unknown> }>(
      `select event, actor_role, details from declaration_events where declaration_id = $1 and to_status = 'closed'`,
      [prelim.id],
    );
    expect(rows).toEqual([
      {
        event: 'link',
        actor_role: 'system',
        details: { relation: 'preliminary_information', followedBy: goodsId },
      },
    ]);
    // closed once: a second declaration naming it is refused before it takes a number
    const again = await postSubmission(
      declarant,
      await draftNaming('goods', { preliminaryInformationNumber: prelim.number }),
    );
    expect(codeOf(again)).toBe('DECL_LINK_NOT_OPEN');
  });

  it('ACC-16: is used by an officer of the office of arrival it names, then closed by the transit declaration naming it', async () => {
    const prelim = await preliminary(declarant, '71101');
    expect(await officerView(astana, prelim.number)).toMatchObject({
      access: 'border_release',
      allowedDecisions: ['record_use'],
    });
    expect((await decide(astana, prelim.number, 'record_use')).json()).toMatchObject({ status: 'used' });
    const transitId = await draftNaming('transit', { preliminaryInformationNumber: prelim.number });
    const transit = await submitSigned(declarant, transitId);
    expect(await statusOf(prelim.id)).toBe('closed');
    expect((await declarantLinks(transitId)).follows).toMatchObject([
      { relation: 'preliminary_information', registrationNumber: prelim.number },
    ]);
    expect((await declarantLinks(prelim.id)).followedBy).toMatchObject([
      { kind: 'transit', registrationNumber: transit.registrationNumber },
    ]);
  });

  it('ACC-16: two declarations naming the same preliminary information at once: one registers and closes it, the other is refused', async () => {
    const prelim = await preliminary();
    const drafts = [
      await draftNaming('goods', { preliminaryInformationNumber: prelim.number }),
      await draftNaming('transit', { preliminaryInformationNumber: prelim.number }),
    ];
    const answers = await Promise.all(drafts.map((id) => postSubmission(declarant, id)));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(answers.filter((a) => a.statusCode !== 200).map((a) => codeOf(a))).toEqual(['DECL_LINK_NOT_OPEN']);
    expect(await statusOf(prelim.id)).toBe('closed');
    const { rows } = await t.db.query('select 1 from declaration_links where earlier_id = $1', [prelim.id]);
    expect(rows).toHaveLength(1);
  });

  it('ACC-16: a declaration naming unknown, another’s, withdrawn preliminary information, or another kind, is refused and takes no number', async () => {
    const refusal = async (names: Record<string, string>) => {
      const id = await draftNaming('goods', names);
      const response = await postSubmission(declarant, id);
      expect(await statusOf(id)).toBe('draft');
      return { code: codeOf(response), params: (response.json() as { error: { message: string } }).error.message };
    };
    expect((await refusal({ preliminaryInformationNumber: '75301/010126/0999999' })).code).toBe('DECL_LINK_NOT_FOUND');
    const others = await preliminary(other);
    expect((await refusal({ preliminaryInformationNumber: others.number })).code).toBe('DECL_LINK_NOT_FOUND');
    expect(await statusOf(others.id)).toBe('registered');

    const withdrawn = await preliminary();
    await t.db.query(`update declarations set status = 'withdrawn' where id = $1`, [withdrawn.id]);
    const notOpen = await refusal({ preliminaryInformationNumber: withdrawn.number });
    expect(notOpen.code).toBe('DECL_LINK_NOT_OPEN');
    expect(notOpen.params).toContain(withdrawn.number);

    const goodsId = await draftNaming('goods', {});
    const goods = await submitSigned(declarant, goodsId);
    expect((await refusal({ preliminaryInformationNumber: goods.registrationNumber })).code).toBe(
      'DECL_LINK_WRONG_KIND',
    );
    // a release before the declaration not yet released cannot be followed
    const rbd = await releaseBeforeDeclaration();
    await t.db.query(`update declarations set status = 'in_processing' where id = $1`, [rbd.id]);
    expect((await refusal({ releaseBeforeDeclarationNumber: rbd.number })).code).toBe('DECL_LINK_NOT_OPEN');
  });
});

async function releaseBeforeDeclaration(dueDate?: string) {
  const document = demo('release_before_declaration', declarant, '75101');
  const id = await createGoodsDraft(env, declarant, {
    kind: 'release_before_declaration',
    document: dueDate ? { ...document, declarationDueDate: dueDate } : document,
  });
  const { registrationNumber } = await submitSigned(declarant, id);
  await route();
  return { id, number: registrationNumber };
}

describe('release before the goods declaration (ACC-17)', () => {
  it('ACC-17: is released by the system on the green channel, then closed by the goods declaration naming it', async () => {
    const rbd = await releaseBeforeDeclaration();
    expect(await statusOf(rbd.id)).toBe('released');
    const { rows } = await t.db.query<{ details: { automatic: boolean } }>(
      `select details from declaration_events where declaration_id = $1 and event = 'release'`,
      [rbd.id],
    );
    expect(rows).toMatchObject([{ details: { automatic: true, channel: 'green' } }]);

    const goodsId = await draftNaming('goods', { releaseBeforeDeclarationNumber: rbd.number });
    const goods = await submitSigned(declarant, goodsId);
    expect(await statusOf(rbd.id)).toBe('closed');
    expect((await officerView(almaty, rbd.number)).links.followedBy).toMatchObject([
      { relation: 'release_before_declaration', kind: 'goods', registrationNumber: goods.registrationNumber },
    ]);
    expect((await declarantLinks(goodsId)).follows).toMatchObject([
      { relation: 'release_before_declaration', kind: 'release_before_declaration', registrationNumber: rbd.number },
    ]);
  });

  it('ACC-17: once its term passed with no goods declaration naming it, is listed for the officers of its bodies', async () => {
    const list = async (officer: Staff) => {
      const response = await officer.browser.get('/api/v1/officer/overdue-releases');
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as {
        asOf: string;
        releases: { registrationNumber: string; declarationDueDate: string }[];
      };
    };
    const numbers = async (officer: Staff) => (await list(officer)).releases.map((r) => r.registrationNumber);
    const yesterday = almatyDate(new Date(clock.now().getTime() - 86_400_000));
    const overdue = await releaseBeforeDeclaration(yesterday);
    const dueToday = await releaseBeforeDeclaration(today());
    const followed = await releaseBeforeDeclaration(yesterday);
    await submitSigned(declarant, await draftNaming('goods', { releaseBeforeDeclarationNumber: followed.number }));

    const listed = await list(almaty);
    expect(listed.asOf).toBe(today());
    expect(listed.releases).toContainEqual(
      expect.objectContaining({
        registrationNumber: overdue.number,
        declarationDueDate: yesterday,
        status: 'released',
      }),
    );
    // the term's last day is not passed; the one a goods declaration followed is closed
    expect(await numbers(almaty)).not.toContain(dueToday.number);
    expect(await numbers(almaty)).not.toContain(followed.number);
    // another department's officers do not see it
    expect(await numbers(astana)).toEqual([]);
  });
});
