import { randomUUID } from 'node:crypto';
import type { GoodsDeclaration } from '@shekara/contracts/declarations/documents';
import { type DeclarationKind, schemaVersions } from '@shekara/contracts/declarations/documents';
import { createCms, type KeyAlgorithm, signRaw } from '@shekara/nca';
import type { TestHolder } from '@shekara/nca/test-pki';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { insertDeclaration } from '../modules/declarations/declaration-repository.ts';
import { demoDocument } from '../modules/declarations/demo/demo-document.ts';
import { almatyDate } from '../modules/reference/index.ts';
import type { SignatureSetup } from '../modules/signature/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { Database } from '../platform/db/database.ts';
import { holder, registerAndConfirm, TestBrowser } from './accounts.ts';

/**
 * Declarations in tests, through the real routes and real signatures: a declarant logged in by
 * a test PKI key, a goods draft, the signing payload signed with the holder's signing key, the
 * submission and its receipt.
 *
 *   const declarant = await logInDeclarant(t, 'head');           // the test organisation's head
 *   const id = await createGoodsDraft(t, declarant);
 *   const { registrationNumber, receipt } = await submitSigned(declarant, id, { customsOffice: '75101' });
 */
export interface DeclarationTestEnvironment {
  app: FastifyInstance;
  db: Database;
  clock: Clock;
  setup: SignatureSetup;
}

export interface TestDeclarant {
  browser: TestBrowser;
  accountId: string;
  /** IIN/BIN of the account: the organisation its drafts belong to */
  iinBin: string;
  /** the holder's authentication key (log-in) and signing key (documents) */
  authKey: TestHolder;
  signKey: TestHolder;
}

/** Office of the demo reference data that accepts goods declarations (Almaty customs clearance centre). */
export const testCustomsOffice = '75101';

/**
 * Registers (once per database) and logs in the test PKI person `person` ('head', 'signer',
 * 'employee' of the test organisation, whose BIN the account takes; 'individual' an IIN).
 */
export async function logInDeclarant(
  t: DeclarationTestEnvironment,
  person: 'head' | 'signer' | 'employee' | 'individual' = 'head',
  algorithm: KeyAlgorithm = 'GOST2015-512',
): Promise<TestDeclarant> {
  // An account has one workplace: the same person in the same application keeps one session.
  let known = declarants.get(t.app);
  if (!known) declarants.set(t.app, (known = new Map()));
  const cached = known.get(`${person}/${algorithm}`);
  if (cached) return cached;
  const authKey = holder(t.setup, `${person}-auth`, algorithm);
  const signKey = holder(t.setup, `${person}-sign`, algorithm);
  const iinBin = authKey.roles.includes('legal_entity') ? authKey.bin! : authKey.iin;
  const { rows } = await t.db.query<{ id: string }>(
    `select id from accounts where iin_bin = $1 and kind = 'user' and status = 'active'`,
    [iinBin],
  );
  const accountId = rows[0]?.id ?? (await registerAndConfirm(t.app, t.db, t.clock, authKey));
  const browser = new TestBrowser(t.app);
  const login = await browser.logInAs(authKey, accountId);
  if (login.statusCode !== 200) throw new Error(`log-in failed: ${login.body}`);
  const declarant = { browser, accountId, iinBin, authKey, signKey };
  known.set(`${person}/${algorithm}`, declarant);
  return declarant;
}

const declarants = new WeakMap<FastifyInstance, Map<string, TestDeclarant>>();

/** Both sides of a customs representation, logged in. */
export interface RepresentationParties {
  /** the test organisation (its head's keys), registered as a customs representative */
  broker: TestBrowser;
  brokerBin: string;
  /** the individual of the test PKI: the declarant the broker files for */
  individual: TestDeclarant;
}

export async function logInRepresentationParties(t: DeclarationTestEnvironment): Promise<RepresentationParties> {
  const head = holder(t.setup, 'head-auth');
  const accountId = await registerAndConfirm(t.app, t.db, t.clock, head, { userType: 'customs_representative' });
  const broker = new TestBrowser(t.app);
  const login = await broker.logInAs(head, accountId);
  if (login.statusCode !== 200) throw new Error(`log-in failed: ${login.body}`);
  return { broker, brokerBin: head.bin!, individual: await logInDeclarant(t, 'individual') };
}

/**
 * A goods declaration of `items` items for `declarantIinBin` to be filed at `office`, dated
 * `date` (default: today in Almaty): the demo generator's, which passes control against the demo
 * reference data.
 */
export function goodsDocument(
  declarantIinBin: string,
  options: { items?: number; date?: string; office?: string; owesNothing?: boolean } = {},
): GoodsDeclaration {
  const date = options.date ?? almatyDate(new Date());
  const document = demoDocument('goods', {
    items: options.items ?? 3,
    declarant: declarantIinBin,
    office: options.office ?? testCustomsOffice,
    date,
  });
  return options.owesNothing ? owingNothing(document) : document;
}

/**
 * The document with no payments calculated (box 47) nor paid (box B): the only kind the system
 * releases by itself until the payments module shows money reserved or paid (issue 14 point 3).
 */
function owingNothing(document: GoodsDeclaration): GoodsDeclaration {
  const { paymentDocuments: _paid, ...rest } = document;
  return { ...rest, items: document.items.map(({ payments: _due, ...item }) => item) };
}

/**
 * A draft of the declarant's organisation, stored as the drafts routes store one; returns its id.
 * `document` defaults to a goods declaration that passes control.
 */
export async function createGoodsDraft(
  t: DeclarationTestEnvironment,
  declarant: TestDeclarant,
  options: { document?: unknown; kind?: DeclarationKind } = {},
): Promise<string> {
  const id = randomUUID();
  const kind = options.kind ?? 'goods';
  await insertDeclaration(
    t.db,
    {
      id,
      kind,
      schemaVersion: schemaVersions[kind],
      ownerIinBin: declarant.iinBin,
      authorAccountId: declarant.accountId,
      declarantIinBin: declarant.iinBin,
      document: options.document ?? goodsDocument(declarant.iinBin),
      status: 'draft',
    },
    t.clock.now(),
  );
  return id;
}

/** The signing payload's bytes, fetched as a client does. */
export async function fetchSigningPayload(browser: TestBrowser, declarationId: string): Promise<Uint8Array> {
  const response = await browser.get(`/api/v1/declarations/${declarationId}/signing-payload`);
  if (response.statusCode !== 200) throw new Error(`signing payload: ${response.body}`);
  return Buffer.from((response.json() as { data: string }).data, 'base64');
}

/** A base64 CMS by `who` over `payload`, detached (as NCALayer's createCMSSignatureFromBase64(…, false)) or attached. */
export function signPayload(
  who: TestHolder,
  payload: Uint8Array,
  options: { detached?: boolean; signingTime?: Date } = {},
): string {
  const cms = createCms({
    content: payload,
    detached: options.detached ?? true,
    certificate: who.certificate,
    algorithm: who.algorithm,
    sign: (bytes) => signRaw(who.key, bytes),
    signingTime: options.signingTime ?? new Date(),
  });
  return Buffer.from(cms).toString('base64');
}

export interface SubmitOptions {
  customsOffice?: string;
  idempotencyKey?: string;
  /** the key that signs (default: the declarant's signing key) */
  signWith?: TestHolder;
  /** a ready signature, instead of signing the fetched payload */
  signature?: string;
  detached?: boolean;
}

/** POSTs the submission; the raw response, for tests of refusals. */
export async function postSubmission(
  declarant: TestDeclarant,
  declarationId: string,
  options: SubmitOptions = {},
): Promise<LightMyRequestResponse> {
  const signature =
    options.signature ??
    signPayload(options.signWith ?? declarant.signKey, await fetchSigningPayload(declarant.browser, declarationId), {
      detached: options.detached,
    });
  return declarant.browser.request({
    method: 'POST',
    url: `/api/v1/declarations/${declarationId}/submit`,
    headers: { 'idempotency-key': options.idempotencyKey ?? randomUUID() },
    payload: { customsOffice: options.customsOffice ?? testCustomsOffice, signature },
  });
}

export interface SubmittedDeclaration {
  registrationNumber: string;
  receipt: {
    cms: string;
    registrationNumber: string;
    documentSha256: string;
    customsOffice: string;
    registeredAt: string;
    declarationId: string;
  };
}

/** Signs and submits; throws unless the submission was accepted. */
export async function submitSigned(
  declarant: TestDeclarant,
  declarationId: string,
  options: SubmitOptions = {},
): Promise<SubmittedDeclaration> {
  const response = await postSubmission(declarant, declarationId, options);
  if (response.statusCode !== 200) throw new Error(`submission refused (${response.statusCode}): ${response.body}`);
  return response.json() as SubmittedDeclaration;
}
