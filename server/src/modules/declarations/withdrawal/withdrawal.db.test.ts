import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import { holder, TestBrowser } from '../../../testing/accounts.ts';
import { codeOf } from '../../../testing/app.ts';
import { databaseTestSuite } from '../../../testing/database-app.ts';
import {
  createGoodsDraft,
  type DeclarationTestEnvironment,
  logInDeclarant,
  signPayload,
  submitSigned,
} from '../../../testing/declarations.ts';
import { createStaffAccount } from '../../accounts/index.ts';

/**
 * Withdrawal at the declarant's request (EAEU Customs Code art. 113) over HTTP with real signatures
 * of the test PKI: before release only, signed by the declarant's signing key over the number, the
 * registered copy's hash and the reason; afterwards the declaration is final for the officer too.
 */
const clock = manualClock(new Date());
const t = await databaseTestSuite(clock);
const env: DeclarationTestEnvironment = { app: t.app, db: t.db, clock, setup: t.setup };
const declarant = await logInDeclarant(env, 'head');
const other = await logInDeclarant(env, 'individual');
const officer = await (async () => {
  const auth = holder(t.setup, 'signer-auth');
  const { id } = await createStaffAccount(t.db, clock, {
    kind: 'officer',
    iin: auth.iin,
    email: 'withdrawal.officer@example.kz',
    officeCode: '75101',
    displayName: auth.commonName,
  });
  const browser = new TestBrowser(t.app);
  const login = await browser.logInAs(auth, id);
  if (login.statusCode !== 200) throw new Error(login.body);
  return { browser, signKey: holder(t.setup, 'signer-sign') };
})();
const enc = encodeURIComponent;

async function registered() {
  const id = await createGoodsDraft(env, declarant);
  const { registrationNumber, receipt } = await submitSigned(declarant, id);
  return { id, number: registrationNumber, documentSha256: receipt.documentSha256 };
}

async function withdrawalPayload(browser: TestBrowser, id: string, reason: string) {
  return browser.post(`/api/v1/declarations/${id}/withdrawal-payload`, { reason });
}

/** Fetches the payload for `reason`, signs it with `signWith`, and sends it with `sentReason`. */
async function withdraw(
  id: string,
  reason: string,
  options: { browser?: TestBrowser; signWith?: typeof declarant.signKey; sentReason?: string } = {},
) {
  const browser = options.browser ?? declarant.browser;
  const payload = await withdrawalPayload(browser, id, reason);
  if (payload.statusCode !== 200) return payload;
  const data = Buffer.from((payload.json() as { data: string }).data, 'base64');
  return browser.post(`/api/v1/declarations/${id}/withdrawal`, {
    reason: options.sentReason ?? reason,
    signature: signPayload(options.signWith ?? declarant.signKey, data),
  });
}

async function decide(number: string, decision: string) {
  clock.advance(1_000);
  const payload = await officer.browser.get(
    `/api/v1/officer/declarations/${enc(number)}/decision-payload?decision=${decision}&reason=declaration_review`,
  );
  if (payload.statusCode !== 200) return payload;
  const data = Buffer.from((payload.json() as { data: string }).data, 'base64');
  return officer.browser.post(`/api/v1/officer/declarations/${enc(number)}/decisions`, {
    decision,
    signature: signPayload(officer.signKey, data),
  });
}

const statusOf = async (id: string) =>
  (await t.db.query<{ status: string }>('select status from declarations where id = $1', [id])).rows[0]!.status;

describe('withdrawal at the declarant’s request (art. 113)', () => {
  it('withdraws a registered declaration signed by the declarant: status, timeline, audit, kept signature, e-mail; the officer sees it withdrawn and can decide nothing', async () => {
    const { id, number, documentSha256 } = await registered();
    const reason = 'Товар продан другому покупателю до выпуска';
    const payload = await withdrawalPayload(declarant.browser, id, `  ${reason} `);
    expect(payload.statusCode, payload.body).toBe(200);
    expect(JSON.parse(Buffer.from((payload.json() as { data: string }).data, 'base64').toString('utf8'))).toEqual({
      documentSha256,
      reason,
      registrationNumber: number,
      request: 'withdrawal',
    });

    const withdrawn = await withdraw(id, reason);
    expect(withdrawn.statusCode, withdrawn.body).toBe(201);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', registrationNumber: number });
    expect(await statusOf(id)).toBe('withdrawn');

    const kept = await t.db.query<{ reason: string; signerBin: string | null; signed: boolean; sha: string }>(
      `select reason, signer_bin as "signerBin", signature_cms is not null and signed_bytes is not null as signed,
              encode(document_sha256, 'hex') as sha
         from declaration_withdrawals where declaration_id = $1`,
      [id],
    );
    expect(kept.rows).toEqual([{ reason, signerBin: declarant.signKey.bin, signed: true, sha: documentSha256 }]);
    const events = await t.db.query<{ event: string; to: string; reason: string }>(
      `select event, to_status as to, details->>'reason' as reason from declaration_events
        where declaration_id = $1 and to_status is not null order by id`,
      [id],
    );
    expect(events.rows.at(-1)).toEqual({ event: 'withdraw', to: 'withdrawn', reason });
    const audit = await t.db.query<{ outcome: string }>(
      `select outcome from audit_log where subject_id = $1 and action = 'declaration.withdraw'`,
      [id],
    );
    expect(audit.rows).toEqual([{ outcome: 'success' }]);
    const mails = await t.db.query<{ payload: { kind: string; subject: string; text: string } }>(
      `select payload from outbox where topic = 'mail.send' and payload->>'kind' = 'declaration.withdrawal'
          and payload->>'subject' like $1`,
      [`%${number}%`],
    );
    expect(mails.rows).toHaveLength(1);
    expect(mails.rows[0]!.payload.text).toContain(reason);

    const inbox = (
      await officer.browser.get(`/api/v1/officer/inbox?status=withdrawn&number=${enc(number)}`)
    ).json() as {
      declarations: { registrationNumber: string; status: string }[];
    };
    expect(inbox.declarations).toEqual([expect.objectContaining({ registrationNumber: number, status: 'withdrawn' })]);
    const view = (
      await officer.browser.get(`/api/v1/officer/declarations/${enc(number)}?reason=declaration_review`)
    ).json() as {
      allowedDecisions: string[];
    };
    expect(view.allowedDecisions).toEqual([]);
    expect(codeOf(await decide(number, 'release'))).toBe('DECL_TRANSITION_NOT_ALLOWED');
    const mine = (await declarant.browser.get(`/api/v1/declarations/${id}`)).json() as { allowedActions: string[] };
    expect(mine.allowedActions).toEqual([]);
    expect(codeOf(await withdraw(id, reason))).toBe('DECL_WITHDRAWAL_NOT_REGISTERED');
  });

  it('withdraws a declaration in processing too', async () => {
    const { id, number } = await registered();
    expect((await decide(number, 'accept')).json()).toMatchObject({ status: 'in_processing' });
    expect((await withdraw(id, 'Ошибка в выборе процедуры')).statusCode).toBe(201);
    expect(await statusOf(id)).toBe('withdrawn');
  });

  it('refuses a withdrawal after release with a clear error, changing nothing, and audits the refusal', async () => {
    const { id, number, documentSha256 } = await registered();
    expect((await decide(number, 'release')).json()).toMatchObject({ status: 'released' });
    const refused = await withdrawalPayload(declarant.browser, id, 'Поздно');
    expect(refused.statusCode).toBe(409);
    expect(codeOf(refused)).toBe('DECL_WITHDRAWAL_AFTER_RELEASE');
    // a signature made anyway, over the bytes the payload would have been
    const bytes = Buffer.from(
      JSON.stringify({ documentSha256, reason: 'Поздно', registrationNumber: number, request: 'withdrawal' }),
    );
    const sent = await declarant.browser.post(`/api/v1/declarations/${id}/withdrawal`, {
      reason: 'Поздно',
      signature: signPayload(declarant.signKey, bytes),
    });
    expect(codeOf(sent)).toBe('DECL_WITHDRAWAL_AFTER_RELEASE');
    expect(await statusOf(id)).toBe('released');
    const audit = await t.db.query<{ outcome: string; code: string }>(
      `select outcome, code from audit_log where subject_id = $1 and action = 'declaration.withdraw'`,
      [id],
    );
    expect(audit.rows).toContainEqual({ outcome: 'refused', code: 'DECL_WITHDRAWAL_AFTER_RELEASE' });
  });

  it('refuses a blank reason, a signer who is not the declarant, a signature over another reason, a draft and another organisation’s declaration', async () => {
    const { id } = await registered();
    expect(codeOf(await withdrawalPayload(declarant.browser, id, '  \n '))).toBe('DECL_WITHDRAWAL_REASON_REQUIRED');
    expect(codeOf(await withdraw(id, 'Отзыв', { signWith: other.signKey }))).toBe(
      'DECL_WITHDRAWAL_SIGNER_NOT_DECLARANT',
    );
    expect(codeOf(await withdraw(id, 'Отзыв', { sentReason: 'Другая причина' }))).toBe('SIG_CONTENT_MISMATCH');
    expect(codeOf(await withdraw(id, 'Отзыв', { browser: other.browser }))).toBe('DECL_NOT_FOUND');
    expect(codeOf(await withdraw(await createGoodsDraft(env, declarant), 'Отзыв'))).toBe(
      'DECL_WITHDRAWAL_NOT_REGISTERED',
    );
    expect(await statusOf(id)).toBe('registered');
  });
});
