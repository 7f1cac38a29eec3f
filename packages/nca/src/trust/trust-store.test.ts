import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusDir, corpusMissing } from '../testing/corpus.ts';
import { issueTestCertificate, rsaKey, type TestKey } from './test-support/rsa-pki.ts';
import { loadTrustStore, TrustStoreError, trustStoreFromCertificates } from './trust-store.ts';

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-trust-'));
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));
const pem = (der: Uint8Array) =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der)
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;
const from = new Date('2025-01-01T00:00:00Z');
const to = new Date('2035-01-01T00:00:00Z');
const selfSigned = (cn: string, key: TestKey, ca: boolean | undefined = true) =>
  issueTestCertificate({
    serial: 1n,
    subject: cn,
    issuer: cn,
    subjectKey: key,
    issuerKey: key,
    notBefore: from,
    notAfter: to,
    ...(ca === undefined ? {} : { ca }),
  });

function directory(files: Record<string, string | Uint8Array>): string {
  const dir = fs.mkdtempSync(path.join(temporary, 'store-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

describe('trust store loading (ACC-6, REG-4)', () => {
  const key = rsaKey();
  const testRoot = selfSigned('Shekara Root TEST', key);
  const otherTestRoot = selfSigned('ҰКО 3.0 (RSA TEST)', rsaKey());
  const productionRoot = selfSigned('ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA)', rsaKey());

  it('reads DER files and PEM files holding several certificates, ignoring other files', () => {
    const store = loadTrustStore(
      directory({
        'a.cer': testRoot,
        'bundle.pem': pem(otherTestRoot) + pem(productionRoot),
        'README.md': 'not a certificate',
      }),
    );
    expect(store.anchors).toHaveLength(3);
    expect(store.isTest).toBe(false);
  });

  it('is a test store only when every anchor’s CN has the word TEST', () => {
    expect(trustStoreFromCertificates([testRoot, otherTestRoot]).isTest).toBe(true);
    expect(trustStoreFromCertificates([productionRoot]).isTest).toBe(false);
    expect(trustStoreFromCertificates([selfSigned('CONTESTED CA', rsaKey())]).isTest).toBe(false);
    expect(trustStoreFromCertificates([]).isTest).toBe(false);
  });

  it('names the file it cannot read as a certificate', () => {
    const dir = directory({ 'good.crt': testRoot, 'broken.crt': Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x01) });
    expect(() => loadTrustStore(dir)).toThrow(TrustStoreError);
    expect(() => loadTrustStore(dir)).toThrow(/broken\.crt/);
    expect(() =>
      loadTrustStore(directory({ 'empty.pem': '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n' })),
    ).toThrow(/empty\.pem/);
  });

  it('refuses a certificate that says it is not a CA, a missing directory and an empty one', () => {
    expect(() => loadTrustStore(directory({ 'leaf.cer': selfSigned('Leaf TEST', rsaKey(), false) }))).toThrow(
      /leaf\.cer.*not a CA/,
    );
    expect(() => loadTrustStore(path.join(temporary, 'nowhere'))).toThrow(/nowhere/);
    expect(() => loadTrustStore(directory({}))).toThrow(/no CA certificates/);
  });

  it('keeps one copy of a certificate given twice', () => {
    expect(trustStoreFromCertificates([testRoot, testRoot]).anchors).toHaveLength(1);
  });
});

const caDir = path.join(corpusDir, 'nca-test-pki', 'ca');
const missing = corpusMissing('nca-test-pki/ca');
if (missing) console.warn(`skipped: ${missing}`);

describe.skipIf(missing !== null)('the NCA test CA directory as a trust store (REG-4)', () => {
  it('loads all three test CAs (PEM and DER) and is a test store', () => {
    const store = loadTrustStore(caDir);
    expect(store.anchors).toHaveLength(3);
    expect(store.isTest).toBe(true);
  });
});
