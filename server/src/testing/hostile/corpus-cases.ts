import fs from 'node:fs';
import path from 'node:path';
import { currentConsent } from '@shekara/contracts/accounts';
import { readPkcs12 } from '@shekara/nca';
import { corpusDir, corpusMissing, readCorpusDer } from '../corpus.ts';
import type { HostileCase, HostileRequest } from './hostile-case.ts';
import { cmsBy, type SigningKey } from './hostile-pki.ts';
import type { SignatureTargets } from './signature-cases.ts';

/** Real NCA RK test material: keys whose certificates chain to NCA's test CAs, which this server does not trust. */
const material = {
  authRevoked: { file: 'nca-test-pki/keys/key_individual_auth_revoked_2004.p12', password: 'Qwerty12' },
  signRsa: { file: 'nca-test-pki/keys/key_individual_valid_sign_2004.p12', password: 'Qwerty12' },
  signGost2015: { file: 'nca-test-pki/keys/key_individual_valid_2015.p12', password: 'Aa123456' },
  xades: { file: 'nca-test-pki/xades/xades-test-signed-b.xml' },
};

/** Why the corpus cases cannot run (a file is missing), or null. */
export function corpusCasesMissing(): string | null {
  for (const { file } of Object.values(material)) {
    const missing = corpusMissing(file);
    if (missing) return missing;
  }
  return null;
}

function corpusKey({ file, password }: { file: string; password: string }): SigningKey {
  const { privateKey, certificate } = readPkcs12(readCorpusDer(file), password);
  return { key: privateKey, certificate, algorithm: privateKey.algorithm };
}

/**
 * The same attacks with NCA's own test keys: real certificates, of a CA this server does not
 * trust (and expired, some revoked), over a fresh nonce, a registration form and a declaration's
 * signing payload; and NCALayer's real XAdES, which the verify endpoint judges invalid here.
 */
export function corpusSignatureCases(t: SignatureTargets): HostileCase[] {
  const authRevoked = corpusKey(material.authRevoked);
  const signRsa = corpusKey(material.signRsa);
  const signGost = corpusKey(material.signGost2015);
  const xades = fs.readFileSync(path.join(corpusDir, material.xades.file), 'utf8');
  const nonce = async () => Buffer.from(await t.challenge(), 'base64');
  const post = (url: string, payload: object, headers: Record<string, string> = {}): HostileRequest => ({
    method: 'POST',
    url,
    headers,
    payload,
  });
  const one = (
    route: string,
    as: HostileCase['as'],
    what: string,
    request: () => Promise<HostileRequest>,
    expect: HostileCase['expect'] = 'refused',
  ): HostileCase => ({ name: `${route} as ${as}: NCA test material: ${what}`, route, as, request, expect });
  const form = async (by: SigningKey) => {
    const fields = { userType: 'customs_carrier', iinBin: t.organisationBin, email: 'nca@example.kz' };
    return post('/api/v1/registrations', {
      ...fields,
      password: 'correct horse battery staple',
      authMethod: 'signature',
      consent: { version: currentConsent.version, language: 'ru' },
      signature: cmsBy(by, JSON.stringify({ nonce: await t.challenge(), ...fields })),
    });
  };
  const submit = (by: SigningKey) =>
    post(
      `/api/v1/declarations/${t.draftId}/submit`,
      { customsOffice: '75101', signature: cmsBy(by, t.signingPayload, true) },
      { 'idempotency-key': `nca-${by.algorithm}` },
    );
  return [
    one('POST /api/v1/auth/login/signature', 'anonymous', 'a revoked RSA auth key', async () =>
      post('/api/v1/auth/login/signature', { signature: cmsBy(authRevoked, await nonce()) }),
    ),
    one('POST /api/v1/auth/login/signature', 'anonymous', 'an RSA signing key', async () =>
      post('/api/v1/auth/login/signature', { signature: cmsBy(signRsa, await nonce()) }),
    ),
    one('POST /api/v1/me/certificates', 'user', 'a revoked RSA auth key', async () =>
      post('/api/v1/me/certificates', { signature: cmsBy(authRevoked, await nonce()) }),
    ),
    one('POST /api/v1/registrations', 'anonymous', 'a revoked RSA auth key', () => form(authRevoked)),
    one('POST /api/v1/declarations/:id/submit', 'user', 'an RSA signing key', async () => submit(signRsa)),
    one('POST /api/v1/declarations/:id/submit', 'user', 'a GOST 2015 signing key', async () => submit(signGost)),
    one(
      'POST /api/v1/signatures/verify',
      'anonymous',
      'NCALayer XAdES under a CA not trusted here',
      async () => post('/api/v1/signatures/verify', { xml: xades }),
      'judged invalid',
    ),
  ];
}
