import { randomUUID } from 'node:crypto';
import { validIin } from '@shekara/nca/test-pki';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf } from '../../platform/audit/audit-log.ts';
import { manualClock } from '../../platform/clock.ts';
import { holder, registerAndConfirm, TestBrowser } from '../../testing/accounts.ts';
import { codeOf } from '../../testing/app.ts';
import { databaseTestSuite } from '../../testing/database-app.ts';
import { deliverMail } from '../../testing/outbox.ts';
import { recordingWorkerThreads } from '../../testing/worker-threads.ts';
import { applicationFor, pdfText, signedApplication, staffBrowser } from './test-helpers.ts';

/** The access application, the journal and issuing the login: WD-17..WD-22, WD-25, WD-26, WD-35, WD-36. */
// Signatures are judged at the real time; the application's clock is moved to run the WD-26 term.
const clock = manualClock(new Date());
// The server's worker threads: the blank form, the journal and the letters are printed there, not on
// the thread that answers requests.
const workers = recordingWorkerThreads();
afterAll(() => workers.close());
const { db, app, setup } = await databaseTestSuite(clock, { signaturesAt: 'real time', workers });
let almaty: Awaited<ReturnType<typeof staffBrowser>>;
let astana: Awaited<ReturnType<typeof staffBrowser>>;
const year = () => Number(new Date(clock.now().getTime() + 5 * 3_600_000).toISOString().slice(0, 4));

beforeAll(async () => {
  almaty = await staffBrowser(app, db, clock, holder(setup, 'employee-auth'), { kind: 'officer', officeCode: '75000' });
  astana = await staffBrowser(app, db, clock, holder(setup, 'signer-auth'), { kind: 'officer', officeCode: '71000' });
}, 120_000);

const file = (body: unknown) => new TestBrowser(app).post('/api/v1/web-declarant/applications', body);

/** The one-time password of the letter's `n`th workplace login, as printed. */
const oneTimePasswordOf = (letter: string, n: number) =>
  new RegExp(`Одноразовый пароль \\(рабочее место ${n}\\) (\\S{16})`).exec(letter)![1]!;

describe('the application of Annex 1 filed online (WD-17, WD-35)', () => {
  it('is accepted when signed with the head’s signing key, entered in the department’s journal, and the applicant is told the letter’s due day (WD-18, WD-26)', async () => {
    const head = holder(setup, 'head-sign');
    const fields = applicationFor(head, { workplaces: 2 });
    const response = await file(signedApplication(head, fields));
    expect(response.statusCode, response.body).toBe(201);
    const received = response.json() as {
      applicationId: string;
      bodyCode: string;
      journalYear: number;
      journalNumber: number;
      letterDueOn: string;
    };
    expect(received).toMatchObject({ bodyCode: '75000', journalYear: year(), journalNumber: 1 });
    const today = new Date(clock.now().getTime() + 5 * 3_600_000).toISOString().slice(0, 10);
    expect(received.letterDueOn).toBe(new Date(Date.parse(today) + 7 * 86_400_000).toISOString().slice(0, 10));

    const mail = (await deliverMail(db, clock)).find((m) => m.kind === 'web_declarant.application_received')!;
    expect(mail.to).toEqual([fields.email]);
    expect(mail.text).toContain(`1/${year()}`);
    const audit = await auditOf(db, 'web_declarant_application', received.applicationId);
    expect(audit).toMatchObject([
      { action: 'web_declarant.application.receive', outcome: 'success', bodyCode: '75000', actorIin: head.iin },
    ]);
  });

  it('is accepted from the organisation’s authorised signatory (RSA) and from an individual for their own IIN', async () => {
    const signer = holder(setup, 'signer-sign', 'RSA');
    expect(
      (await file(signedApplication(signer, applicationFor(signer, { email: 'second@shekara-test.kz' })))).statusCode,
    ).toBe(201);
    const individual = holder(setup, 'individual-sign', 'GOST2004');
    const response = await file(signedApplication(individual, applicationFor(individual)));
    expect(response.statusCode, response.body).toBe(201);
    expect((response.json() as { journalNumber: number }).journalNumber).toBe(3);
  });

  it('is refused when signed with the authentication key, by an employee without the right to sign, by another person, or over other fields', async () => {
    const head = holder(setup, 'head-sign');
    const fields = applicationFor(head, { email: 'refused@shekara-test.kz' });
    expect(codeOf(await file(signedApplication(holder(setup, 'head-auth'), fields)))).toBe('SIG_WRONG_KEY_PURPOSE');
    expect(codeOf(await file(signedApplication(holder(setup, 'employee-sign'), fields)))).toBe(
      'WD_SIGNER_NOT_APPLICANT',
    );
    expect(codeOf(await file(signedApplication(holder(setup, 'individual-sign'), fields)))).toBe(
      'WD_SIGNER_NOT_APPLICANT',
    );
    const altered = await file(signedApplication(head, { ...fields, workplaces: 50 }, fields));
    expect(codeOf(altered)).toBe('WD_SIGNED_DATA_MISMATCH');
    expect((altered.json() as { error: { details: { differing: string[] } } }).error.details.differing).toEqual([
      'workplaces',
    ]);
    const extra = await file({ ...signedApplication(head, fields), note: 'x' });
    expect(codeOf(extra)).toBe('VALIDATION_FAILED');

    const refusals = await db.query<{ code: string }>(
      `select code from audit_log where action = 'web_declarant.application.receive' and outcome = 'refused' order by id`,
    );
    expect(refusals.rows.map((r) => r.code)).toEqual([
      'SIG_WRONG_KEY_PURPOSE',
      'WD_SIGNER_NOT_APPLICANT',
      'WD_SIGNER_NOT_APPLICANT',
      'WD_SIGNED_DATA_MISMATCH',
    ]);
  });

  it('is accepted once: the same signed application again is a duplicate', async () => {
    const individual = holder(setup, 'individual-sign');
    const body = signedApplication(individual, applicationFor(individual, { email: 'once@example.kz' }));
    expect((await file(body)).statusCode).toBe(201);
    expect(codeOf(await file(body))).toBe('WD_APPLICATION_DUPLICATE');
  });

  it('checks OKPO, the taxpayer number and its kind, the e-mail, the workplaces and the department, each with its code', async () => {
    const head = holder(setup, 'head-sign');
    const base = applicationFor(head);
    const send = (overrides: object) => file(signedApplication(head, { ...base, ...overrides }));
    expect(codeOf(await send({ okpo: '1234567' }))).toBe('WD_OKPO_INVALID');
    expect(codeOf(await send({ okpo: undefined }))).toBe('WD_OKPO_INVALID');
    expect(codeOf(await send({ applicantKind: 'individual_entrepreneur', okpo: '12345678' }))).toBe(
      'WD_TAXPAYER_KIND_MISMATCH',
    );
    expect(codeOf(await send({ applicantKind: 'individual' }))).toBe('WD_TAXPAYER_KIND_MISMATCH');
    const badDigit = base.taxpayerNumber.slice(0, 11) + String((Number(base.taxpayerNumber[11]) + 1) % 10);
    expect(codeOf(await send({ taxpayerNumber: badDigit }))).toBe('REG_IIN_BIN_INVALID');
    expect(codeOf(await send({ email: 'not-an-address' }))).toBe('REG_EMAIL_INVALID');
    expect(codeOf(await send({ workplaces: 101 }))).toBe('VALIDATION_FAILED');
    expect(codeOf(await send({ workplaces: 0 }))).toBe('VALIDATION_FAILED');
    expect(codeOf(await send({ consentToRules: false }))).toBe('VALIDATION_FAILED');
    expect(codeOf(await send({ customsBodyCode: '75101' }))).toBe('WD_CUSTOMS_BODY_INVALID');
    expect(codeOf(await send({ customsBodyCode: '99999' }))).toBe('WD_CUSTOMS_BODY_INVALID');
  });

  it('offers the blank form as a PDF in kk, ru and en, printed on a worker thread, with a line for each field and the signature and seal (WD-17)', async () => {
    const browser = new TestBrowser(app);
    const handed = workers.tasks.length;
    const kk = await browser.get('/api/v1/web-declarant/application-form.pdf?lang=kk');
    expect(kk.statusCode).toBe(200);
    expect(workers.tasks.slice(handed)).toEqual(['pdf.render']);
    expect(kk.headers['content-type']).toBe('application/pdf');
    const kkText = await pdfText(kk.rawPayload);
    for (const words of [
      '«Web-декларант» кешеніне қол жеткізу құқығын беру туралы өтініш',
      'КҰЖЖ коды',
      'Салық төлеушінің нөмірі (ЖСН/БСН)',
      '19–35',
      'М.О.',
      'Қолдау қызметі: support@shekara.localhost, тел. +7 (7172) 00-00-00',
    ])
      expect(kkText).toContain(words);
    const ru = await pdfText(
      (
        await browser.request({
          method: 'GET',
          url: '/api/v1/web-declarant/application-form.pdf',
          headers: { 'accept-language': 'ru' },
        })
      ).rawPayload,
    );
    expect(ru).toContain('Количество запрашиваемых рабочих мест');
    expect(
      await pdfText((await browser.get('/api/v1/web-declarant/application-form.pdf?lang=en')).rawPayload),
    ).toContain('Letter with the security-sticker code');
  }, 120_000);

  it('tells the applicant, on the form it signs, that access is free and that customs bodies are not liable for failures on its side (WD-31, WD-33)', async () => {
    const browser = new TestBrowser(app);
    const text = async (lang: string) =>
      pdfText((await browser.get(`/api/v1/web-declarant/application-form.pdf?lang=${lang}`)).rawPayload);
    const [kk, ru, en] = [await text('kk'), await text('ru'), await text('en')];
    expect(ru).toContain('доступ предоставляется бесплатно (п. 33)');
    expect(ru).toContain('таможенные органы не несут ответственности за сбои на стороне пользователя (п. 35)');
    expect(kk).toContain('кешен тегін пайдаланылады (33-тармақ)');
    expect(kk).toContain('пайдаланушы тарапындағы іркілістер үшін жауап бермейді (35-тармақ)');
    expect(en).toContain('access is free of charge (cl. 33)');
    expect(en).toContain('not liable for failures on the user’s side (cl. 35)');
  });
});

describe('the journal of Annex 2 (WD-18, WD-19, WD-36)', () => {
  it('numbers paper applications one after another per department, also when they arrive together', async () => {
    const individual = holder(setup, 'individual-sign');
    const registered = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        almaty.browser.post(
          '/api/v1/officer/web-declarant/applications',
          applicationFor(individual, { email: `paper${i}@example.kz`, fullName: `Заявитель ${i}` }),
        ),
      ),
    );
    expect(registered.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201]);
    const numbers = registered.map((r) => (r.json() as { journalNumber: number }).journalNumber).sort((a, b) => a - b);
    expect(numbers).toEqual([5, 6, 7, 8, 9]);
    // Astana's journal starts from 1.
    const astanaPaper = await astana.browser.post(
      '/api/v1/officer/web-declarant/applications',
      applicationFor(individual, { customsBodyCode: '71000' }),
    );
    expect(astanaPaper.json()).toMatchObject({ bodyCode: '71000', journalNumber: 1 });
  });

  it('a paper application is entered only by an officer of the department it is addressed to', async () => {
    const individual = holder(setup, 'individual-sign');
    const response = await astana.browser.post(
      '/api/v1/officer/web-declarant/applications',
      applicationFor(individual),
    );
    expect(codeOf(response)).toBe('WD_BODY_NOT_YOURS');
    expect(
      codeOf(await new TestBrowser(app).post('/api/v1/officer/web-declarant/applications', applicationFor(individual))),
    ).toBe('AUTH_REQUIRED');
  });

  it('lists the Annex 2 columns, exports CSV (BOM, “;”, header in the reader’s language) and a landscape PDF, each officer their own department only', async () => {
    const json = await almaty.browser.get(`/api/v1/officer/web-declarant/journal?year=${year()}`);
    const { entries } = json.json() as {
      entries: { number: number; bodyCode: string; userName: string; stickerCode: string; phone: string }[];
    };
    expect(entries.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(new Set(entries.map((e) => e.bodyCode))).toEqual(new Set(['75000']));
    expect(entries[0]).toMatchObject({ stickerCode: 'WD-7788-AB', phone: '+7 727 300 00 00, +7 701 000 00 00' });

    const csv = await almaty.browser.get(`/api/v1/officer/web-declarant/journal?year=${year()}&format=csv`);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.rawPayload.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      'Таможенный орган;№;Наименование пользователя;Номер налогоплательщика;ОКПО;Фактический адрес;Юридический адрес;Код защитной наклейки;Электронная почта;Телефон;Дата поступления;Состояние',
    );
    expect(lines).toHaveLength(1 + 9 + 1);
    // the legal address holds a ';', so it is quoted
    expect(lines[1]).toContain('"г. Алматы, пр. Абая, 10; офис 5"');
    expect(lines[1]!.startsWith('75000;1;')).toBe(true);
    const kk = await almaty.browser.request({
      method: 'GET',
      url: `/api/v1/officer/web-declarant/journal?year=${year()}&format=csv`,
      headers: { 'accept-language': 'kk' },
    });
    expect(kk.rawPayload.subarray(3).toString('utf8')).toMatch(/^Кеден органы;№;Пайдаланушының атауы;/);
    // a download link cannot set Accept-Language: the page names the language
    const en = await almaty.browser.get(`/api/v1/officer/web-declarant/journal?year=${year()}&format=csv&lang=en`);
    expect(en.rawPayload.subarray(3).toString('utf8')).toMatch(/^Customs body;No\.;User name;Taxpayer number;OKPO;/);

    const handed = workers.tasks.length;
    const pdf = await almaty.browser.get(`/api/v1/officer/web-declarant/journal?year=${year()}&format=pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    // printed on a worker thread, not on the one that answers requests
    expect(workers.tasks.slice(handed)).toEqual(['pdf.render']);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Журнал заявлений о предоставлении доступа к комплексу «Web-декларант»');
    expect(text.replace(/- /g, '-')).toContain('WD-7788-AB');
    expect(text).toContain(holder(setup, 'head-sign').bin!);

    const astanaJournal = (await astana.browser.get(`/api/v1/officer/web-declarant/journal?year=${year()}`)).json() as {
      entries: { bodyCode: string }[];
    };
    expect(astanaJournal.entries.map((e) => e.bodyCode)).toEqual(['71000']);
    expect(codeOf(await astana.browser.get(`/api/v1/officer/web-declarant/journal?bodyCode=75000`))).toBe(
      'WD_BODY_NOT_YOURS',
    );
  });
});

describe('issuing the login and the letter (WD-20..WD-22, WD-25, WD-26)', () => {
  it('shows the queue with the letter’s due day, and flags it overdue once the week has passed', async () => {
    const queue = (await almaty.browser.get('/api/v1/officer/web-declarant/applications?status=received')).json() as {
      applications: { overdue: boolean; letterDueOn: string }[];
    };
    expect(queue.applications).toHaveLength(9);
    expect(queue.applications.every((a) => !a.overdue)).toBe(true);
    clock.advance(8 * 86_400_000);
    await almaty.relogin();
    const later = (await almaty.browser.get('/api/v1/officer/web-declarant/applications?status=received')).json() as {
      applications: { overdue: boolean }[];
    };
    expect(later.applications.every((a) => a.overdue)).toBe(true);
  });

  it('hides another department’s application: 404 for its officer', async () => {
    const [first] = (
      (await almaty.browser.get('/api/v1/officer/web-declarant/applications')).json() as {
        applications: { id: string }[];
      }
    ).applications;
    await astana.relogin();
    expect(codeOf(await astana.browser.get(`/api/v1/officer/web-declarant/applications/${first!.id}`))).toBe(
      'WD_APPLICATION_NOT_FOUND',
    );
    expect(codeOf(await astana.browser.post(`/api/v1/officer/web-declarant/applications/${first!.id}/issue`))).toBe(
      'WD_APPLICATION_NOT_FOUND',
    );
  });

  it('creates the account with a login and one-time password per workplace requested; the letter and the e-mail carry them; the user logs in and must change it; the login is bound to its first workplace and refused at another (WD-20, WD-22)', async () => {
    const { applications } = (
      await almaty.browser.get('/api/v1/officer/web-declarant/applications?status=received')
    ).json() as { applications: { id: string; taxpayerNumber: string; fields: { email: string }; channel: string }[] };
    const paper = applications.find((a) => a.channel === 'paper' && a.fields.email === 'paper0@example.kz')!;
    const handed = workers.tasks.length;
    const issued = await almaty.browser.post(`/api/v1/officer/web-declarant/applications/${paper.id}/issue`);
    expect(issued.statusCode, issued.body).toBe(200);
    // the letter is printed on a worker thread as the decision is recorded
    expect(workers.tasks.slice(handed)).toContain('pdf.render');
    const { logins, accountId, workplaces, existingAccount } = issued.json() as {
      logins: string[];
      accountId: string;
      workplaces: number;
      existingAccount: boolean;
    };
    expect(logins).toHaveLength(1);
    const login = logins[0]!;
    expect(login).toMatch(/^wd-[a-z2-9]{8}$/);
    expect(workplaces).toBe(1);

    const letter = await almaty.browser.get(`/api/v1/officer/web-declarant/applications/${paper.id}/letter.pdf`);
    expect(letter.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(letter.rawPayload);
    expect(text).toContain(login);
    expect(text).toContain('(75000)');
    expect(text).toContain('Служба поддержки: support@shekara.localhost, тел. +7 (7172) 00-00-00'); // REG-13
    const password = oneTimePasswordOf(text, 1);

    const mail = (await deliverMail(db, clock)).find(
      (m) => m.kind === 'web_declarant.login_issued' && m.to.includes('paper0@example.kz'),
    )!;
    expect(mail.text).toContain(login);
    expect(mail.text).not.toContain(password);
    expect(mail.attachments).toHaveLength(1);
    // REG-13: one line of support contacts, in the language the answer was written in
    expect(mail.text).toMatch(/\n-- \n[^\n]+: support@shekara\.localhost, [^\n]+ \+7 \(7172\) 00-00-00$/);

    const queue = (await almaty.browser.get(`/api/v1/officer/web-declarant/applications/${paper.id}`)).json() as {
      status: string;
      letterSentAt: string;
      overdue: boolean;
      accountId: string;
    };
    expect(queue).toMatchObject({ status: 'issued', accountId, overdue: true });
    expect(queue.letterSentAt).toBe(clock.now().toISOString());
    if (!existingAccount) {
      const { rows } = await db.query<{
        user_type: string;
        workplaces: number;
        registering_body_code: string;
        must_change_password: boolean;
      }>('select user_type, workplaces, registering_body_code, must_change_password from accounts where id = $1', [
        accountId,
      ]);
      // The one-time password is the login's, not the account's.
      expect(rows[0]).toEqual({
        user_type: 'foreign_trade_participant',
        workplaces: 1,
        registering_body_code: '75000',
        must_change_password: false,
      });
    }

    const user = new TestBrowser(app);
    const loggedIn = await user.post('/api/v1/auth/login/password', { login, password });
    expect(loggedIn.statusCode, loggedIn.body).toBe(200);
    expect(loggedIn.json()).toMatchObject({ login, mustChangePassword: true, workplaces: 1 });
    expect(
      (
        await user.post('/api/v1/me/password', {
          currentPassword: password,
          newPassword: 'a long new pass phrase 2026',
        })
      ).statusCode,
    ).toBe(204);

    // WD-22: the same login cannot be used from another workplace.
    const elsewhere = new TestBrowser(app);
    expect(
      codeOf(await elsewhere.post('/api/v1/auth/login/password', { login, password: 'a long new pass phrase 2026' })),
    ).toBe('AUTH_LOGIN_OTHER_WORKPLACE');

    expect(codeOf(await almaty.browser.post(`/api/v1/officer/web-declarant/applications/${paper.id}/issue`))).toBe(
      'WD_APPLICATION_DECIDED',
    );
    expect((await auditOf(db, 'account', accountId)).map((a) => a.action)).toContain('account.login.issue');
    expect((await auditOf(db, 'web_declarant_application', paper.id)).map((a) => a.action)).toEqual([
      'web_declarant.application.receive',
      'web_declarant.login.issue',
    ]);
  });

  it('gives one login per workplace requested, each bound to its first workplace until an officer releases it (WD-21, WD-22, WD-25)', async () => {
    const individual = holder(setup, 'individual-sign');
    const paper = await almaty.browser.post(
      '/api/v1/officer/web-declarant/applications',
      applicationFor(individual, {
        taxpayerNumber: holder(setup, 'employee-sign').iin,
        email: 'two@example.kz',
        workplaces: 2,
      }),
    );
    const { applicationId } = paper.json() as { applicationId: string };
    const { logins, accountId } = (
      await almaty.browser.post(`/api/v1/officer/web-declarant/applications/${applicationId}/issue`)
    ).json() as { logins: string[]; accountId: string };
    expect(new Set(logins).size).toBe(2);
    const letter = await pdfText(
      (await almaty.browser.get(`/api/v1/officer/web-declarant/applications/${applicationId}/letter.pdf`)).rawPayload,
    );
    const passwords = [oneTimePasswordOf(letter, 1), oneTimePasswordOf(letter, 2)];
    expect(passwords[0]).not.toBe(passwords[1]);
    const [first, second, third] = [new TestBrowser(app), new TestBrowser(app), new TestBrowser(app)];
    const enter = (browser: TestBrowser, i: 0 | 1) =>
      browser.post('/api/v1/auth/login/password', { login: logins[i], password: passwords[i] });
    expect((await enter(first, 0)).statusCode).toBe(200);
    expect((await enter(second, 1)).statusCode).toBe(200);
    // Each login serves the workplace of its first use, whichever seat is free.
    expect(codeOf(await enter(third, 0))).toBe('AUTH_LOGIN_OTHER_WORKPLACE');
    expect(codeOf(await enter(second, 0))).toBe('AUTH_LOGIN_OTHER_WORKPLACE');

    // The officer sees the logins and where they stand, and releases the first one.
    const detail = (await almaty.browser.get(`/api/v1/officer/accounts/${accountId}?reason=access_measure`)).json() as {
      logins: { id: string; login: string; boundAt: string | null }[];
    };
    expect(detail.logins.map((l) => [l.login, l.boundAt !== null])).toEqual(
      expect.arrayContaining([
        [logins[0], true],
        [logins[1], true],
      ]),
    );
    const firstLogin = detail.logins.find((l) => l.login === logins[0])!;
    const released = await almaty.browser.post(`/api/v1/officer/accounts/${accountId}/logins/${firstLogin.id}/release`);
    expect(released.statusCode, released.body).toBe(200);
    expect((released.json() as { boundAt: string | null }).boundAt).toBeNull();
    // Its session at the old workplace has ended; the next use binds it anew.
    expect(codeOf(await first.get('/api/v1/me'))).toBe('AUTH_REQUIRED');
    expect((await enter(third, 0)).statusCode).toBe(200);
    expect(codeOf(await enter(first, 0))).toBe('AUTH_LOGIN_OTHER_WORKPLACE');
    expect(
      codeOf(await almaty.browser.post(`/api/v1/officer/accounts/${accountId}/logins/${randomUUID()}/release`)),
    ).toBe('LOGIN_NOT_FOUND');
    expect((await auditOf(db, 'account', accountId)).map((a) => a.action)).toContain('account.login.release');
  });

  it('refuses a customs representative: the Web-declarant serves a person’s own declarations (WD-2, issue 15 point 5)', async () => {
    const head = holder(setup, 'head-auth');
    await registerAndConfirm(app, db, clock, head, {
      userType: 'customs_representative',
      email: 'broker@shekara-test.kz',
    });
    const paper = await almaty.browser.post(
      '/api/v1/officer/web-declarant/applications',
      applicationFor(head, { email: 'wd@shekara-test.kz' }),
    );
    expect([paper.statusCode, codeOf(paper)]).toEqual([403, 'WD_CUSTOMS_REPRESENTATIVE']);
  });

  it('never gives the login to, nor changes the password or seats of, an account of another user type (issue 15 point 5)', async () => {
    const iin = validIin('1981-07-07', 3, 77);
    const carrierId = randomUUID();
    await db.query(
      `insert into accounts (id, kind, user_type, iin_bin, email, status, created_at, activated_at, updated_at, workplaces)
       values ($1, 'user', 'customs_carrier', $2, 'carrier@example.kz', 'active', $3, $3, $3, 1)`,
      [carrierId, iin, clock.now()],
    );
    const paper = await almaty.browser.post(
      '/api/v1/officer/web-declarant/applications',
      applicationFor({ iin, roles: ['individual'] }, { email: 'wd-carrier@example.kz', workplaces: 3 }),
    );
    expect(paper.statusCode, paper.body).toBe(201);
    const { applicationId } = paper.json() as { applicationId: string };
    const issued = (
      await almaty.browser.post(`/api/v1/officer/web-declarant/applications/${applicationId}/issue`)
    ).json() as { accountId: string; existingAccount: boolean };
    expect(issued.existingAccount).toBe(false);
    expect(issued.accountId).not.toBe(carrierId);
    const { rows } = await db.query<{ id: string; user_type: string; logins: number; workplaces: number }>(
      `select a.id, a.user_type, a.workplaces, (select count(*)::int from workplace_logins l where l.account_id = a.id) as logins
         from accounts a where a.iin_bin = $1 order by a.created_at`,
      [iin],
    );
    expect(rows).toEqual([
      { id: carrierId, user_type: 'customs_carrier', logins: 0, workplaces: 1 },
      { id: issued.accountId, user_type: 'foreign_trade_participant', logins: 3, workplaces: 3 },
    ]);
  });

  it('rejects with a reason: the refusal letter and e-mail say why, and the application cannot be decided again', async () => {
    const { applications } = (
      await almaty.browser.get('/api/v1/officer/web-declarant/applications?status=received')
    ).json() as { applications: { id: string }[] };
    const target = applications[0]!;
    const rejected = await almaty.browser.post(`/api/v1/officer/web-declarant/applications/${target.id}/reject`, {
      reason: 'Не приложено письмо с кодом наклейки',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(
      await pdfText(
        (await almaty.browser.get(`/api/v1/officer/web-declarant/applications/${target.id}/letter.pdf`)).rawPayload,
      ),
    ).toContain('Не приложено письмо с кодом наклейки');
    expect(
      (await deliverMail(db, clock)).some(
        (m) => m.kind === 'web_declarant.application_rejected' && m.text.includes('Не приложено письмо'),
      ),
    ).toBe(true);
    expect(codeOf(await almaty.browser.post(`/api/v1/officer/web-declarant/applications/${target.id}/issue`))).toBe(
      'WD_APPLICATION_DECIDED',
    );
    expect(
      codeOf(
        await almaty.browser.post(`/api/v1/officer/web-declarant/applications/${target.id}/reject`, { reason: 'x' }),
      ),
    ).toBe('WD_APPLICATION_DECIDED');
    const open = applications[1]!;
    expect(codeOf(await almaty.browser.get(`/api/v1/officer/web-declarant/applications/${open.id}/letter.pdf`))).toBe(
      'WD_LETTER_NOT_READY',
    );
  });

  it('lets an administrator see every department’s journal', async () => {
    const admin = await staffBrowser(app, db, clock, holder(setup, 'head-auth'), { kind: 'admin' });
    const { entries } = (await admin.browser.get(`/api/v1/officer/web-declarant/journal?year=${year()}`)).json() as {
      entries: { bodyCode: string }[];
    };
    expect(new Set(entries.map((e) => e.bodyCode))).toEqual(new Set(['75000', '71000']));
  });
});

describe('the public application endpoint', () => {
  it('gives one client address at most 30 applications a minute (RATE_LIMITED)', async () => {
    clock.advance(61_000);
    const garbage = {
      ...applicationFor(holder(setup, 'individual-sign')),
      signature: Buffer.from('not a signature at all').toString('base64'),
    };
    const codes: string[] = [];
    for (let i = 0; i < 31; i++) codes.push(codeOf(await file(garbage)));
    expect(codes.slice(0, 30).every((code) => code === 'SIG_MALFORMED')).toBe(true);
    expect(codes[30]).toBe('RATE_LIMITED');
  });
});
