import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { octetString } from '../asn1/der-writer.ts';
import { generateKeyPair, issueCertificate, signatureAlgorithmOid, signRaw } from '../pki/index.ts';
import { type OcspResponder, startOcspResponder, type TestCertStatus } from '../testing/ocsp-responder.ts';
import {
  issueTestCa,
  issueTestCertificate,
  issueTestCrl,
  rsaKey,
  sha256WithRsa,
  signWith,
  type TestKey,
} from '../trust/test-support/rsa-pki.ts';
import { type Certificate, parseCertificate } from '../x509/certificate.ts';
import { parseCrl } from '../x509/crl.ts';
import { checkRevocation, type RevocationOptions } from './check-revocation.ts';
import { CrlStore } from './crl-store.ts';
import { queryOcsp } from './ocsp.ts';

const day = 24 * 60 * 60 * 1000;
const now = Date.now();
const at = new Date(now);
const from = new Date(now - 30 * day);
const to = new Date(now + 365 * day);
const ocspSigning = '1.3.6.1.5.5.7.3.9';

const caKey = rsaKey();
const caName = 'OCSP Test CA TEST';
const ca = parseCertificate(issueTestCa(caName, caKey, from, to));
const responderKey = rsaKey();
const responderCertificate = (extendedKeyUsage: string[] = [ocspSigning]) =>
  issueTestCertificate({
    serial: 2n,
    subject: 'OCSP RESPONDER',
    issuer: caName,
    subjectKey: responderKey,
    issuerKey: caKey,
    notBefore: from,
    notAfter: to,
    keyUsage: 0x80,
    extendedKeyUsage,
  });
const leafKey = rsaKey();
const leaf = (serial: bigint, ocspUrl?: string): Certificate =>
  parseCertificate(
    issueTestCertificate({
      serial,
      subject: `Signer ${serial}`,
      issuer: caName,
      subjectKey: leafKey,
      issuerKey: caKey,
      notBefore: from,
      notAfter: to,
      keyUsage: 0xc0,
      ...(ocspUrl ? { ocspUrl } : {}),
    }),
  );

const good = leaf(0x10n);
const revokedBefore = leaf(0x11n);
const revokedAfter = leaf(0x12n);
const unknown = leaf(0x13n);
const statuses = new Map<string, TestCertStatus>([
  [good.serialNumber, { status: 'good' }],
  [revokedBefore.serialNumber, { status: 'revoked', revokedAt: new Date(now - 2 * day), reason: 'keyCompromise' }],
  [revokedAfter.serialNumber, { status: 'revoked', revokedAt: new Date(now + 2 * day), reason: 'superseded' }],
]);
const statusOf = (serial: string): TestCertStatus => statuses.get(serial) ?? { status: 'unknown' };

const started: OcspResponder[] = [];
async function responder(overrides: Partial<Parameters<typeof startOcspResponder>[0]> = {}): Promise<OcspResponder> {
  const server = await startOcspResponder({
    issuer: ca,
    responderCertificate: responderCertificate(),
    signatureAlgorithm: sha256WithRsa,
    sign: signWith(responderKey),
    statusOf,
    ...overrides,
  });
  started.push(server);
  return server;
}
afterAll(async () => {
  await Promise.all(started.map((server) => server.close().catch(() => undefined)));
});

const noCrls = new CrlStore();
const options = (url: string, extra: Partial<RevocationOptions> = {}): RevocationOptions => ({
  policy: 'ocsp',
  at,
  crls: noCrls,
  ocspUrl: url,
  fetch: globalThis.fetch,
  ...extra,
});

describe('OCSP against a live responder on 127.0.0.1 (ACC-9)', () => {
  let main: OcspResponder;
  beforeAll(async () => {
    main = await responder();
  });

  it('good', async () => {
    expect(await checkRevocation(good, ca, options(main.url))).toMatchObject({ status: 'good', source: 'ocsp' });
  });

  it('asks the responder named in the certificate’s AIA when none is configured', async () => {
    const before = main.requests;
    const withAia = leaf(0x10n, main.url);
    expect(
      await checkRevocation(withAia, ca, { policy: 'ocsp', at, crls: noCrls, fetch: globalThis.fetch }),
    ).toMatchObject({ status: 'good', source: 'ocsp' });
    expect(main.requests).toBe(before + 1);
  });

  it('revoked before the moment judged: revoked, with time and reason', async () => {
    const result = await checkRevocation(revokedBefore, ca, options(main.url));
    expect(result).toMatchObject({ status: 'revoked', source: 'ocsp', reason: 'keyCompromise' });
    if (result.status === 'revoked')
      expect(new Date(result.revokedAt!).getTime()).toBe(Math.floor((now - 2 * day) / 1000) * 1000);
  });

  it('revoked only after the moment judged: good then, with the revocation on the record', async () => {
    const result = await checkRevocation(revokedAfter, ca, options(main.url));
    expect(result).toMatchObject({ status: 'good', source: 'ocsp', reason: 'superseded' });
    expect(result.status !== 'unavailable' && result.revokedAt).toBeTruthy();
  });

  it('unknown', async () => {
    expect(await checkRevocation(unknown, ca, options(main.url))).toMatchObject({ status: 'unknown', source: 'ocsp' });
  });

  it('answers SHA-1 CertIDs too', async () => {
    expect(await queryOcsp(good, ca, { fetch: globalThis.fetch, url: main.url, hash: 'sha1' })).toMatchObject({
      status: 'good',
    });
  });

  it('accepts answers signed by the CA itself', async () => {
    const byCa = await responder({ responderCertificate: ca.raw, sign: signWith(caKey) });
    expect(await checkRevocation(revokedBefore, ca, options(byCa.url))).toMatchObject({ status: 'revoked' });
  });
});

describe('OCSP answers that must not be believed (ACC-9)', () => {
  it('a nonce other than the one sent, or none', async () => {
    const other = await responder({ nonce: () => octetString(new Uint8Array(randomBytes(16))) });
    expect(await checkRevocation(good, ca, options(other.url))).toMatchObject({
      status: 'unavailable',
      detail: expect.stringContaining('nonce'),
    });
    const none = await responder({ nonce: () => null });
    expect(await checkRevocation(good, ca, options(none.url))).toMatchObject({
      status: 'unavailable',
      detail: expect.stringContaining('no nonce'),
    });
  });

  it('a signature that is not the responder’s', async () => {
    const forged = await responder({ sign: signWith(rsaKey()) });
    expect(await checkRevocation(revokedBefore, ca, options(forged.url))).toMatchObject({
      status: 'unavailable',
      detail: expect.stringContaining('not trusted'),
    });
  });

  it('a responder certificate without id-kp-OCSPSigning', async () => {
    const unentitled = await responder({ responderCertificate: responderCertificate(['1.3.6.1.5.5.7.3.2']) });
    expect(await checkRevocation(good, ca, options(unentitled.url))).toMatchObject({
      status: 'unavailable',
      detail: expect.stringContaining('OCSPSigning'),
    });
  });

  it('a responder certificate issued by another CA', async () => {
    const otherCaKey: TestKey = rsaKey();
    const stranger = issueTestCertificate({
      serial: 3n,
      subject: 'OCSP RESPONDER',
      issuer: 'Other CA TEST',
      subjectKey: responderKey,
      issuerKey: otherCaKey,
      notBefore: from,
      notAfter: to,
      extendedKeyUsage: [ocspSigning],
    });
    const server = await responder({ responderCertificate: stranger });
    expect(await checkRevocation(good, ca, options(server.url))).toMatchObject({ status: 'unavailable' });
  });
});

describe('OCSP when the responder cannot be had, and the policies (ACC-9, REG-4)', () => {
  let down: string;
  let crls: CrlStore;
  beforeAll(async () => {
    const server = await responder();
    down = server.url;
    await server.close();
    crls = new CrlStore([
      parseCrl(
        issueTestCrl({
          issuer: caName,
          issuerKey: caKey,
          thisUpdate: new Date(now - day),
          nextUpdate: new Date(now + day),
          entries: [{ serial: 0x11n, revokedAt: new Date(now - 2 * day), reason: 1 }],
        }),
      ),
    ]);
  });

  it('a responder that is down: unavailable', async () => {
    expect(await checkRevocation(good, ca, options(down))).toMatchObject({
      status: 'unavailable',
      detail: expect.stringContaining('OCSP'),
    });
  });

  it('a responder that never answers: unavailable after the timeout', async () => {
    const silent = http.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
      const startedAt = performance.now();
      expect(await checkRevocation(good, ca, options(url, { timeoutMs: 300 }))).toMatchObject({
        status: 'unavailable',
        detail: expect.stringContaining('300 ms'),
      });
      expect(performance.now() - startedAt).toBeLessThan(3000);
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('ocsp-then-crl falls back to the CRL when the responder is down', async () => {
    expect(await checkRevocation(revokedBefore, ca, options(down, { policy: 'ocsp-then-crl', crls }))).toMatchObject({
      status: 'revoked',
      source: 'crl',
      reason: 'keyCompromise',
    });
    expect(await checkRevocation(good, ca, options(down, { policy: 'ocsp-then-crl', crls }))).toMatchObject({
      status: 'good',
      source: 'crl',
    });
  });

  it('ocsp-then-crl asks the CRL when OCSP does not know the certificate, and keeps "unknown" when no CRL speaks', async () => {
    const live = await responder();
    expect(await checkRevocation(unknown, ca, options(live.url, { policy: 'ocsp-then-crl', crls }))).toMatchObject({
      status: 'good',
      source: 'crl',
    });
    expect(await checkRevocation(unknown, ca, options(live.url, { policy: 'ocsp-then-crl' }))).toMatchObject({
      status: 'unknown',
      source: 'ocsp',
    });
  });

  it('ocsp-then-crl with neither: unavailable, saying why for both', async () => {
    const result = await checkRevocation(good, ca, options(down, { policy: 'ocsp-then-crl' }));
    expect(result).toMatchObject({ status: 'unavailable', detail: expect.stringMatching(/OCSP.*CRL/s) });
  });

  it('"none" checks nothing; OCSP without network access is unavailable', async () => {
    expect(await checkRevocation(good, ca, { policy: 'none', at, crls })).toMatchObject({
      status: 'not_checked',
      source: null,
    });
    expect(await checkRevocation(good, ca, { policy: 'ocsp', at, crls })).toMatchObject({ status: 'unavailable' });
    expect(await checkRevocation(revokedBefore, ca, { policy: 'crl', at, crls })).toMatchObject({
      status: 'revoked',
      source: 'crl',
    });
  });
});

describe('OCSP for a GOST 34.10-2015-512 CA (ACC-9)', () => {
  it('signs and verifies answers with the CA’s own GOST key', async () => {
    const key = await generateKeyPair('GOST2015-512');
    const caDer = issueCertificate({
      subject: { commonName: 'GOST OCSP CA TEST' },
      issuerKey: key,
      notBefore: from,
      notAfter: to,
      ca: {},
    });
    const gostCa = parseCertificate(caDer);
    const holder = await generateKeyPair('GOST2015-512');
    const subject = parseCertificate(
      issueCertificate({
        subject: { commonName: 'Holder' },
        subjectKey: holder,
        issuerKey: key,
        issuerCertificate: caDer,
        notBefore: from,
        notAfter: to,
        keyPurpose: 'sign',
      }),
    );
    const server = await responder({
      issuer: gostCa,
      responderCertificate: caDer,
      signatureAlgorithm: signatureAlgorithmOid('GOST2015-512'),
      sign: (tbs) => signRaw(key, tbs),
      statusOf: () => ({ status: 'revoked', revokedAt: new Date(now - day), reason: 'certificateHold' }),
    });
    expect(await checkRevocation(subject, gostCa, options(server.url))).toMatchObject({
      status: 'revoked',
      source: 'ocsp',
      reason: 'certificateHold',
    });
  });
});
