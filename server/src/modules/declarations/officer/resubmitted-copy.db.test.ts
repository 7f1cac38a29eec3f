import { createHash } from 'node:crypto';
import type { TestHolder } from '@shekara/nca/test-pki';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import { holder, type TestBrowser } from '../../../testing/accounts.ts';
import { codeOf } from '../../../testing/app.ts';
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
import { routeRegistered } from '../../../testing/outbox.ts';
import { loggedInStaff } from '../../../testing/staff.ts';

/**
 * Issue 19 point 5 over HTTP: a copy resubmitted after a requested correction is marked in the
 * officer's inbox, and the officer reads it beside the copy before it, both as signed, with the
 * facts of their receipts; the declarant's decisions stop being "new" once shown.
 */
const clock = manualClock(new Date());
let t: DatabaseTestApp;
let env: DeclarationTestEnvironment;
let declarant: TestDeclarant;
let other: TestDeclarant; // another organisation
let almaty: { browser: TestBrowser; signKey: TestHolder }; // officer of the Almaty clearance centre (75101)
let astana: { browser: TestBrowser }; // officer of the Astana clearance centre (71101): another department
const enc = encodeURIComponent;

async function officer(person: string, officeCode: string) {
  const { browser } = await loggedInStaff(t.app, t.db, clock, holder(t.setup, `${person}-auth`), {
    kind: 'officer',
    email: `${person}.officer@example.kz`,
    officeCode,
  });
  return { browser, signKey: holder(t.setup, `${person}-sign`) };
}

const route = () => routeRegistered(t.db, clock);

async function requestCorrection(number: string, reasons: string[]) {
  clock.advance(1_000);
  const query = new URLSearchParams({ decision: 'request_correction', reason: 'declaration_review' });
  for (const reason of reasons) query.append('reasons', reason);
  const payload = await almaty.browser.get(`/api/v1/officer/declarations/${enc(number)}/decision-payload?${query}`);
  expect(payload.statusCode, payload.body).toBe(200);
  const data = Buffer.from((payload.json() as { data: string }).data, 'base64');
  const decided = await almaty.browser.post(`/api/v1/officer/declarations/${enc(number)}/decisions`, {
    decision: 'request_correction',
    reasons,
    signature: signPayload(almaty.signKey, data),
  });
  expect(decided.statusCode, decided.body).toBe(201);
}

/** The declarant edits the returned declaration: box 31 of the first item, box 7, and a fourth item. */
async function correct(id: string) {
  const draft = (await declarant.browser.get(`/api/v1/declarations/${id}`)).json() as {
    document: { reference?: string; items: { description: string }[] };
    revision: number;
  };
  draft.document.items[0]!.description += ' (исправлено)';
  draft.document.reference = 'REF-CORRECTED';
  const saved = await declarant.browser.request({
    method: 'PUT',
    url: `/api/v1/declarations/${id}`,
    payload: { document: draft.document, revision: draft.revision },
  });
  expect(saved.statusCode, saved.body).toBe(200);
}

const inboxEntry = async (number: string) =>
  (
    (await almaty.browser.get(`/api/v1/officer/inbox?number=${enc(number)}`)).json() as {
      declarations: { registrationNumber: string; copies: number }[];
    }
  ).declarations.find((d) => d.registrationNumber === number);

interface Copy {
  copy: number;
  registrationNumber: string;
  customsOffice: string;
  submittedAt: string;
  signerIin: string | null;
  documentSha256: string;
  signatureSha256: string;
  document: { reference?: string; items: { description: string }[] };
}

let filed: { id: string; number: string; firstSha256: string; secondSha256: string };

beforeAll(async () => {
  t = await openDatabaseTestApp(clock);
  env = { app: t.app, db: t.db, clock, setup: t.setup };
  declarant = await logInDeclarant(env, 'head');
  other = await logInDeclarant(env, 'individual');
  almaty = await officer('signer', '75101');
  astana = await officer('employee', '71101');

  // Filed, returned for correction, corrected and filed again under the same number. What it owes
  // is not held on an advance account, so the system releases nothing: the officer decides.
  const id = await createGoodsDraft(env, declarant, {
    document: goodsDocument(declarant.iinBin, { items: 3 }),
  });
  const first = await submitSigned(declarant, id);
  await route();
  await requestCorrection(first.registrationNumber, ['Уточните описание товара 1']);
  await correct(id);
  clock.advance(60_000);
  const second = await submitSigned(declarant, id);
  await route();
  filed = {
    id,
    number: first.registrationNumber,
    firstSha256: first.receipt.documentSha256,
    secondSha256: second.receipt.documentSha256,
  };
}, 180_000);
afterAll(() => t?.close());

describe('a resubmitted copy in the officer’s inbox (issue 19 point 5)', () => {
  it('counts the signed copies of each declaration: two once the corrected copy came, one for a first delivery', async () => {
    expect(await inboxEntry(filed.number)).toMatchObject({ copies: 2 });
    const single = await createGoodsDraft(env, declarant, {
      document: goodsDocument(declarant.iinBin, { items: 3 }),
    });
    const { registrationNumber } = await submitSigned(declarant, single);
    expect(await inboxEntry(registrationNumber)).toMatchObject({ copies: 1 });
  });

  it('gives the corrected copy beside the one before it, both as signed, with their receipts’ facts and digests', async () => {
    const answer = await almaty.browser.get(
      `/api/v1/officer/declarations/${enc(filed.number)}/comparison?reason=declaration_review`,
    );
    expect(answer.statusCode, answer.body).toBe(200);
    const { earlier, later, ...declaration } = answer.json() as { earlier: Copy; later: Copy; kind: string };
    expect(declaration).toMatchObject({ registrationNumber: filed.number, kind: 'goods', status: 'registered' });
    expect([earlier.copy, later.copy]).toEqual([1, 2]);
    expect([earlier.documentSha256, later.documentSha256]).toEqual([filed.firstSha256, filed.secondSha256]);
    for (const copy of [earlier, later]) {
      expect(copy).toMatchObject({ registrationNumber: filed.number, customsOffice: '75101' });
      expect(copy.signerIin).toBe(declarant.signKey.iin);
      expect(copy.signatureSha256).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(earlier.signatureSha256).not.toBe(later.signatureSha256);
    expect(Date.parse(later.submittedAt) - Date.parse(earlier.submittedAt)).toBeGreaterThanOrEqual(60_000);
    // the documents as signed, not the working copy
    expect(earlier.document.items[0]!.description).not.toContain('(исправлено)');
    expect(later.document.items[0]!.description).toContain('(исправлено)');
    expect(earlier.document.reference).not.toBe('REF-CORRECTED');
    expect(later.document.reference).toBe('REF-CORRECTED');
    // the signature's digest is of the CMS kept for the copy
    const { rows } = await t.db.query<{ cms: Uint8Array }>(
      'select signature_cms as cms from declaration_submissions where declaration_id = $1 and seq = 2',
      [filed.id],
    );
    expect(later.signatureSha256).toBe(createHash('sha256').update(rows[0]!.cms).digest('hex'));
  });

  it('names a copy to compare with the one before it; the first has none, a copy not delivered reads as absent', async () => {
    const url = (copy: number) =>
      `/api/v1/officer/declarations/${enc(filed.number)}/comparison?copy=${copy}&reason=declaration_review`;
    const first = (await almaty.browser.get(url(1))).json() as { earlier: Copy | null; later: Copy };
    expect(first.earlier).toBeNull();
    expect(first.later.documentSha256).toBe(filed.firstSha256);
    const third = await almaty.browser.get(url(3));
    expect([third.statusCode, codeOf(third)]).toEqual([404, 'DECL_COPY_NOT_FOUND']);
  });

  it('ACC-7: is a read on record, refused without a reason, and reads as absent to another department', async () => {
    const reads = async () =>
      (
        await t.db.query<{ n: number }>(
          `select count(*)::int as n from audit_log where action = 'data.read' and details->>'objectId' = $1`,
          [filed.number],
        )
      ).rows[0]!.n;
    const before = await reads();
    const bare = await almaty.browser.get(`/api/v1/officer/declarations/${enc(filed.number)}/comparison`);
    expect([bare.statusCode, codeOf(bare)]).toEqual([400, 'DATA_READ_REASON_REQUIRED']);
    const elsewhere = await astana.browser.get(
      `/api/v1/officer/declarations/${enc(filed.number)}/comparison?reason=declaration_review`,
    );
    expect([elsewhere.statusCode, codeOf(elsewhere)]).toEqual([404, 'DECL_NOT_FOUND']);
    expect(await reads()).toBe(before);
    await almaty.browser.get(`/api/v1/officer/declarations/${enc(filed.number)}/comparison?reason=declaration_review`);
    expect(await reads()).toBe(before + 1);
  });
});

describe('decisions stop being "new" once the declarant was shown them (issue 19 point 5)', () => {
  const unread = async (who: TestDeclarant) =>
    ((await who.browser.get('/api/v1/declarations/decisions/unread')).json() as { unread: number }).unread;
  const decisionsOf = async () =>
    (
      (await declarant.browser.get(`/api/v1/declarations/${filed.id}`)).json() as {
        decisions: { id: string; readAt: string | null }[];
      }
    ).decisions;

  it('marks those shown read at once, drops the unread count, and keeps the first reading’s time when shown again', async () => {
    const shown = (await decisionsOf()).filter((d) => d.readAt === null).map((d) => d.id);
    expect(shown.length).toBeGreaterThan(0);
    const before = await unread(declarant);
    clock.advance(1_000);
    const read = await declarant.browser.post('/api/v1/declarations/decisions/read', { ids: shown });
    expect(read.statusCode, read.body).toBe(200);
    const { decisions } = read.json() as { decisions: { id: string; readAt: string }[] };
    expect(decisions.map((d) => d.id).sort()).toEqual([...shown].sort());
    expect(await unread(declarant)).toBe(before - shown.length);
    expect((await decisionsOf()).filter((d) => shown.includes(d.id)).every((d) => d.readAt !== null)).toBe(true);

    clock.advance(60_000);
    const again = await declarant.browser.post('/api/v1/declarations/decisions/read', { ids: [...shown, ...shown] });
    expect(again.statusCode).toBe(200);
    expect((again.json() as { decisions: { readAt: string }[] }).decisions.map((d) => d.readAt)).toEqual(
      decisions.map((d) => d.readAt),
    );
    expect(await unread(declarant)).toBe(before - shown.length);
  });

  it('marks nothing when one of them is another organisation’s: it reads as absent', async () => {
    // a decision of the declarant's organisation, made unread again, beside an id nobody has
    const [mine] = await decisionsOf();
    await t.db.query('update declaration_decisions set read_at = null where id = $1', [mine!.id]);
    const before = await unread(declarant);
    const foreign = await other.browser.post('/api/v1/declarations/decisions/read', { ids: [mine!.id] });
    expect([foreign.statusCode, codeOf(foreign)]).toEqual([404, 'DECL_DECISION_NOT_FOUND']);
    const mixed = await declarant.browser.post('/api/v1/declarations/decisions/read', {
      ids: [mine!.id, '00000000-0000-4000-8000-000000000000'],
    });
    expect([mixed.statusCode, codeOf(mixed)]).toEqual([404, 'DECL_DECISION_NOT_FOUND']);
    expect(await unread(declarant)).toBe(before);
    // the single route marks through the same place
    const single = await declarant.browser.post(`/api/v1/declarations/decisions/${mine!.id}/read`);
    expect(single.statusCode, single.body).toBe(200);
    expect(await unread(declarant)).toBe(before - 1);
  });
});
