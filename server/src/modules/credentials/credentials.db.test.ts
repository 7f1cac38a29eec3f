import { currentConsent } from '@shekara/contracts/accounts';
import type { TestHolder } from '@shekara/nca/test-pki';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf } from '../../platform/audit/audit-log.ts';
import { manualClock } from '../../platform/clock.ts';
import { goodPassword, holder, registerAndConfirm, signAs, TestBrowser } from '../../testing/accounts.ts';
import { codeOf } from '../../testing/app.ts';
import { databaseTestSuite } from '../../testing/database-app.ts';
import { deliverMail } from '../../testing/outbox.ts';
import { readPdf } from '../../testing/pdf-text.ts';
import { staffAccountId } from '../../testing/staff.ts';
import { recordingWorkerThreads } from '../../testing/worker-threads.ts';
import { almatyDate, loadCalendar } from '../reference/index.ts';

/**
 * Requests for a login and password to the territorial body over HTTP (ASTANA-1, AST-1..AST-8,
 * REG-9 second branch, issue 4 points 8 and 9): filed from the portal or from paper, queued per
 * body, approved into a cabinet the applicant enters with the issued password, or refused.
 */
// Real time: the test PKI's certificates and CRLs are valid around today.
const clock = manualClock(new Date());
// The server's worker threads: the letters are printed there, not on the thread that answers requests.
const workers = recordingWorkerThreads();
afterAll(() => workers.close());
const { db, app, setup } = await databaseTestSuite(clock, { workers });
let almatyOfficerId: string;
let astanaOfficerId: string;
let adminId: string;

beforeAll(async () => {
  // An officer of an Almaty customs office works with the queue of Almaty's department (75000).
  almatyOfficerId = await staffAccountId(db, clock, holder(setup, 'signer-auth'), {
    kind: 'officer',
    email: 'officer75@example.kz',
    officeCode: '75101',
  });
  astanaOfficerId = await staffAccountId(db, clock, holder(setup, 'employee-auth'), {
    kind: 'officer',
    email: 'officer71@example.kz',
    officeCode: '71000',
  });
  adminId = await staffAccountId(db, clock, holder(setup, 'head-auth'), { kind: 'admin', email: 'admin@example.kz' });
}, 120_000);
const base = '/api/v1/officer/credentials-requests';

// One browser per account: each is a workplace, and an account has one seat.
const browsers = new Map<string, TestBrowser>();
async function staffBrowser(who: string, accountId: string): Promise<TestBrowser> {
  const known = browsers.get(accountId);
  if (known) return known;
  const browser = new TestBrowser(app);
  const loggedIn = await browser.logInAs(holder(setup, who), accountId);
  expect(loggedIn.statusCode, loggedIn.body).toBe(200);
  browsers.set(accountId, browser);
  return browser;
}

/** POST /api/v1/registrations with authMethod "credentials", signed as the issue describes. */
/** The consent to the processing of personal data every registration form sends (Law No. 94-V). */
const consent = { version: currentConsent.version, language: 'ru' };

async function fileElectronically(
  browser: TestBrowser,
  who: TestHolder,
  body: { userType: string; iinBin: string; email: string; credentialsRequest: Record<string, unknown> },
) {
  const nonce = await browser.challenge();
  const signature = signAs(who, JSON.stringify({ nonce, ...body }));
  return browser.post('/api/v1/registrations', {
    ...body,
    password: goodPassword,
    authMethod: 'credentials',
    signature,
    consent,
  });
}

async function pdfText(pdf: Buffer): Promise<string> {
  return (await readPdf(pdf)).pages.join('\n').replace(/\s+/g, ' ');
}

interface Summary {
  id: string;
  number: string;
  status: string;
  channel: string;
  workingDaysLeft: number | null;
  reviewDueOn: string;
  reviewOverdue: boolean;
  noticeDueOn: string | null;
  noticeSentAt: string | null;
  noticeOverdue: boolean;
}

describe('an electronic request, approved, and the first log-in with the issued password (AST-1..AST-7, REG-9)', () => {
  const applicant = () => holder(setup, 'individual-auth');
  const aslansRequest = () => ({
    userType: 'foreign_trade_participant',
    iinBin: applicant().iin,
    email: 'aslan@example.kz',
    credentialsRequest: { regionCode: '75', identityDocument: { number: '045678912', issuedOn: '2019-05-20' } },
  });
  let requestId: string;
  let issued: { login: string; password: string };

  it('files the signed registration as a request to the department of the region, numbered, with its review term in working days (AST-2, AST-5, AST-6)', async () => {
    const browser = new TestBrowser(app);
    const response = await fileElectronically(browser, applicant(), aslansRequest());
    expect(response.statusCode, response.body).toBe(201);
    const filed = response.json() as {
      registrationId: string;
      status: string;
      requestNumber: string;
      bodyCode: string;
      reviewDueOn: string;
    };
    expect(filed.status).toBe('credentials_requested');
    expect(filed.bodyCode).toBe('75000');
    const today = almatyDate(clock.now());
    expect(filed.requestNumber).toBe(`75000-${today.slice(0, 4)}-000001`);
    const calendar = await loadCalendar(db, today, '2027-12-31');
    expect(filed.reviewDueOn).toBe(calendar.addWorkingDays(today, 15));
    requestId = filed.registrationId;

    const ack = (await deliverMail(db, clock)).find((m) => m.to.includes('aslan@example.kz'))!;
    expect(ack.kind).toBe('credentials.request_received');
    expect(ack.text).toContain(filed.requestNumber);
    // No account exists before the body decides.
    const { rows } = await db.query('select 1 from accounts where iin_bin = $1', [applicant().iin]);
    expect(rows).toHaveLength(0);
  });

  it('refuses a second request while one is under review (CREDENTIALS_REQUEST_PENDING)', async () => {
    const browser = new TestBrowser(app);
    const again = await fileElectronically(browser, applicant(), aslansRequest());
    expect(again.statusCode).toBe(409);
    expect(codeOf(again)).toBe('CREDENTIALS_REQUEST_PENDING');
  });

  it('shows it in the Almaty queue with 15 working days left, and its fields and history on its page (AST-5)', async () => {
    const officer = await staffBrowser('signer-auth', almatyOfficerId);
    const queue = await officer.get(`${base}?status=submitted`);
    expect(queue.statusCode, queue.body).toBe(200);
    const mine = (queue.json() as { requests: Summary[] }).requests.find((r) => r.id === requestId)!;
    expect(mine).toMatchObject({
      channel: 'electronic',
      verification: 'signature',
      status: 'submitted',
      workingDaysLeft: 15,
      reviewOverdue: false,
      noticeOverdue: false,
      noticeDueOn: null,
    });

    const detail = await officer.get(`${base}/${requestId}`);
    expect(detail.statusCode, detail.body).toBe(200);
    const body = detail.json() as {
      identityDocument: unknown;
      certificate: { subjectIin: string };
      history: { action: string }[];
      applicantName: string;
    };
    expect(body.identityDocument).toEqual({ kind: null, number: '045678912', issuedOn: '2019-05-20', country: null });
    expect(body.certificate.subjectIin).toBe(applicant().iin);
    expect(body.applicantName).toBe('АХМЕТОВ АСЛАН');
    // the request's own record, and the registration's that handed it over
    expect(body.history.map((h) => h.action)).toEqual(['credentials_request.file', 'registration.credentials_request']);
  });

  it('approves it: a cabinet with a login and one-time password, the certificate activated, the notice e-mailed at once (AST-3, AST-4)', async () => {
    const officer = await staffBrowser('signer-auth', almatyOfficerId);
    const approved = await officer.post(`${base}/${requestId}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    const result = approved.json() as { accountId: string; login: string; notice: string; noticeDueOn: string };
    expect(result.login).toBe(applicant().iin);
    expect(result.notice).toBe('email');

    const { rows } = await db.query<{
      kind: string;
      user_type: string;
      status: string;
      must_change_password: boolean;
      registering_body_code: string;
      login: string;
    }>(
      'select kind, user_type, status, must_change_password, registering_body_code, login from accounts where id = $1',
      [result.accountId],
    );
    expect(rows[0]).toEqual({
      kind: 'user',
      user_type: 'foreign_trade_participant',
      status: 'active',
      must_change_password: true,
      registering_body_code: '75000',
      login: result.login,
    });
    const certificates = await db.query<{ status: string }>(
      'select status from account_certificates where account_id = $1',
      [result.accountId],
    );
    expect(certificates.rows.map((r) => r.status)).toEqual(['active']);

    const notice = (await deliverMail(db, clock)).find(
      (m) => m.kind === 'credentials.issued' && m.to.includes('aslan@example.kz'),
    )!;
    expect(notice.text).toContain(`Логин: ${result.login}`);
    const password = /Одноразовый пароль: (\S+)/.exec(notice.text)![1]!;
    expect(password.replace(/-/g, '').length).toBeGreaterThanOrEqual(16);
    issued = { login: result.login, password };

    const view = (await officer.get(`${base}/${requestId}`)).json() as Summary & {
      history: { action: string }[];
      letterAvailable: boolean;
    };
    expect(view.status).toBe('approved');
    expect(view.noticeSentAt).not.toBeNull();
    expect(view.noticeOverdue).toBe(false);
    expect(view.letterAvailable).toBe(false);
    expect(view.history.map((h) => h.action)).toEqual([
      'credentials_request.file',
      'registration.credentials_request',
      'credentials_request.approve',
    ]);
    expect((await auditOf(db, 'account', result.accountId)).map((a) => [a.action, a.bodyCode])).toEqual([
      ['account.credentials.issue', '75000'],
    ]);
  });

  it('decides a request once only (CREDENTIALS_REQUEST_ALREADY_DECIDED)', async () => {
    const officer = await staffBrowser('signer-auth', almatyOfficerId);
    const again = await officer.post(`${base}/${requestId}/approve`);
    expect(again.statusCode).toBe(409);
    expect(codeOf(again)).toBe('CREDENTIALS_REQUEST_ALREADY_DECIDED');
    expect(codeOf(await officer.post(`${base}/${requestId}/reject`, { reason: 'late second thoughts' }))).toBe(
      'CREDENTIALS_REQUEST_ALREADY_DECIDED',
    );
    // The notice went by e-mail: there is no letter to print.
    expect(codeOf(await officer.get(`${base}/${requestId}/letter.pdf`))).toBe('CREDENTIALS_NOTICE_BY_EMAIL');
  });

  it('lets the applicant in with the login, the one-time password and the activated certificate, and only to change the password first (AST-1, AST-7)', async () => {
    const browser = new TestBrowser(app);
    // The password alone opens the external part of the cabinet only (AST-1, ACC-6).
    const withoutSignature = await browser.post('/api/v1/auth/login/password', issued);
    expect((withoutSignature.json() as { session: { level: string } }).session.level).toBe('password');
    await browser.post('/api/v1/auth/logout');

    const nonce = await browser.challenge();
    const loggedIn = await browser.post('/api/v1/auth/login/password', {
      ...issued,
      signature: signAs(applicant(), Buffer.from(nonce, 'base64')),
    });
    expect(loggedIn.statusCode, loggedIn.body).toBe(200);
    expect((loggedIn.json() as { mustChangePassword: boolean }).mustChangePassword).toBe(true);

    const held = await browser.get('/api/v1/me/sessions');
    expect(held.statusCode).toBe(403);
    expect(codeOf(held)).toBe('AUTH_PASSWORD_CHANGE_REQUIRED');

    const changed = await browser.post('/api/v1/me/password', {
      currentPassword: issued.password,
      newPassword: 'a river of quiet lanterns',
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await browser.get('/api/v1/me/sessions')).statusCode).toBe(200);
    const me = (await browser.get('/api/v1/me')).json() as {
      login: string;
      registeringBodyCode: string;
      mustChangePassword: boolean;
    };
    expect(me).toMatchObject({ login: issued.login, registeringBodyCode: '75000', mustChangePassword: false });
    expect((await browser.post('/api/v1/auth/logout')).statusCode).toBe(204);
  });
});

describe('a paper request registered by an officer, answered by a letter (AST-2, AST-4, AST-6)', () => {
  const organisationBin = () => holder(setup, 'head-auth').bin!;
  let requestId: string;
  const paper = () => ({
    userType: 'customs_carrier',
    iinBin: organisationBin(),
    applicantName: 'ТОО «SHEKARA TEST»',
    postalAddress: 'г. Алматы, пр. Абая, 10, офис 5',
    registrationNoticeNumber: 'СГР-123456',
  });

  it('asks of a BIN the state-registration notice, and of an IIN the notice or the identity document (CREDENTIALS_REQUEST_FIELDS_MISSING)', async () => {
    const officer = await staffBrowser('signer-auth', almatyOfficerId);
    const { registrationNoticeNumber: _, ...withoutNotice } = paper();
    const bin = await officer.post(base, withoutNotice);
    expect(bin.statusCode).toBe(400);
    expect(codeOf(bin)).toBe('CREDENTIALS_REQUEST_FIELDS_MISSING');
    expect((bin.json() as { error: { details: unknown } }).error.details).toEqual({
      missing: ['registrationNoticeNumber'],
    });

    const iin = await officer.post(base, {
      ...withoutNotice,
      iinBin: holder(setup, 'individual-auth').iin,
      userType: 'customs_representative',
    });
    expect((iin.json() as { error: { details: unknown } }).error.details).toEqual({
      missing: ['registrationNoticeNumber', 'identityDocument'],
    });

    const future = await officer.post(base, {
      ...withoutNotice,
      iinBin: holder(setup, 'individual-auth').iin,
      userType: 'customs_representative',
      identityDocument: { number: '1', issuedOn: '2999-01-01' },
    });
    expect(codeOf(future)).toBe('CREDENTIALS_REQUEST_FIELD_INVALID');
    expect(codeOf(await officer.post(base, { ...paper(), iinBin: '123456789012' }))).toBe('REG_IIN_BIN_INVALID');
    expect(codeOf(await officer.post(base, { ...paper(), postalAddress: 'x'.repeat(501) }))).toBe('VALIDATION_FAILED');
  });

  it('files it to the officer’s department with the review term, and approves it with a letter to post', async () => {
    const officer = await staffBrowser('signer-auth', almatyOfficerId);
    const filed = await officer.post(base, paper());
    expect(filed.statusCode, filed.body).toBe(201);
    const body = filed.json() as { requestId: string; number: string; bodyCode: string };
    expect(body.bodyCode).toBe('75000');
    expect(body.number).toMatch(/^75000-\d{4}-000002$/);
    requestId = body.requestId;
    expect((await auditOf(db, 'credentials_request', requestId))[0]).toMatchObject({
      action: 'credentials_request.file',
      actorAccountId: almatyOfficerId,
      bodyCode: '75000',
    });

    expect(codeOf(await officer.get(`${base}/${requestId}/letter.pdf`))).toBe('CREDENTIALS_REQUEST_NOT_DECIDED');
    const approved = await officer.post(`${base}/${requestId}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ notice: 'letter', login: organisationBin() });
    // Nothing was e-mailed: the request gave no address and came on paper.
    expect((await deliverMail(db, clock)).filter((m) => m.kind === 'credentials.issued')).toHaveLength(1);

    const view = (await officer.get(`${base}/${requestId}`)).json() as Summary & { letterAvailable: boolean };
    expect(view).toMatchObject({
      status: 'approved',
      verification: 'paper',
      noticeSentAt: null,
      letterAvailable: true,
      noticeOverdue: false,
    });
  });

  it('prints the letter in Russian, on a worker thread, with the body, the number, the login and the one-time password, which lets the organisation in', async () => {
    const officer = await staffBrowser('signer-auth', almatyOfficerId);
    const handed = workers.tasks.length;
    const letter = await officer.get(`${base}/${requestId}/letter.pdf`);
    expect(letter.statusCode).toBe(200);
    expect(workers.tasks.slice(handed)).toEqual(['pdf.render']);
    expect(letter.headers['content-type']).toBe('application/pdf');
    expect(letter.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(letter.rawPayload);
    const { rows } = await db.query<{ letter_password: string; number: string }>(
      'select letter_password, number from credentials_requests where id = $1',
      [requestId],
    );
    for (const expected of [
      'Департамент государственных доходов по городу Алматы',
      rows[0]!.number,
      organisationBin(),
      rows[0]!.letter_password,
      'Одноразовый пароль',
      'пр. Абая, 10',
      // REG-13: whom to call when the portal does not let them in
      'Служба поддержки: support@shekara.localhost, тел. +7 (7172) 00-00-00',
    ]) {
      expect(text).toContain(expected);
    }
    expect((await auditOf(db, 'credentials_request', requestId)).map((a) => a.action)).toContain(
      'credentials_request.letter.print',
    );

    // A paper request has no certificate: the password alone opens the cabinet, to change it first.
    const browser = new TestBrowser(app);
    const loggedIn = await browser.post('/api/v1/auth/login/password', {
      login: organisationBin(),
      password: rows[0]!.letter_password,
    });
    expect(loggedIn.statusCode, loggedIn.body).toBe(200);
    expect(codeOf(await browser.get('/api/v1/me/history'))).toBe('AUTH_PASSWORD_CHANGE_REQUIRED');
  });

  it('records the letter as posted and forgets the one-time password (CREDENTIALS_NOTICE_ALREADY_SENT after)', async () => {
    const officer = await staffBrowser('signer-auth', almatyOfficerId);
    const sent = await officer.post(`${base}/${requestId}/notice-sent`);
    expect(sent.statusCode, sent.body).toBe(200);
    const { rows } = await db.query<{ letter_password: string | null }>(
      'select letter_password from credentials_requests where id = $1',
      [requestId],
    );
    expect(rows[0]!.letter_password).toBeNull();
    expect(codeOf(await officer.post(`${base}/${requestId}/notice-sent`))).toBe('CREDENTIALS_NOTICE_ALREADY_SENT');
    expect(codeOf(await officer.get(`${base}/${requestId}/letter.pdf`))).toBe('CREDENTIALS_NOTICE_ALREADY_SENT');
    const view = (await officer.get(`${base}/${requestId}`)).json() as Summary & { history: { action: string }[] };
    expect(view.noticeSentAt).toBe(clock.now().toISOString());
    expect(view.history.map((h) => h.action)).toEqual([
      'credentials_request.file',
      'credentials_request.approve',
      'credentials_request.letter.print',
      'credentials_request.notice_sent',
    ]);
  });
});

describe('refusal, and each body’s own queue (AST-5, issue 4 point 14)', () => {
  it('rejects an electronic request with a reason, e-mailed to the applicant', async () => {
    const who = holder(setup, 'head-auth', 'GOST2004');
    const filed = await fileElectronically(new TestBrowser(app), who, {
      userType: 'customs_representative',
      iinBin: who.bin!,
      email: 'head@example.kz',
      credentialsRequest: { regionCode: '75', registrationNoticeNumber: 'СГР-777' },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const id = (filed.json() as { registrationId: string }).registrationId;
    const officer = await staffBrowser('signer-auth', almatyOfficerId);
    expect(codeOf(await officer.post(`${base}/${id}/reject`, { reason: '' }))).toBe('VALIDATION_FAILED');
    expect(codeOf(await officer.post(`${base}/${id}/reject`, { reason: 'x'.repeat(1001) }))).toBe('VALIDATION_FAILED');
    const rejected = await officer.post(`${base}/${id}/reject`, { reason: 'Номер свидетельства не найден в реестре' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ notice: 'email' });
    const mail = (await deliverMail(db, clock)).find((m) => m.kind === 'credentials.refused')!;
    expect(mail.to).toEqual(['head@example.kz']);
    expect(mail.text).toContain('Номер свидетельства не найден в реестре');
    // REG-13: the notice ends with the support contacts, once, in the request's language
    expect(mail.text).toMatch(/\n-- \n.+: support@shekara\.localhost, (тел|tel)\. \+7 \(7172\) 00-00-00$/);
    const audit = await auditOf(db, 'credentials_request', id);
    expect(audit.at(-1)).toMatchObject({
      action: 'credentials_request.reject',
      bodyCode: '75000',
      actorAccountId: almatyOfficerId,
    });
    const { rows } = await db.query('select 1 from accounts where iin_bin = $1 and user_type = $2', [
      who.bin,
      'customs_representative',
    ]);
    expect(rows).toHaveLength(0);
  });

  it('refuses a region without a department (REGION_HAS_NO_DEPARTMENT)', async () => {
    const who = holder(setup, 'individual-auth', 'RSA');
    const response = await fileElectronically(new TestBrowser(app), who, {
      userType: 'customs_carrier',
      iinBin: who.iin,
      email: 'nowhere@example.kz',
      credentialsRequest: { regionCode: '99', registrationNoticeNumber: 'ИП-1' },
    });
    expect(response.statusCode).toBe(422);
    expect(codeOf(response)).toBe('REGION_HAS_NO_DEPARTMENT');
  });

  it('keeps another body’s requests out of sight: not in the Astana queue, 404 on their pages; an administrator sees all', async () => {
    const astana = await staffBrowser('employee-auth', astanaOfficerId);
    const almaty = await staffBrowser('signer-auth', almatyOfficerId);
    const almatyQueue = (await almaty.get(base)).json() as { requests: Summary[] };
    expect(almatyQueue.requests.length).toBeGreaterThanOrEqual(3);
    const one = almatyQueue.requests[0]!;
    expect(((await astana.get(base)).json() as { requests: Summary[] }).requests).toEqual([]);
    for (const response of [
      await astana.get(`${base}/${one.id}`),
      await astana.post(`${base}/${one.id}/approve`),
      await astana.get(`${base}/${one.id}/letter.pdf`),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(codeOf(response)).toBe('CREDENTIALS_REQUEST_NOT_FOUND');
    }

    const admin = await staffBrowser('head-auth', adminId);
    const paperRequest = {
      userType: 'ip_rights_holder',
      iinBin: holder(setup, 'individual-auth').iin,
      applicantName: 'Ахметов А.',
      postalAddress: 'г. Астана',
      identityDocument: { number: 'N1', issuedOn: '2018-01-01' },
    };
    expect(((await admin.get(base)).json() as { requests: Summary[] }).requests.map((r) => r.id)).toEqual(
      almatyQueue.requests.map((r) => r.id),
    );
    const noRegion = await admin.post(base, paperRequest);
    expect((noRegion.json() as { error: { details: unknown } }).error.details).toEqual({ missing: ['regionCode'] });
    const inAstana = await admin.post(base, {
      ...paperRequest,
      regionCode: '71',
      language: 'kk',
    });
    expect(inAstana.statusCode, inAstana.body).toBe(201);
    expect(inAstana.json()).toMatchObject({ bodyCode: '71000' });
    expect(((await astana.get(base)).json() as { requests: Summary[] }).requests.map((r) => r.number)).toEqual([
      (inAstana.json() as { number: string }).number,
    ]);
  });

  it('answers a refused paper request with a letter in the request’s language (Kazakh), which stays printable after posting', async () => {
    const astana = await staffBrowser('employee-auth', astanaOfficerId);
    const [request] = ((await astana.get(`${base}?status=submitted`)).json() as { requests: Summary[] }).requests;
    const rejected = await astana.post(`${base}/${request!.id}/reject`, {
      reason: 'Жеке куәліктің нөмірі сәйкес келмейді',
    });
    expect(rejected.json()).toMatchObject({ notice: 'letter' });
    expect(((await astana.get(`${base}/${request!.id}`)).json() as { letterAvailable: boolean }).letterAvailable).toBe(
      true,
    );
    expect((await astana.post(`${base}/${request!.id}/notice-sent`)).statusCode).toBe(200);
    const letter = await astana.get(`${base}/${request!.id}/letter.pdf`);
    expect(letter.statusCode).toBe(200);
    const text = await pdfText(letter.rawPayload);
    for (const expected of [
      'Астана қаласы',
      request!.number,
      'логин мен құпиясөз беруден бас тартылды',
      'Себебі Жеке куәліктің нөмірі сәйкес келмейді',
      'http://localhost:8080/register',
      'Қолдау қызметі: support@shekara.localhost, тел. +7 (7172) 00-00-00',
    ])
      expect(text).toContain(expected);
  });

  it('refuses a declarant (AUTH_FORBIDDEN) and an anonymous caller (AUTH_REQUIRED)', async () => {
    expect(codeOf(await new TestBrowser(app).get(base))).toBe('AUTH_REQUIRED');
    const { rows } = await db.query<{ id: string }>(
      `select id from accounts where kind = 'user' and iin_bin = $1 and user_type = 'foreign_trade_participant'`,
      [holder(setup, 'individual-auth').iin],
    );
    const user = await staffBrowser('individual-auth', rows[0]!.id);
    expect(codeOf(await user.get(base))).toBe('AUTH_FORBIDDEN');
  });

  it('refuses to approve when the applicant meanwhile registered with the signature (REG_ALREADY_REGISTERED)', async () => {
    const who = holder(setup, 'individual-auth', 'GOST2004');
    const admin = await staffBrowser('head-auth', adminId);
    const filed = await admin.post(base, {
      userType: 'customs_warehouse_owner',
      iinBin: who.iin,
      applicantName: 'Ахметов А.',
      postalAddress: 'г. Алматы',
      identityDocument: { number: 'N2', issuedOn: '2018-01-01' },
      regionCode: '75',
    });
    expect(filed.statusCode, filed.body).toBe(201);
    await registerAndConfirm(app, db, clock, who, { userType: 'customs_warehouse_owner', email: 'self@example.kz' });
    const approve = await admin.post(`${base}/${(filed.json() as { requestId: string }).requestId}/approve`);
    expect(approve.statusCode).toBe(409);
    expect(codeOf(approve)).toBe('REG_ALREADY_REGISTERED');
    // and a new paper request for it is refused at once
    expect(
      codeOf(
        await admin.post(base, {
          userType: 'customs_warehouse_owner',
          iinBin: who.iin,
          applicantName: 'А.',
          postalAddress: 'г. Алматы',
          identityDocument: { number: 'N2', issuedOn: '2018-01-01' },
          regionCode: '75',
        }),
      ),
    ).toBe('REG_ALREADY_REGISTERED');
  });
});
