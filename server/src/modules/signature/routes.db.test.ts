import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/database.ts';
import { buildTestApp } from '../../testing/app.ts';
import { openTestDatabase } from '../../testing/database.ts';
import { testSignatureSetup } from '../../testing/signatures.ts';
import type { SignatureSetup } from './index.ts';

/** POST /api/v1/signatures/verify and the development test signer over real HTTP handling (issue 3, points 9 and 11). */
let db: Database;
let setup: SignatureSetup;
beforeAll(async () => {
  db = await openTestDatabase();
  setup = await testSignatureSetup();
}, 120_000);
afterAll(() => db.close());

const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('the development test signer and the public verify endpoint', () => {
  it('lists the test keys, signs with one, and the signature verifies (ACC-9)', async () => {
    const app = await buildTestApp(db, { signatures: setup });
    const keys = (await app.inject({ method: 'GET', url: '/api/v1/dev/test-signer/keys' })).json().keys as Array<{
      id: string;
      keyPurpose: string;
      status: string;
      algorithm: string;
    }>;
    expect(keys).toHaveLength(30);
    const key = keys.find((k) => k.algorithm === 'GOST2015-512' && k.keyPurpose === 'sign' && k.status === 'good')!;

    const signed = await app.inject({
      method: 'POST',
      url: '/api/v1/dev/test-signer/sign',
      payload: { keyId: key.id, format: 'cms', data: base64('декларация') },
    });
    expect(signed.statusCode).toBe(200);
    const verified = await app.inject({
      method: 'POST',
      url: '/api/v1/signatures/verify',
      payload: { cms: signed.json().cms, purpose: 'sign' },
    });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({
      valid: true,
      signer: { algorithm: 'GOST2015-512', keyPurpose: 'sign' },
      revocation: { status: 'good', source: 'crl' },
    });

    const detached = await app.inject({
      method: 'POST',
      url: '/api/v1/dev/test-signer/sign',
      payload: { keyId: key.id, format: 'cms', data: base64('x'), detached: true },
    });
    const withData = await app.inject({
      method: 'POST',
      url: '/api/v1/signatures/verify',
      payload: { cms: detached.json().cms, data: base64('x') },
    });
    expect(withData.json().valid).toBe(true);

    const xml = await app.inject({
      method: 'POST',
      url: '/api/v1/dev/test-signer/sign',
      payload: { keyId: key.id, format: 'xml', xml: '<doc>1</doc>' },
    });
    const xmlVerified = await app.inject({
      method: 'POST',
      url: '/api/v1/signatures/verify',
      payload: { xml: xml.json().xml },
    });
    expect(xmlVerified.json().valid).toBe(true);
    await app.close();
  });

  it('reports a refused signature with its code and the message in the asked language', async () => {
    const app = await buildTestApp(db, { signatures: setup });
    const revoked = setup.testPki!.holders.find((h) => h.status === 'revoked' && h.algorithm === 'RSA')!;
    const signed = await app.inject({
      method: 'POST',
      url: '/api/v1/dev/test-signer/sign',
      payload: { keyId: `RSA:${revoked.id}`, format: 'cms', data: base64('x') },
    });
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/signatures/verify',
      headers: { 'accept-language': 'kk' },
      payload: { cms: signed.json().cms },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      valid: false,
      code: 'SIG_CERT_REVOKED',
      message: 'Қол қоюшының сертификаты кері қайтарылған.',
    });

    const garbage = await app.inject({
      method: 'POST',
      url: '/api/v1/signatures/verify',
      headers: { 'accept-language': 'en' },
      payload: { cms: base64('garbage') },
    });
    expect(garbage.json()).toMatchObject({
      valid: false,
      code: 'SIG_MALFORMED',
      message: 'The signature could not be read: it is malformed or incomplete.',
    });
    await app.close();
  });

  it('refuses requests that are not one signature with VALIDATION_FAILED', async () => {
    const app = await buildTestApp(db, { signatures: setup });
    for (const payload of [
      {},
      { cms: 'AAAA', xml: '<a/>' },
      { cms: 'not base64!' },
      { xml: '<a/>', data: 'AAAA' },
      { cms: 'AAAA', purpose: 'both' },
    ]) {
      const response = await app.inject({ method: 'POST', url: '/api/v1/signatures/verify', payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
    }
    await app.close();
  });

  it('is rate-limited per client with 429 RATE_LIMITED and Retry-After', async () => {
    const app = await buildTestApp(db, { signatures: setup, verifyRatePerMinute: 3 });
    // an address of its own: the allowance is counted in the database, where this file's other tests counted theirs
    const ask = () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/signatures/verify',
        payload: { xml: '<a/>' },
        remoteAddress: '198.51.100.9',
      });
    for (let i = 0; i < 3; i++) expect((await ask()).statusCode).toBe(200);
    const refused = await ask();
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await app.close();
  });

  it('has no test signer when there is no test PKI (production)', async () => {
    const app = await buildTestApp(db, { signatures: { verifier: setup.verifier, testPki: null } });
    expect((await app.inject({ method: 'GET', url: '/api/v1/dev/test-signer/keys' })).statusCode).toBe(404);
    await app.close();
  });
});
