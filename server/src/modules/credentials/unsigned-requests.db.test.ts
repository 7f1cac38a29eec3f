import { currentConsent } from '@shekara/contracts/accounts';
import { checkDigit, parseIinBin } from '@shekara/contracts/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditOf } from '../../platform/audit/audit-log.ts';
import { manualClock } from '../../platform/clock.ts';
import { goodPassword, holder, signAs, TestBrowser } from '../../testing/accounts.ts';
import { codeOf } from '../../testing/app.ts';
import { databaseTestSuite } from '../../testing/database-app.ts';
import { deliverMail } from '../../testing/outbox.ts';
import { staffAccountId } from '../../testing/staff.ts';

/**
 * A request for a login and password filed online without the NCA signature (REG-10: the
 * signature "where the user has one"), and a non-resident's without an IIN (the 9900… numbers):
 * confirmed by e-mail before the body sees it, approved only after the officer checked the
 * identity document on paper (AST-6), answered by the e-mailed notice (AST-3, AST-4).
 */
// Real time: the test PKI's certificates are valid around today.
const clock = manualClock(new Date());
const { db, app, setup } = await databaseTestSuite(clock);
const filingUrl = '/api/v1/credentials-requests';
const officerBase = '/api/v1/officer/credentials-requests';
let officer: TestBrowser;

beforeAll(async () => {
  const officerId = await staffAccountId(db, clock, holder(setup, 'signer-auth'), {
    kind: 'officer',
    email: 'officer75@example.kz',
    officeCode: '75101',
  });
  officer = new TestBrowser(app);
  const loggedIn = await officer.logInAs(holder(setup, 'signer-auth'), officerId);
  expect(loggedIn.statusCode, loggedIn.body).toBe(200);
}, 120_000);

/** A valid IIN of a man born on the given day (YYMMDD), with the serial given. */
function iin(birth: string, serial: number): string {
  for (let s = serial; ; s++) {
    const first11 = `${birth}3${String(s).padStart(4, '0')}`;
    const digit = checkDigit(first11);
    if (digit !== null) return `${first11}${digit}`;
  }
}

/** Consent to the processing of personal data, as the form sends it (Law No. 94-V). */
const consent = { version: currentConsent.version, language: 'ru' };

const resident = (overrides: Record<string, unknown> = {}) => ({
  applicant: 'resident',
  userType: 'foreign_trade_participant',
  iinBin: iin('850314', 1),
  email: 'dana@example.kz',
  regionCode: '75',
  applicantName: 'Сейткалиева Дана',
  postalAddress: 'г. Алматы, ул. Абая, 10',
  identityDocument: { kind: 'id_card', number: '045678913', issuedOn: '2020-02-11' },
  consent,
  ...overrides,
});

const nonResident = (overrides: Record<string, unknown> = {}) => ({
  applicant: 'non_resident',
  userType: 'foreign_trade_participant',
  email: 'li.wei@example.cn',
  regionCode: '75',
  applicantName: 'LI WEI',
  identityDocument: { kind: 'foreign_passport', number: 'EC1234567', issuedOn: '2021-06-01', country: 'CN' },
  birthDate: '1988-09-12',
  consent,
  ...overrides,
});

/** The link of the newest confirmation e-mail sent to the address, and its token. */
async function confirmationToken(to: string): Promise<string> {
  const mail = (await deliverMail(db, clock)).find(
    (m) => m.kind === 'credentials.request_confirm' && m.to.includes(to),
  );
  expect(mail, `no confirmation mail to ${to}`).toBeDefined();
  const link = new URL(mail!.links.find((l) => l.includes('/credentials-request/confirm'))!);
  return link.searchParams.get('token')!;
}

async function fileAndConfirm(body: Record<string, unknown>): Promise<{ requestId: string; number: string }> {
  const browser = new TestBrowser(app);
  const filed = await browser.post(filingUrl, body);
  expect(filed.statusCode, filed.body).toBe(202);
  const confirmed = await browser.post(`${filingUrl}/confirm`, {
    token: await confirmationToken(body.email as string),
  });
  expect(confirmed.statusCode, confirmed.body).toBe(201);
  return confirmed.json() as { requestId: string; number: string };
}

const paperCheck = { identityCheckedOnPaper: true, documentSeen: 'удостоверение личности № 045678913 от 11.02.2020' };

describe('an unsigned online request, from e-mail confirmation to the issued login (REG-10, AST-6)', () => {
  let token: string;
  let requestId: string;

  it('refuses a request without consent to the processing of personal data (REG_CONSENT_REQUIRED)', async () => {
    const withoutConsent = await new TestBrowser(app).post(filingUrl, resident({ consent: undefined }));
    expect([withoutConsent.statusCode, codeOf(withoutConsent)]).toEqual([400, 'REG_CONSENT_REQUIRED']);
  });

  it('holds it back from the body until the e-mailed link is followed (REG-10)', async () => {
    const filed = await new TestBrowser(app).post(filingUrl, resident());
    expect(filed.statusCode, filed.body).toBe(202);
    expect(filed.json()).toEqual({ status: 'awaiting_email_confirmation', confirmWithinHours: 24 });
    const queue = (await officer.get(officerBase)).json() as { requests: unknown[] };
    expect(queue.requests).toEqual([]);
    token = await confirmationToken('dana@example.kz');
    expect(token.length).toBeGreaterThanOrEqual(40);
  });

  it('lets one request wait per IIN/BIN and per e-mail address (CREDENTIALS_UNSIGNED_REQUEST_OPEN)', async () => {
    const sameNumber = await new TestBrowser(app).post(filingUrl, resident({ email: 'other@example.kz' }));
    expect(sameNumber.statusCode).toBe(409);
    expect(codeOf(sameNumber)).toBe('CREDENTIALS_UNSIGNED_REQUEST_OPEN');
    const sameAddress = await new TestBrowser(app).post(filingUrl, resident({ iinBin: iin('850314', 200) }));
    expect(codeOf(sameAddress)).toBe('CREDENTIALS_UNSIGNED_REQUEST_OPEN');
    const mails = (await deliverMail(db, clock)).filter((m) => m.kind === 'credentials.request_confirm');
    expect(mails).toHaveLength(1);
  });

  it('files it to the department once confirmed, marked for the paper check, and acknowledges it (REG-10, AST-2, AST-6)', async () => {
    const confirmed = await new TestBrowser(app).post(`${filingUrl}/confirm`, { token });
    expect(confirmed.statusCode, confirmed.body).toBe(201);
    const filed = confirmed.json() as { requestId: string; number: string; bodyCode: string };
    expect(filed.bodyCode).toBe('75000');
    requestId = filed.requestId;
    const ack = (await deliverMail(db, clock)).find((m) => m.kind === 'credentials.request_received')!;
    expect(ack.to).toEqual(['dana@example.kz']);
    expect(ack.text).toContain(filed.number);
    // a link is followed once
    const again = await new TestBrowser(app).post(`${filingUrl}/confirm`, { token });
    expect(codeOf(again)).toBe('CREDENTIALS_CONFIRMATION_INVALID');

    const detail = (await officer.get(`${officerBase}/${requestId}`)).json() as Record<string, unknown>;
    expect(detail).toMatchObject({
      channel: 'electronic',
      verification: 'paper_check_required',
      status: 'submitted',
      certificate: null,
      applicantName: 'Сейткалиева Дана',
      identityDocument: { kind: 'id_card', number: '045678913', issuedOn: '2020-02-11', country: null },
      identityCheckedDocument: null,
    });
    // The consent given with the form is recorded with the request it was given for (ACC-8).
    const consents = await db.query<{ version: string; language: string }>(
      'select version, language from personal_data_consents where credentials_request_id = $1',
      [requestId],
    );
    expect(consents.rows).toEqual([{ version: currentConsent.version, language: 'ru' }]);
  });

  it('refuses a second request for the same IIN while this one is under review', async () => {
    const again = await new TestBrowser(app).post(filingUrl, resident({ email: 'dana2@example.kz' }));
    expect(codeOf(again)).toBe('CREDENTIALS_UNSIGNED_REQUEST_OPEN');
  });

  it('refuses to approve without the officer’s paper check of the identity document (AST-6)', async () => {
    for (const body of [undefined, {}, { identityCheckedOnPaper: true }, { documentSeen: 'паспорт' }]) {
      const refused = await officer.post(`${officerBase}/${requestId}/approve`, body);
      expect(refused.statusCode, refused.body).toBe(409);
      expect(codeOf(refused)).toBe('CREDENTIALS_IDENTITY_CHECK_REQUIRED');
    }
    const notTrue = await officer.post(`${officerBase}/${requestId}/approve`, {
      identityCheckedOnPaper: false,
      documentSeen: 'паспорт',
    });
    expect(codeOf(notTrue)).toBe('VALIDATION_FAILED');
    const { rows } = await db.query('select 1 from accounts where iin_bin = $1', [iin('850314', 1)]);
    expect(rows).toHaveLength(0);
  });

  it('approves it with the check: a cabinet without a signature, the login and one-time password e-mailed (AST-3, AST-4, AST-6)', async () => {
    const approved = await officer.post(`${officerBase}/${requestId}/approve`, paperCheck);
    expect(approved.statusCode, approved.body).toBe(200);
    const result = approved.json() as { accountId: string; login: string; assignedNumber: string | null };
    expect(result).toMatchObject({ login: iin('850314', 1), assignedNumber: null, notice: 'email' });
    const certificates = await db.query('select 1 from account_certificates where account_id = $1', [result.accountId]);
    expect(certificates.rows).toHaveLength(0);

    const notice = (await deliverMail(db, clock)).find((m) => m.kind === 'credentials.issued')!;
    expect(notice.to).toEqual(['dana@example.kz']);
    expect(notice.text).toContain(`Логин: ${result.login}`);
    expect(notice.text).toMatch(/Одноразовый пароль: \S+/);
    expect(notice.text).toContain('только внешнюю часть личного кабинета');

    const detail = (await officer.get(`${officerBase}/${requestId}`)).json() as {
      identityCheckedDocument: string;
      history: { action: string; details: Record<string, unknown> }[];
    };
    expect(detail.identityCheckedDocument).toBe(paperCheck.documentSeen);
    expect(detail.history.at(-1)).toMatchObject({
      action: 'credentials_request.approve',
      details: { identityCheckedOnPaper: paperCheck.documentSeen },
    });

    const password = /Одноразовый пароль: (\S+)/.exec(notice.text)![1]!;
    const loggedIn = await new TestBrowser(app).post('/api/v1/auth/login/password', { login: result.login, password });
    expect(loggedIn.statusCode, loggedIn.body).toBe(200);
    expect((loggedIn.json() as { mustChangePassword: boolean }).mustChangePassword).toBe(true);
  });
});

describe('an unsigned request in someone else’s name', () => {
  it('does not keep the holder of the signature out: both are under review, and the signed one decides', async () => {
    const who = holder(setup, 'individual-auth');
    const impostor = await fileAndConfirm(resident({ iinBin: who.iin, email: 'impostor@example.kz' }));

    const browser = new TestBrowser(app);
    const form = {
      userType: 'foreign_trade_participant',
      iinBin: who.iin,
      email: 'real.holder@example.kz',
      credentialsRequest: { regionCode: '75', identityDocument: { number: '045678912', issuedOn: '2019-05-20' } },
    };
    const nonce = await browser.challenge();
    const signed = await browser.post('/api/v1/registrations', {
      ...form,
      password: goodPassword,
      authMethod: 'credentials',
      signature: signAs(who, JSON.stringify({ nonce, ...form })),
      consent,
    });
    expect(signed.statusCode, signed.body).toBe(201);
    const signedId = (signed.json() as { registrationId: string }).registrationId;
    const detail = (await officer.get(`${officerBase}/${signedId}`)).json() as { verification: string };
    expect(detail.verification).toBe('signature');

    // A signed request is approved as before, with no paper check; the unsigned one then cannot be.
    const approved = await officer.post(`${officerBase}/${signedId}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    const late = await officer.post(`${officerBase}/${impostor.requestId}/approve`, paperCheck);
    expect(codeOf(late)).toBe('REG_ALREADY_REGISTERED');
  });
});

describe('a non-resident individual without an IIN (the 9900… identification numbers)', () => {
  it('gives two approved non-residents distinct, consecutive 9900 numbers, which are their logins and IINs', async () => {
    const first = await fileAndConfirm(nonResident());
    const second = await fileAndConfirm(
      nonResident({
        email: 'anna.schmidt@example.de',
        applicantName: "Anna-Maria O'Neil Schmidt",
        identityDocument: { kind: 'foreign_passport', number: 'c01x00t47', issuedOn: '2019-03-04', country: 'DE' },
        birthDate: '1979-12-30',
      }),
    );
    const firstDetail = (await officer.get(`${officerBase}/${first.requestId}`)).json() as Record<string, unknown>;
    expect(firstDetail).toMatchObject({
      verification: 'paper_check_required',
      nonResident: true,
      iinBin: null,
      applicantName: 'LI WEI',
      birthDate: '1988-09-12',
      identityDocument: { kind: 'foreign_passport', number: 'EC1234567', issuedOn: '2021-06-01', country: 'CN' },
    });

    const numbers: string[] = [];
    for (const { requestId } of [first, second]) {
      const approved = await officer.post(`${officerBase}/${requestId}/approve`, {
        identityCheckedOnPaper: true,
        documentSeen: 'foreign passport',
      });
      expect(approved.statusCode, approved.body).toBe(200);
      const result = approved.json() as { accountId: string; login: string; assignedNumber: string };
      expect(result.assignedNumber).toMatch(/^9900\d{8}$/);
      expect(result.login).toBe(result.assignedNumber);
      expect(parseIinBin(result.assignedNumber).valid).toBe(false);
      const { rows } = await db.query<{ iin_bin: string }>('select iin_bin from accounts where id = $1', [
        result.accountId,
      ]);
      expect(rows[0]!.iin_bin).toBe(result.assignedNumber);
      const detail = (await officer.get(`${officerBase}/${requestId}`)).json() as { iinBin: string };
      expect(detail.iinBin).toBe(result.assignedNumber);
      expect((await auditOf(db, 'account', result.accountId))[0]!.details).toMatchObject({
        assignedNumber: result.assignedNumber,
      });
      numbers.push(result.assignedNumber);
    }
    expect(Number(numbers[1]) - Number(numbers[0])).toBe(1);

    const notices = (await deliverMail(db, clock)).filter((m) => m.kind === 'credentials.issued');
    const liWei = notices.find((m) => m.to.includes('li.wei@example.cn'))!;
    expect(liWei.text).toContain(`Присвоенный идентификационный номер: ${numbers[0]}`);
    expect(liWei.text).toContain(`Логин: ${numbers[0]}`);
  });

  it('refuses a non-resident’s second request for the same passport while one waits', async () => {
    const browser = new TestBrowser(app);
    const filed = await browser.post(filingUrl, nonResident({ email: 'wei.li@example.cn' }));
    expect(filed.statusCode, filed.body).toBe(202);
    const again = await browser.post(filingUrl, nonResident({ email: 'wei.li2@example.cn' }));
    expect(codeOf(again)).toBe('CREDENTIALS_UNSIGNED_REQUEST_OPEN');
  });
});

describe('bad input to the unsigned request gets a stable error code', () => {
  const refusal = async (body: Record<string, unknown>) => {
    const response = await new TestBrowser(app).post(filingUrl, body);
    expect(response.statusCode, response.body).toBe(400);
    const { code, details } = (response.json() as { error: { code: string; details: unknown } }).error;
    return { code, details };
  };

  it('bounds every field at the edge (VALIDATION_FAILED)', async () => {
    for (const body of [
      resident({ applicantName: 'А'.repeat(301) }),
      resident({ postalAddress: 'x'.repeat(501) }),
      resident({ identityDocument: { kind: 'id_card', number: '1'.repeat(31), issuedOn: '2020-01-01' } }),
      resident({ registrationNotice: { number: 'N'.repeat(51), issuedOn: '2020-01-01' } }),
      resident({ email: `${'a'.repeat(250)}@example.kz` }),
      resident({ identityDocument: { kind: 'driving_licence', number: '1', issuedOn: '2020-01-01' } }),
      resident({ unexpected: true }),
      nonResident({
        identityDocument: { kind: 'foreign_passport', number: 'EC1', issuedOn: '2021-06-01', country: 'China' },
      }),
    ]) {
      expect((await refusal(body)).code).toBe('VALIDATION_FAILED');
    }
  });

  it('refuses wrong passport data of a non-resident (CREDENTIALS_REQUEST_FIELD_INVALID)', async () => {
    const future = '2999-01-01';
    const cases: [Record<string, unknown>, string][] = [
      [nonResident({ iinBin: iin('850314', 7) }), 'iinBin'],
      [nonResident({ applicantName: 'ЛИ ВЭЙ' }), 'applicantName'],
      [nonResident({ birthDate: '1988-02-30' }), 'birthDate'],
      [nonResident({ birthDate: future }), 'birthDate'],
      [
        nonResident({
          identityDocument: { kind: 'foreign_passport', number: 'EC1234567', issuedOn: future, country: 'CN' },
        }),
        'identityDocument.issuedOn',
      ],
      [
        nonResident({
          identityDocument: { kind: 'foreign_passport', number: 'EC1234567', issuedOn: '1980-01-01', country: 'CN' },
        }),
        'identityDocument.issuedOn',
      ],
      [
        nonResident({ identityDocument: { kind: 'foreign_passport', number: 'EC1234567', issuedOn: '2021-06-01' } }),
        'identityDocument.country',
      ],
      [
        nonResident({ identityDocument: { kind: 'id_card', number: 'EC1234567', issuedOn: '2021-06-01' } }),
        'identityDocument.kind',
      ],
      [
        nonResident({
          identityDocument: { kind: 'foreign_passport', number: 'EC-12/34', issuedOn: '2021-06-01', country: 'CN' },
        }),
        'identityDocument.number',
      ],
      [
        nonResident({
          identityDocument: { kind: 'foreign_passport', number: 'EC1234567', issuedOn: '2021-06-01', country: 'KZ' },
        }),
        'identityDocument.country',
      ],
    ];
    for (const [body, field] of cases) {
      expect(await refusal(body), field).toEqual({ code: 'CREDENTIALS_REQUEST_FIELD_INVALID', details: { field } });
    }
  });

  it('asks a resident for what AST-6 requires by the kind of number (CREDENTIALS_REQUEST_FIELDS_MISSING)', async () => {
    expect((await refusal(resident({ iinBin: undefined }))).code).toBe('CREDENTIALS_REQUEST_FIELDS_MISSING');
    expect((await refusal(resident({ identityDocument: undefined }))).code).toBe('CREDENTIALS_REQUEST_FIELDS_MISSING');
    expect((await refusal(resident({ iinBin: '123456789012' }))).code).toBe('REG_IIN_BIN_INVALID');
  });

  it('lets a confirmation link expire after 24 hours (CREDENTIALS_CONFIRMATION_EXPIRED)', async () => {
    const body = resident({ iinBin: iin('910101', 3), email: 'late@example.kz' });
    expect((await new TestBrowser(app).post(filingUrl, body)).statusCode).toBe(202);
    const token = await confirmationToken('late@example.kz');
    clock.advance(25 * 3_600_000);
    const late = await new TestBrowser(app).post(`${filingUrl}/confirm`, { token });
    expect(late.statusCode).toBe(410);
    expect(codeOf(late)).toBe('CREDENTIALS_CONFIRMATION_EXPIRED');
    // the expired one no longer holds the number: a new request may be filed
    expect((await new TestBrowser(app).post(filingUrl, body)).statusCode).toBe(202);
  });
});
