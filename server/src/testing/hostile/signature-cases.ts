import { randomBytes, randomUUID } from 'node:crypto';
import { currentConsent } from '@shekara/contracts/accounts';
import type { TestHolder } from '@shekara/nca/test-pki';
import type { HostileCase, HostileRequest, Identity } from './hostile-case.ts';
import { cmsBy, type HostileKeys, type SigningKey, tampered } from './hostile-pki.ts';

/** What the signature attacks need from the suite: keys, the account attacked, its draft and a spent log-in. */
export interface SignatureTargets {
  keys: HostileKeys;
  /** a holder of the shared test PKI, by id (`head-auth`, `individual-sign`…) */
  holder(id: string): TestHolder;
  /** a fresh log-in nonce, base64 */
  challenge(): Promise<string>;
  /** the attacked account: the test organisation's head, registered and logged in */
  accountId: string;
  organisationBin: string;
  /** a draft of that account and the bytes its signing payload route gave */
  draftId: string;
  signingPayload: Uint8Array;
  /** a CMS that logged the head in before the suite began: its nonce is spent */
  spentLogin: { signature: string; nonce: string };
}

const login = '/api/v1/auth/login/signature';
const registrations = '/api/v1/registrations';
const bindCertificate = '/api/v1/me/certificates';
const verify = '/api/v1/signatures/verify';

/**
 * Signatures that must not be accepted, on every route that takes one: a forged certificate (a CA
 * of the right name nobody trusts), content changed after signing, an expired or revoked
 * certificate, the wrong key (an authentication key where a signing key is required and back),
 * another person's certificate, and a nonce already spent or never issued.
 */
export function signatureCases(t: SignatureTargets): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (
    route: string,
    as: Identity,
    what: string,
    request: () => Promise<HostileRequest>,
    expect: HostileCase['expect'] = 'refused',
  ) => cases.push({ name: `${route} as ${as}: signature ${what}`, route, as, request, expect });
  const head = { auth: t.holder('head-auth'), sign: t.holder('head-sign') };
  const nonceBytes = async () => Buffer.from(await t.challenge(), 'base64');
  const post = (url: string, payload: object, headers: Record<string, string> = {}): HostileRequest => ({
    method: 'POST',
    url,
    headers,
    payload,
  });

  // Log-in by signature over a challenge (ACC-6) and the binding of a reissued certificate (AST-8).
  const overNonce: Array<[string, () => Promise<string>]> = [
    ['by a forged certificate', async () => cmsBy(t.keys.forgedAuth, await nonceBytes())],
    ['by an expired certificate', async () => cmsBy(t.keys.expiredAuth, await nonceBytes())],
    ['by a revoked certificate', async () => cmsBy(t.keys.revokedAuth, await nonceBytes())],
    ['by a signing key (wrong purpose)', async () => cmsBy(head.sign, await nonceBytes())],
    ['by another person', async () => cmsBy(t.holder('individual-auth'), await nonceBytes())],
    [
      'over content changed after signing',
      async () => {
        const nonce = await nonceBytes();
        return tampered(cmsBy(head.auth, nonce), nonce);
      },
    ],
    ['over a spent nonce (replay)', async () => t.spentLogin.signature],
    ['over a nonce never issued', async () => cmsBy(head.auth, randomBytes(32))],
    ['detached, without the nonce', async () => cmsBy(head.auth, await nonceBytes(), true)],
    ['that is not a CMS', async () => Buffer.from('not a signature at all, only text').toString('base64')],
  ];
  for (const [what, signature] of overNonce) {
    add(`POST ${login}`, 'anonymous', what, async () =>
      post(login, { signature: await signature(), accountId: t.accountId }),
    );
    add(`POST ${bindCertificate}`, 'user', what, async () => post(bindCertificate, { signature: await signature() }));
  }

  // Registration signed with the auth key over {"nonce","userType","iinBin","email"} (REG-10).
  const form = { userType: 'customs_carrier', iinBin: t.organisationBin, email: 'carrier@example.kz' };
  const signedForm = async (by: SigningKey, nonce?: string, changed: object = {}) => {
    const signed = JSON.stringify({ nonce: nonce ?? (await t.challenge()), ...form });
    return post(registrations, {
      ...form,
      password: 'correct horse battery staple',
      authMethod: 'signature',
      consent: { version: currentConsent.version, language: 'ru' },
      signature: cmsBy(by, signed),
      ...changed,
    });
  };
  const registrationsBy: Array<[string, () => Promise<HostileRequest>]> = [
    ['by a forged certificate', () => signedForm(t.keys.forgedAuth)],
    ['by an expired certificate', () => signedForm(t.keys.expiredAuth)],
    ['by a revoked certificate', () => signedForm(t.keys.revokedAuth)],
    ['by a signing key (wrong purpose)', () => signedForm(head.sign)],
    ['by another person, for the organisation', () => signedForm(t.holder('individual-auth'))],
    ['over a spent nonce (replay)', () => signedForm(head.auth, t.spentLogin.nonce)],
    ['over a nonce never issued', () => signedForm(head.auth, randomBytes(32).toString('base64'))],
    ['over another e-mail than the form', () => signedForm(head.auth, undefined, { email: 'attacker@example.kz' })],
    [
      'over content changed after signing',
      async () => {
        const request = await signedForm(head.auth);
        const body = request.payload as { signature: string };
        const signedText = Buffer.from(body.signature, 'base64').toString('latin1');
        const at = signedText.indexOf('customs_carrier');
        const cms = Buffer.from(body.signature, 'base64');
        cms[at] = 'C'.charCodeAt(0);
        return { ...request, payload: { ...body, signature: cms.toString('base64') } };
      },
    ],
  ];
  for (const [what, request] of registrationsBy) add(`POST ${registrations}`, 'anonymous', what, request);

  // The signed submission of a declaration (WD-11): a CMS over the signing payload by the signing key.
  const submit = `/api/v1/declarations/${t.draftId}/submit`;
  const submitted = (signature: string, idempotencyKey: string = randomUUID()) =>
    post(submit, { customsOffice: '75101', signature }, { 'idempotency-key': idempotencyKey });
  const payload = t.signingPayload;
  const submissions: Array<[string, () => HostileRequest]> = [
    ['by an authentication key (wrong purpose)', () => submitted(cmsBy(head.auth, payload, true))],
    ['by an expired certificate', () => submitted(cmsBy(t.keys.expiredSign, payload, true))],
    ['by a revoked certificate', () => submitted(cmsBy(t.keys.revokedSign, payload, true))],
    ['by a forged certificate', () => submitted(cmsBy(t.keys.forgedSign, payload, true))],
    ['by another person', () => submitted(cmsBy(t.holder('individual-sign'), payload, true))],
    ['over content changed after signing', () => submitted(tampered(cmsBy(head.sign, payload), payload))],
    ['over other bytes than the payload', () => submitted(cmsBy(head.sign, Buffer.from('something else'), true))],
    ['that is not a CMS', () => submitted(Buffer.from('not a signature at all, only text').toString('base64'))],
    ['with an idempotency key of 201 characters', () => submitted(cmsBy(head.sign, payload, true), 'k'.repeat(201))],
    ['with an idempotency key that is not ASCII', () => submitted(cmsBy(head.sign, payload, true), 'cl\u00e9')],
  ];
  for (const [what, request] of submissions)
    add(`POST /api/v1/declarations/:id/submit`, 'user', what, async () => request());

  // The public verify endpoint judges rather than refuses: 200, valid false, and the SIG_* code.
  const judged: Array<[string, () => object]> = [
    ['by a forged certificate', () => ({ cms: cmsBy(t.keys.forgedSign, 'document') })],
    ['by an expired certificate', () => ({ cms: cmsBy(t.keys.expiredSign, 'document') })],
    ['by a revoked certificate', () => ({ cms: cmsBy(t.keys.revokedSign, 'document') })],
    ['by a signing key where auth is asked', () => ({ cms: cmsBy(head.sign, 'document'), purpose: 'auth' })],
    ['over content changed after signing', () => ({ cms: tampered(cmsBy(head.sign, 'document'), 'document') })],
    ['detached, with other data', () => ({ cms: cmsBy(head.sign, 'document', true), data: btoa('other') })],
  ];
  for (const [what, body] of judged)
    add(`POST ${verify}`, 'anonymous', what, async () => post(verify, body()), 'judged invalid');
  return cases;
}
