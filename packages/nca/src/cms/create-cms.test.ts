import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, sign as nodeSign } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { children, objectIdentifier, readDer } from '../asn1/der.ts';
import { corpusDir, corpusMissing, readCorpusDer } from '../testing/corpus.ts';
import { type CmsAlgorithm, createCms, createCmsAsync } from './create-cms.ts';
import { oid } from './oids.ts';
import { parseSignedData } from './signed-data.ts';
import { cmsBy, testSigningTime } from './testing/signed-by.ts';
import { makeTestSigner } from './testing/test-signers.ts';
import { checkCms } from './verify-cms.ts';

const content = new TextEncoder().encode('ESADout_CU 5.23.0 — декларация на товары');
const signingTime = testSigningTime;
const rsa = makeTestSigner('RSA', { commonName: 'RSA signer' });
const ca = makeTestSigner('RSA', { commonName: 'issuing CA', serial: 3n });

describe('createCms — CMS as Kalkan/NCALayer makes it (REG-4, ACC-6, ACC-9)', () => {
  const families: [CmsAlgorithm, string, string][] = [
    ['RSA', oid.sha256, oid.sha256WithRsa],
    ['GOST2004', oid.gost34311, oid.gost2004Signature],
    ['GOST2015-512', oid.streebog512, oid.gost2015Signature512],
  ];

  it.each(families)(
    '%s: SignedData v3, SignerInfo v1 by issuer and serial, the four Kalkan signed attributes',
    (family, digest, signature) => {
      const signer = family === 'RSA' ? rsa : makeTestSigner(family);
      const cms = createCms({
        content,
        detached: false,
        certificate: signer.certificate,
        chain: [ca.certificate],
        algorithm: family,
        sign: signer.sign,
        signingTime,
      });
      const parsed = parseSignedData(cms);
      expect(parsed.version).toBe(3);
      expect(parsed.digestAlgorithms).toEqual([digest]);
      expect(parsed.certificates).toHaveLength(2);
      const [info] = parsed.signers;
      expect(info!.version).toBe(1);
      expect(info!.sid).toMatchObject({ kind: 'issuerAndSerialNumber', serialNumber: '5E4BA0000001' });
      expect([info!.digestAlgorithm, info!.signatureAlgorithm]).toEqual([digest, signature]);
      const attributes = info!.signedAttributes!;
      expect(attributes.all.map((a) => a.type)).toEqual([
        oid.contentType,
        oid.signingTime,
        oid.signingCertificate,
        oid.messageDigest,
      ]);
      expect(attributes.signingCertificate).toEqual({
        version: 1,
        certs: [
          { hashAlgorithm: oid.sha1, certHash: new Uint8Array(createHash('sha1').update(signer.certificate).digest()) },
        ],
      });
      expect(attributes.signingTime).toEqual(signingTime);
      // AlgorithmIdentifiers carry an explicit NULL, as in NCA's own structures.
      const signerInfo = children(children(children(children(readDer(cms))[1]!)[0]!).at(-1)!)[0]!;
      for (const field of [children(signerInfo)[2]!, children(signerInfo)[4]!]) {
        expect(objectIdentifier(children(field)[0]!)).toMatch(/^\d/);
        expect(Array.from(children(field)[1]!.raw)).toEqual([0x05, 0x00]);
      }
      expect(checkCms(cms).ok).toBe(true);
    },
  );

  it('leaves the content out of a detached CMS', () => {
    const cms = cmsBy(rsa, 'RSA', content, true);
    expect(parseSignedData(cms).content).toBeNull();
    expect(Buffer.from(cms).indexOf(Buffer.from(content))).toBe(-1);
  });

  it('makes the same bytes when the signature answers later (receipts signed on the thread pool)', async () => {
    const input = {
      content,
      detached: false,
      certificate: rsa.certificate,
      chain: [ca.certificate],
      algorithm: 'RSA' as const,
      signingTime,
    };
    const later = await createCmsAsync({ ...input, sign: async (bytes) => rsa.sign(bytes) });
    // PKCS#1 v1.5 is deterministic: the same key over the same attributes signs the same bytes.
    expect(Buffer.from(later).equals(Buffer.from(createCms({ ...input, sign: rsa.sign })))).toBe(true);
    expect(checkCms(later).ok).toBe(true);
  });

  it('refuses a certificate of another family: a programming error', () => {
    expect(() => cmsBy(rsa, 'GOST2004', content)).toThrow(/GOST2004 signature needs/);
  });

  it('names the certificate whose bytes it is given, though a buffer it saw before now holds another', () => {
    // What is read of a signer's certificate is kept between CMS, found by the bytes, not by the
    // buffer: the same buffer given again with another certificate in it names that one.
    const other = makeTestSigner('RSA', { commonName: 'RSB signer', serial: 0x5e4ba0000002n });
    expect(other.certificate.length).toBe(rsa.certificate.length);
    const made = (certificate: Uint8Array, by: typeof rsa) =>
      createCms({ content, detached: false, certificate, algorithm: 'RSA', sign: by.sign, signingTime });
    const buffer = Uint8Array.from(rsa.certificate);
    const first = parseSignedData(made(buffer, rsa));
    expect(first.signers[0]!.sid).toMatchObject({ serialNumber: '5E4BA0000001' });
    buffer.set(other.certificate);
    const cms = made(buffer, other);
    const second = parseSignedData(cms);
    expect(second.certificates[0]!.raw).toEqual(other.certificate);
    expect(second.signers[0]!.sid).toMatchObject({ serialNumber: '5E4BA0000002' });
    expect(checkCms(cms).ok).toBe(true);
    // and the first certificate, in a buffer of its own, is named again as before
    expect(parseSignedData(made(Uint8Array.from(rsa.certificate), rsa)).signers[0]!.sid).toEqual(first.signers[0]!.sid);
  });
});

const openssl = spawnSync('openssl', ['version'], { encoding: 'utf8' });
const noOpenssl = openssl.status !== 0;
if (noOpenssl) console.warn('skipped: the openssl CLI is not available for the CMS interoperability checks');

describe.skipIf(noOpenssl)('OpenSSL interoperability (RSA)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-cms-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, data?: Uint8Array | string) => {
    const full = path.join(dir, name);
    if (data !== undefined) fs.writeFileSync(full, data);
    return full;
  };
  const run = (args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] });

  /** `openssl cms -verify` of our CMS, without a chain; `detachedContent` for a detached one. */
  const opensslVerify = (name: string, cms: Uint8Array, detachedContent?: [name: string, data: Uint8Array | string]) =>
    run([
      'cms',
      '-verify',
      '-noverify',
      '-inform',
      'DER',
      '-in',
      file(name, cms),
      ...(detachedContent ? ['-content', file(...detachedContent)] : []),
      '-binary',
    ]);

  it('openssl cms -verify accepts our attached and detached CMS', () => {
    const out = opensslVerify('attached.p7s', cmsBy(rsa, 'RSA', content));
    expect(Buffer.from(out).equals(Buffer.from(content))).toBe(true);
    const verified = opensslVerify('detached.p7s', cmsBy(rsa, 'RSA', content, true), ['data.bin', content]);
    expect(Buffer.from(verified).equals(Buffer.from(content))).toBe(true);
  });

  it('openssl cms -verify refuses ours when the content changed', () => {
    const detached = cmsBy(rsa, 'RSA', content, true);
    expect(() => opensslVerify('d2.p7s', detached, ['other.bin', 'other'])).toThrow();
  });

  const signWithOpenssl = (name: string, extra: string[], signer = rsa) =>
    new Uint8Array(
      run([
        'cms',
        '-sign',
        '-binary',
        '-in',
        file('data.bin', content),
        '-signer',
        file(`${name}.crt`, signer.certificatePem),
        '-inkey',
        file(`${name}.key`, signer.privateKeyPem!),
        '-outform',
        'DER',
        ...extra,
      ]),
    );

  it('checkCms accepts what openssl cms -sign makes: attached, detached, streamed BER, by key identifier, without signed attributes, RSA-PSS', () => {
    const attached = checkCms(signWithOpenssl('a', ['-nodetach']));
    expect(attached.ok && Buffer.from(attached.content).equals(Buffer.from(content))).toBe(true);
    expect(attached.ok && attached.signers[0]!.signatureAlgorithm).toBe(oid.sha256WithRsa);
    expect(checkCms(signWithOpenssl('d', []), { data: content }).ok).toBe(true);
    expect(checkCms(signWithOpenssl('d', [])).ok).toBe(false);
    // -stream writes indefinite lengths and a constructed OCTET STRING: BER, not DER.
    const streamed = signWithOpenssl('s', ['-nodetach', '-stream']);
    expect(streamed[1]).toBe(0x80);
    expect(checkCms(streamed).ok).toBe(true);
    const withKeyId = makeTestSigner('RSA', {
      commonName: 'by key id',
      subjectKeyIdentifier: Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8),
    });
    const byKeyId = signWithOpenssl('k', ['-nodetach', '-keyid'], withKeyId);
    expect(parseSignedData(byKeyId).signers[0]!.sid.kind).toBe('subjectKeyIdentifier');
    expect(checkCms(byKeyId).ok).toBe(true);
    const noAttributes = signWithOpenssl('n', ['-nodetach', '-noattr']);
    expect(parseSignedData(noAttributes).signers[0]!.signedAttributes).toBeNull();
    expect(checkCms(noAttributes).ok).toBe(true);
    const pss = signWithOpenssl('p', ['-nodetach', '-keyopt', 'rsa_padding_mode:pss']);
    expect(parseSignedData(pss).signers[0]!.signatureAlgorithm).toBe(oid.rsaPss);
    expect(checkCms(pss).ok).toBe(true);
  });
});

const ncaKey = 'nca-test-pki/keys/key_individual_valid_sign_2004.p12';
const ncaCa = 'nca-test-pki/ca/nca_rsa_test.crt';
const ncaMissing = noOpenssl ? 'the openssl CLI' : (corpusMissing(ncaKey) ?? corpusMissing(ncaCa));
if (ncaMissing) console.warn(`skipped: ${ncaMissing} (CMS with the real NCA RSA test key)`);

describe.skipIf(ncaMissing !== null)('a CMS made with the real NCA RSA test signing key (REG-4)', () => {
  // The container's certificate bag uses RC2, which OpenSSL 3 reads only with its legacy provider.
  const exported = (flags: string[]) =>
    execFileSync(
      'openssl',
      ['pkcs12', '-legacy', '-in', path.join(corpusDir, ncaKey), '-passin', 'pass:Qwerty12', '-nodes', ...flags],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
  let keyPem = '';
  let certificatePem = '';
  try {
    keyPem = exported(['-nocerts']);
    certificatePem = exported(['-clcerts', '-nokeys']);
  } catch {
    // Left empty: the test below then fails, saying the container could not be opened.
  }

  it('verifies here, and in OpenSSL up to the NCA RSA test CA at a time the certificate was valid', () => {
    expect(keyPem, 'openssl pkcs12 -legacy could not open the NCA test container').toMatch(/PRIVATE KEY/);
    // The export starts with bag attributes and subject lines: take only the PEM body.
    const body = /-----BEGIN CERTIFICATE-----([^-]+)-----END CERTIFICATE-----/.exec(certificatePem)![1]!;
    const certificate = new Uint8Array(Buffer.from(body.replace(/\s+/g, ''), 'base64'));
    const cms = createCms({
      content,
      detached: false,
      certificate,
      algorithm: 'RSA',
      sign: (data) => new Uint8Array(nodeSign('sha256', data, keyPem)),
      signingTime,
    });
    const result = checkCms(cms);
    expect(result.ok && result.signers[0]!.certificate.subject.find((a) => a.oid === '2.5.4.5')?.value).toBe(
      'IIN123456789011',
    );

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-cms-nca-'));
    try {
      fs.writeFileSync(path.join(dir, 'nca.p7s'), cms);
      fs.writeFileSync(path.join(dir, 'ca.der'), readCorpusDer(ncaCa));
      execFileSync('openssl', [
        'x509',
        '-inform',
        'DER',
        '-in',
        path.join(dir, 'ca.der'),
        '-out',
        path.join(dir, 'ca.pem'),
      ]);
      // The signing certificate was valid during 2021; the test CA is itself an intermediate, so
      // OpenSSL must be allowed to stop the chain there (-partial_chain).
      const attime = String(Date.parse('2021-06-01T00:00:00Z') / 1000);
      const verifyArgs = [
        'cms',
        '-verify',
        '-inform',
        'DER',
        '-in',
        path.join(dir, 'nca.p7s'),
        '-CAfile',
        path.join(dir, 'ca.pem'),
        '-partial_chain',
        '-attime',
        attime,
        '-binary',
      ];
      const out = execFileSync('openssl', verifyArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
      expect(Buffer.from(out).equals(Buffer.from(content))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
