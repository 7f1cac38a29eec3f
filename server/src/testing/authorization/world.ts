import { randomUUID } from 'node:crypto';
import type { UserType } from '@shekara/contracts/accounts';
import type { TestHolder } from '@shekara/nca/test-pki';
import { validBin } from '@shekara/nca/test-pki';
import pino from 'pino';
import {
  bindCertificate,
  createStaffAccount,
  hashPassword,
  insertAccount,
  insertWorkplaceLogin,
} from '../../modules/accounts/index.ts';
import { certificateFacts } from '../../modules/accounts/signed-proof.ts';
import { demoDocument } from '../../modules/declarations/demo/demo-document.ts';
import { insertReceivedFile } from '../../modules/declarations/interchange/received-file-repository.ts';
import { registeredTopic } from '../../modules/declarations/officer/on-registered.ts';
import { declarationOutboxHandlers } from '../../modules/declarations/officer/outbox-handlers.ts';
import { loadPortalDemoContent } from '../../modules/portal/load-demo-content.ts';
import { addDays, almatyDate } from '../../modules/reference/index.ts';
import type { Database } from '../../platform/db/database.ts';
import { drainOutbox } from '../../platform/outbox/worker.ts';
import { goodPassword, holder, registerAndConfirm, signAs, TestBrowser } from '../accounts.ts';
import {
  createGoodsDraft,
  type DeclarationTestEnvironment,
  goodsDocument,
  logInDeclarant,
  signPayload,
  submitSigned,
  type TestDeclarant,
} from '../declarations.ts';
import { fundAdvanceAccount } from '../payments.ts';
import { putOnRegisterOf } from '../registers.ts';
import { type RoleId, roles } from './roles.ts';

/**
 * Everything the matrix's requests name, made through the real routes where a route makes it:
 * each role logged in, and the objects of the declarant, of the unconfirmed representative and
 * of the Almaty department, with the ids the paths need.
 */
export interface MatrixWorld {
  browsers: Record<RoleId, TestBrowser>;
  declarant: TestDeclarant;
  /** the representative that claims the declarant as its principal, with its keys (it signs) */
  unconfirmed: TestDeclarant;
  /** a draft of the declarant's, with two attachments (one to download, one to remove) */
  draft: { id: string; attachmentId: string; removableAttachmentId: string };
  /** a draft of the declarant's to delete */
  deletableDraftId: string;
  /** the declarant's registered declaration (Almaty clearance centre), its attachment and a decision on it */
  registered: { id: string; number: string; sha256: string; attachmentId: string; decisionId: string };
  /** the declarant's release before the goods declaration whose term passed (ACC-17) */
  overdueReleaseNumber: string;
  /** the representative's draft naming the declarant as declarant, and the claimed contract */
  representation: { draftId: string; contractNumber: string };
  /** an entry of a register that no role stands on: ending it far off changes nobody's access */
  registerEntryId: string;
  /** the declarant's second session (its own, to end) */
  declarantSessionIds: { decl: string; pwd: string };
  /** an account registered at the Almaty department, with two live sessions (one for each staff role that ends one) */
  target: { id: string; sessionIds: [string, string]; loginId: string };
  /** a deposit to the declarant's advance account, credited at the Almaty clearance centre */
  depositId: number;
  /** a pending refund application of the declarant's, and an obligation of a granted instalment, due after `dueDate` (ACC-21) */
  payments: { refundApplicationId: string; obligationId: number; owingNumber: string; dueDate: string };
  /** a customs receipt order of the declarant's parcel, issued at the Almaty clearance centre */
  receiptOrderId: string;
  credentialsRequestId: string;
  application: { id: string; taxpayerNumber: string };
  portal: { itemId: string; deletableItemId: string; riskProfileId: string; slugs: Record<string, string> };
  mailboxMessageId: string;
  /** a TN VED code of the reference data */
  commodityCode: string;
  /** a BIN no account or request has yet */
  newBin(): string;
}

/** Office of the Almaty department's clearance centre, where the declarant's declaration is delivered. */
export const objectsOffice = '75101';
/** The smallest file an attachment takes: what PDF's first bytes say. */
export const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64, 0x20), Buffer.from('\n%%EOF\n')]);

export async function prepareMatrixWorld(t: DeclarationTestEnvironment): Promise<MatrixWorld> {
  const { app, db, clock } = t;
  const passwordHash = await hashPassword(goodPassword);
  let serial = 0;
  const newBin = () => validBin('2018-03', ++serial * 7);

  const employeeKey = holder(t.setup, 'employee-auth');
  const signerOf = async (who: TestHolder) =>
    (await t.setup.verifier.verifyCms(Buffer.from(signAs(who, 'certificate'), 'base64'), { purpose: 'auth' })).signer!;

  /** A user of the type, its own organisation, logged in with an issued login and password and its certificate. */
  const passwordUser = async (userType: UserType, options: { mustChange?: boolean; body?: string; seats?: number }) => {
    const id = randomUUID();
    const login = `matrix-${serial + 1}`;
    const iinBin = newBin();
    // A customs representative, carrier, warehouse or shop owner or AEO acts only while on its register (REG-5).
    await putOnRegisterOf(db, userType, iinBin);
    await insertAccount(
      db,
      {
        id,
        kind: 'user',
        userType,
        iinBin,
        email: `${login}@example.kz`,
        passwordHash,
        login,
        mustChangePassword: options.mustChange ?? false,
        status: 'active',
        workplaces: options.seats ?? 1,
        registeringBodyCode: options.body ?? null,
      },
      clock.now(),
    );
    // Its activated certificate: the password and a signature by it open the internal module (ACC-6).
    await bindCertificate(db, id, certificateFacts(await signerOf(employeeKey)), clock.now());
    const logIn = async () => {
      const browser = new TestBrowser(app);
      const response = await browser.post('/api/v1/auth/login/password', {
        login,
        password: goodPassword,
        signature: signAs(employeeKey, Buffer.from(await browser.challenge(), 'base64')),
      });
      if (response.statusCode !== 200) throw new Error(`log-in of ${userType} failed: ${response.body}`);
      return browser;
    };
    return { id, logIn };
  };

  const staff = async (kind: 'officer' | 'admin', person: string, officeCode?: string) => {
    const auth = holder(t.setup, `${person}-auth`);
    const { id } = await createStaffAccount(db, clock, {
      kind,
      iin: auth.iin,
      email: `${person}@customs.kz`,
      officeCode,
    });
    const browser = new TestBrowser(app);
    const response = await browser.logInAs(auth, id);
    if (response.statusCode !== 200) throw new Error(`staff log-in failed: ${response.body}`);
    return browser;
  };

  const declarant = await logInDeclarant(t, 'individual');
  const unconfirmed = await logInRepresentative(t);
  // The logins are independent and their password checks run off the main thread: all at once.
  const users = await Promise.all(
    roles.map(async (role) => {
      if (role.kind !== 'user' || role.id === 'decl' || role.id === 'unconf' || role.id === 'pwd') return null;
      const user = await passwordUser(role.userType, { mustChange: 'oneTimePassword' in role });
      return [role.id, await user.logIn()] as const;
    }),
  );
  // The declarant once more, from another workplace, with its password alone (REG-7): the external part only.
  await db.query('update accounts set workplaces = 4 where id = $1', [declarant.accountId]);
  const passwordOnly = new TestBrowser(app);
  const entered = await passwordOnly.post('/api/v1/auth/login/password', {
    login: declarant.iinBin,
    password: goodPassword,
    accountId: declarant.accountId,
  });
  if (entered.statusCode !== 200) throw new Error(`password log-in of the declarant failed: ${entered.body}`);
  const browsers = {
    ...Object.fromEntries(users.filter((user) => user !== null)),
    pwd: passwordOnly,
    anon: new TestBrowser(app),
    decl: declarant.browser,
    unconf: unconfirmed.browser,
    officer: await staff('officer', 'signer', objectsOffice),
    away: await staff('officer', 'employee', '71101'),
    admin: await staff('admin', 'head'),
  } as Record<RoleId, TestBrowser>;

  // The declarant's documents.
  const attach = async (id: string) => {
    const response = await declarant.browser.request({
      method: 'POST',
      url: `/api/v1/declarations/${id}/attachments?name=invoice.pdf`,
      headers: { 'content-type': 'application/pdf' },
      payload: pdf,
    });
    if (response.statusCode !== 201) throw new Error(`attachment refused: ${response.body}`);
    return (response.json() as { id: string }).id;
  };
  const draftId = await createGoodsDraft(t, declarant);
  const draft = { id: draftId, attachmentId: await attach(draftId), removableAttachmentId: await attach(draftId) };
  // as if imported from a file (WD-11), so that its received file answers
  await insertReceivedFile(
    t.db,
    {
      declarationId: draftId,
      name: 'cell.xml',
      content: Buffer.from('<ESADout_CU/>'),
      receivedBy: declarant.accountId,
    },
    t.clock.now(),
  );
  const deletableDraftId = await createGoodsDraft(t, declarant);
  await fundAdvanceAccount(t, declarant.iinBin);
  const registeredId = await createGoodsDraft(t, declarant, {
    document: goodsDocument(declarant.iinBin, { office: objectsOffice, owesNothing: true }),
  });
  const registeredAttachmentId = await attach(registeredId);
  const submitted = await submitSigned(declarant, registeredId, { customsOffice: objectsOffice });
  const route = () =>
    drainOutbox({
      db,
      clock,
      logger: pino({ level: 'silent' }),
      topics: [registeredTopic],
      handlers: declarationOutboxHandlers({
        db,
        clock,
        logger: pino({ level: 'silent' }),
        publicUrl: 'http://localhost:8080',
        notifyOutbox: () => {},
      }),
    });
  await route();
  // Routed green with what it owes held on the advance account, it is released by the system: a decision in the declarant's cabinet.
  const decisions = await declarant.browser.get('/api/v1/declarations/decisions');
  const decisionId = (decisions.json() as { decisions: { id: string }[] }).decisions[0]!.id;
  // ACC-17: a release before the goods declaration whose term passed yesterday with no goods declaration naming it
  const overdueReleaseId = await createGoodsDraft(t, declarant, {
    kind: 'release_before_declaration',
    document: {
      ...demoDocument('release_before_declaration', {
        items: 1,
        declarant: declarant.iinBin,
        office: objectsOffice,
        date: almatyDate(clock.now()),
      }),
      declarationDueDate: addDays(almatyDate(clock.now()), -1),
    },
  });
  const overdueRelease = await submitSigned(declarant, overdueReleaseId, { customsOffice: objectsOffice });
  await route(); // released by the system on the green channel

  // The representative's claim on the declarant, which the declarant never confirmed, and a draft in its name.
  const contractNumber = `MATRIX-${randomUUID().slice(0, 8)}`;
  const today = almatyDate(clock.now());
  const claimed = await unconfirmed.browser.post('/api/v1/representations', {
    declarantIinBin: declarant.iinBin,
    contractNumber,
    contractDate: today,
    validFrom: today,
  });
  if (claimed.statusCode !== 201) throw new Error(`representation refused: ${claimed.body}`);
  const drafted = await unconfirmed.browser.post('/api/v1/declarations', {
    kind: 'goods',
    document: goodsDocument(declarant.iinBin, { office: objectsOffice }),
  });
  if (drafted.statusCode !== 201) throw new Error(`draft refused: ${drafted.body}`);
  const forPrincipal = (drafted.json() as { id: string }).id;

  // Further workplaces of the declarant, whose sessions it ends itself.
  const anotherSeat = async () => {
    const seat = new TestBrowser(app);
    if ((await seat.logInAs(declarant.authKey, declarant.accountId)).statusCode !== 200)
      throw new Error('another session refused');
    return currentSession(seat);
  };
  // One for each role that ends one: the password session may too, being the account's own.
  const declarantSessionIds = { decl: await anotherSeat(), pwd: await anotherSeat() };

  // An account of the Almaty department, with a session for each staff role that may end one.
  const target = await passwordUser('foreign_trade_participant', { body: '75000', seats: 2 });
  const targetSessions: [string, string] = [
    await currentSession(await target.logIn()),
    await currentSession(await target.logIn()),
  ];
  // A Web-declarant login of that account, bound to a workplace, for the officer to release (WD-22).
  const targetLoginId = randomUUID();
  await insertWorkplaceLogin(db, {
    id: targetLoginId,
    accountId: target.id,
    login: `matrix-wd-${serial}`,
    passwordHash,
    applicationId: null,
    issuedAt: clock.now(),
  });
  await db.query(`update workplace_logins set workplace = repeat('a', 64), bound_at = $2 where id = $1`, [
    targetLoginId,
    clock.now(),
  ]);

  // A bank payment credited to the declarant's advance account at the clearance centre (ACC-14).
  const deposited = await browsers.officer.post(
    `/api/v1/officer/payments/advance-accounts/${declarant.iinBin}/deposits`,
    { amount: '5000.00', bankDocument: { number: 'MATRIX-1', date: today }, idempotencyKey: 'matrix-world-deposit' },
  );
  if (deposited.statusCode !== 201) throw new Error(`deposit refused: ${deposited.body}`);
  const depositId = (deposited.json() as { posting: { id: number } }).posting.id;
  // A customs receipt order of the declarant's parcel, issued at the clearance centre (ACC-20).
  const tpo = await browsers.officer.post(
    '/api/v1/officer/payments/receipt-orders',
    receiptOrderFields(declarant.iinBin),
  );
  if (tpo.statusCode !== 201) throw new Error(`receipt order refused: ${tpo.body}`);
  const receiptOrderId = (tpo.json() as { receiptOrder: { id: string } }).receiptOrder.id;

  // Applications about money (ACC-21): a pending refund, and a granted instalment's two obligations
  // (one for the officer to record paid, one that stays unpaid for the overdue list).
  const fileApplication = async (application: Record<string, unknown>) => {
    const payload = await declarant.browser.post('/api/v1/payments/applications/payload', application);
    if (payload.statusCode !== 200) throw new Error(`application payload refused: ${payload.body}`);
    const data = Buffer.from((payload.json() as { data: string }).data, 'base64');
    const filed = await declarant.browser.post('/api/v1/payments/applications', {
      ...application,
      signature: signPayload(declarant.signKey, data),
    });
    if (filed.statusCode !== 201) throw new Error(`application refused: ${filed.body}`);
    return (filed.json() as { id: string }).id;
  };
  const refundApplicationId = await fileApplication({
    applicationId: randomUUID(),
    kind: 'refund',
    amount: '10.00',
    customsOffice: objectsOffice,
    bank: { iban: 'KZ86125KZT5004100100', bic: 'KCJBKZKX' },
  });
  const owingId = await createGoodsDraft(t, declarant, {
    document: goodsDocument(declarant.iinBin, { office: objectsOffice, items: 3 }),
  });
  const owing = await submitSigned(declarant, owingId, { customsOffice: objectsOffice });
  const instalmentId = await fileApplication({
    applicationId: randomUUID(),
    kind: 'instalment',
    registrationNumber: owing.registrationNumber,
    amount: '10.00',
    reason: 'matrix',
    schedule: [
      { dueDate: addDays(today, 20), amount: '5.00' },
      { dueDate: addDays(today, 30), amount: '5.00' },
    ],
  });
  const grant = { decision: 'grant' };
  const decisionBytes = await browsers.officer.post(
    `/api/v1/officer/payments/applications/${instalmentId}/decision-payload`,
    grant,
  );
  if (decisionBytes.statusCode !== 200) throw new Error(`decision payload refused: ${decisionBytes.body}`);
  const granted = await browsers.officer.post(`/api/v1/officer/payments/applications/${instalmentId}/decisions`, {
    ...grant,
    signature: signPayload(
      holder(t.setup, 'signer-sign'),
      Buffer.from((decisionBytes.json() as { data: string }).data, 'base64'),
    ),
  });
  if (granted.statusCode !== 201) throw new Error(`instalment refused: ${granted.body}`);
  const obligation = await db.query<{ id: number }>(
    'select id from payment_obligations where application_id = $1 order by due_date',
    [instalmentId],
  );

  // The department's queues.
  // A carrier on its register, so that approving its request makes its account (REG-5).
  const carrierBin = newBin();
  await putOnRegisterOf(db, 'customs_carrier', carrierBin);
  const filed = await browsers.officer.post('/api/v1/officer/credentials-requests', {
    userType: 'customs_carrier',
    iinBin: carrierBin,
    applicantName: 'ТОО «Матрица»',
    postalAddress: 'г. Алматы, пр. Абая, 10',
    registrationNoticeNumber: 'СГР-1',
  });
  if (filed.statusCode !== 201) throw new Error(`credentials request refused: ${filed.body}`);
  const taxpayerNumber = newBin();
  const applied = await browsers.officer.post(
    '/api/v1/officer/web-declarant/applications',
    applicationFields(taxpayerNumber),
  );
  if (applied.statusCode !== 201) throw new Error(`application refused: ${applied.body}`);

  // The portal's published content (one item of each section) and an administrator's items.
  await loadPortalDemoContent(db, clock.now());
  const { rows } = await db.query<{ kind: string; slug: string }>(
    `select distinct on (kind) kind, slug from portal_items
      where status = 'published' and (kind <> 'notice' or ends_at > $1) and (kind not in ('software', 'training') or file_id is not null)
      order by kind, slug`,
    [clock.now()],
  );
  const newItem = async (slug: string) => {
    const response = await browsers.admin.post('/api/v1/admin/portal/items', {
      kind: 'news',
      slug,
      title: { kk: slug, ru: slug, en: slug },
    });
    if (response.statusCode !== 201) throw new Error(`portal item refused: ${response.body}`);
    return (response.json() as { id: string }).id;
  };
  const profile = await browsers.admin.post('/api/v1/admin/risk-profiles', {
    name: 'Матрица',
    channel: 'yellow',
    priority: 1,
    validFrom: today,
    conditions: { hsPrefixes: ['0101'] },
  });
  if (profile.statusCode !== 201) throw new Error(`risk profile refused: ${profile.body}`);

  const mail = await browsers.anon.get('/api/v1/dev/mailbox');
  return {
    browsers,
    declarant,
    unconfirmed,
    draft,
    deletableDraftId,
    overdueReleaseNumber: overdueRelease.registrationNumber,
    registered: {
      id: registeredId,
      number: submitted.registrationNumber,
      sha256: submitted.receipt.documentSha256,
      attachmentId: registeredAttachmentId,
      decisionId,
    },
    representation: { draftId: forPrincipal, contractNumber },
    declarantSessionIds,
    target: { id: target.id, sessionIds: targetSessions, loginId: targetLoginId },
    depositId,
    payments: {
      refundApplicationId,
      obligationId: obligation.rows[0]!.id,
      owingNumber: owing.registrationNumber,
      dueDate: addDays(today, 30),
    },
    receiptOrderId,
    credentialsRequestId: (filed.json() as { requestId: string }).requestId,
    application: { id: (applied.json() as { applicationId: string }).applicationId, taxpayerNumber },
    portal: {
      itemId: await newItem('matrix-item'),
      deletableItemId: await newItem('matrix-deletable'),
      riskProfileId: (profile.json() as { id: string }).id,
      slugs: Object.fromEntries(rows.map((row) => [row.kind, row.slug])),
    },
    mailboxMessageId: (mail.json() as { messages: { id: string }[] }).messages[0]!.id,
    registerEntryId: await spareRegisterEntry(db, newBin()),
    commodityCode: (await db.query<{ code: string }>('select code from tnved_nodes order by code limit 1')).rows[0]!
      .code,
    newBin,
  };
}

/** The test organisation, registered as a customs representative and logged in with its head's keys. */
async function logInRepresentative(t: DeclarationTestEnvironment): Promise<TestDeclarant> {
  const authKey = holder(t.setup, 'head-auth');
  const accountId = await registerAndConfirm(t.app, t.db, t.clock, authKey, { userType: 'customs_representative' });
  const browser = new TestBrowser(t.app);
  const response = await browser.logInAs(authKey, accountId);
  if (response.statusCode !== 200) throw new Error(`log-in failed: ${response.body}`);
  return { browser, accountId, iinBin: authKey.bin!, authKey, signKey: holder(t.setup, 'head-sign') };
}

async function currentSession(browser: TestBrowser): Promise<string> {
  const { sessions } = (await browser.get('/api/v1/me/sessions')).json() as {
    sessions: { id: string; current: boolean }[];
  };
  return sessions.find((s) => s.current)!.id;
}

/** A parcel by post a little over the norm, for a customs receipt order (ACC-20). */
export const receiptOrderFields = (recipientIin: string) => ({
  recipientIin,
  channel: 'post',
  items: [{ hsCode: '6403990000', invoiceValue: '210.00', currency: 'EUR', netMassKg: '1' }],
});

/** A paper application for Web-declarant access of a company, to the Almaty department (WD-17). */
export function applicationFields(taxpayerNumber: string) {
  return {
    applicantKind: 'legal_entity',
    fullName: 'Товарищество с ограниченной ответственностью «Матрица»',
    shortName: 'ТОО «Матрица»',
    okpo: '12345678',
    taxpayerNumber,
    legalAddress: 'г. Алматы, пр. Абая, 10',
    actualAddress: 'г. Алматы, ул. Төле би, 42',
    phones: ['+7 727 300 00 00'],
    email: 'office@matrix.kz',
    workplaces: 1,
    consentToRules: true,
    stickerLetter: { number: '15-2/1', date: '2026-01-05', stickerCode: 'WD-1' },
    customsBodyCode: '75000',
    applicationDate: '2026-01-06',
    signatoryName: 'Серикова Айгерим Болатовна',
  };
}

/** A register entry of a BIN no account has, for the officers' editor's cells. */
async function spareRegisterEntry(db: Database, iinBin: string): Promise<string> {
  await putOnRegisterOf(db, 'customs_carrier', iinBin);
  const { rows } = await db.query<{ id: string }>('select id from operator_register_entries where iin_bin = $1', [
    iinBin,
  ]);
  return rows[0]!.id;
}
