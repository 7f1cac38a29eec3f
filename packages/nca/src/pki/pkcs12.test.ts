import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { children, readDer } from '../asn1/der.ts';
import { sequence } from '../asn1/der-writer.ts';
import { corpusMissing, readCorpusDer } from '../testing/corpus.ts';
import { parseCertificate } from '../x509/certificate.ts';
import { checkSignature } from '../x509/certificate-signature.ts';
import { type KeyAlgorithm, keyAlgorithms } from './algorithms.ts';
import { issueCertificate } from './issue.ts';
import { certificatePublicKey, generateKeyPair, publicKeyInfo, signatureAlgorithmOid, signRaw } from './keys.ts';
import { Pkcs12FormatError, Pkcs12PasswordError, readPkcs12, writePkcs12 } from './pkcs12.ts';

// Every key container of the NCA test set, with its password from the corpus README.
const corpusContainers = [
  ['nca-test-pki/keys/key_individual_valid_sign_2004.p12', 'Qwerty12', 'RSA'],
  ['nca-test-pki/keys/key_individual_auth_revoked_2004.p12', 'Qwerty12', 'RSA'],
  ['nca-test-pki/keys/key_individual_sign_revoked_2004.p12', 'Qwerty12', 'RSA'],
  ['nca-test-pki/keys/key_ceo_sign_revoked_2004.p12', 'Qwerty12', 'GOST2004'],
  ['nca-test-pki/keys/key_individual_valid_2015.p12', 'Aa123456', 'GOST2015-512'],
  ['nca-test-pki/keys/key_ceo_revoked_2015.p12', 'Aa123456', 'GOST2015-512'],
  ['nca-test-pki/gokalkan/gost1.p12', 'Qwerty12', 'GOST2015-512'],
  ['nca-test-pki/gokalkan/gost2.p12', 'Qwerty12', 'GOST2015-512'],
] as const;
const missing = corpusContainers.map(([file]) => corpusMissing(file)).find(Boolean) ?? null;
if (missing) console.warn(`skipped: ${missing}`);

const spkiOf = (certificate: Uint8Array) => {
  const tbs = children(children(readDer(certificate))[0]!);
  return tbs[tbs[0]!.tag === 0xa0 ? 6 : 5]!.raw;
};

describe.skipIf(missing !== null)('NCA RK key containers from the test set (REG-4)', () => {
  it.each(corpusContainers)(
    '%s opens; its key is the certificate’s (d·G) and its signatures verify',
    (file, password, family) => {
      const contents = readPkcs12(readCorpusDer(file), password);
      expect(contents.privateKey.algorithm).toBe(family);
      expect(contents.certificates).toContainEqual(contents.certificate);
      const certificate = parseCertificate(contents.certificate);
      expect(Buffer.from(certificate.publicKey)).toEqual(Buffer.from(certificatePublicKey(contents.privateKey)));
      // Our SubjectPublicKeyInfo encoding is byte for byte NCA's.
      expect(Buffer.from(publicKeyInfo(contents.privateKey))).toEqual(Buffer.from(spkiOf(contents.certificate)));
      const data = Buffer.from('Shekara');
      const signature = signRaw(contents.privateKey, data);
      expect(checkSignature(signatureAlgorithmOid(family), data, signature, certificate)).toBe('valid');
    },
  );

  it('the containers hold the published certificates', () => {
    const pairs = [
      ['nca-test-pki/gokalkan/gost1.p12', 'nca-test-pki/gokalkan/gost1.cer'],
      ['nca-test-pki/gokalkan/gost2.p12', 'nca-test-pki/gokalkan/gost2.cer'],
    ] as const;
    for (const [container, certificate] of pairs) {
      expect(Buffer.from(readPkcs12(readCorpusDer(container), 'Qwerty12').certificate)).toEqual(
        Buffer.from(readCorpusDer(certificate)),
      );
    }
  });

  it('a wrong password is told apart from a damaged file', () => {
    const bytes = readCorpusDer('nca-test-pki/keys/key_individual_valid_2015.p12');
    expect(() => readPkcs12(bytes, 'Aa1234567')).toThrow(Pkcs12PasswordError);
    expect(() => readPkcs12(bytes, '')).toThrow(Pkcs12PasswordError);
    expect(() => readPkcs12(bytes.subarray(0, 600), 'Aa123456')).toThrow(Pkcs12FormatError);
  });
});

describe('malformed input is refused with a format error, never a crash', () => {
  it.each([
    ['empty', new Uint8Array(0)],
    ['random bytes', Uint8Array.from({ length: 300 }, (_, i) => (i * 7919) & 0xff)],
    ['a bare SEQUENCE', Uint8Array.of(0x30, 0x00)],
    ['wrong version', Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x02)],
    ['deep indefinite nesting', Uint8Array.from([...Array(100).fill([0x30, 0x80]).flat(), ...Array(200).fill(0)])],
    ['too large', new Uint8Array(2 << 20)],
  ])('%s', (_, bytes) => {
    expect(() => readPkcs12(bytes, 'x')).toThrow(Pkcs12FormatError);
  });
});

const now = new Date();
const later = new Date(now.getTime() + 30 * 86_400_000);

async function selfIssued(family: KeyAlgorithm) {
  const caKey = await generateKeyPair(family);
  const ca = issueCertificate({
    subject: { commonName: `SHEKARA TEST CA (${family})` },
    issuerKey: caKey,
    notBefore: now,
    notAfter: later,
    ca: {},
  });
  const key = await generateKeyPair(family);
  const certificate = issueCertificate({
    subject: { commonName: 'ТЕСТ', iin: '850115300127' },
    subjectKey: key,
    issuerKey: caKey,
    issuerCertificate: ca,
    notBefore: now,
    notAfter: later,
    keyPurpose: 'sign',
    roles: ['individual'],
  });
  return { key, certificate, ca };
}

describe.each(keyAlgorithms)('%s containers Shekara writes', (family) => {
  it('read back with the key, the certificate and the chain', async () => {
    const { key, certificate, ca } = await selfIssued(family);
    const bytes = writePkcs12({ privateKey: key, certificate, chain: [ca], password: 'Aa1234567' });
    const contents = readPkcs12(bytes, 'Aa1234567');
    expect(Buffer.from(contents.certificate)).toEqual(Buffer.from(certificate));
    expect(contents.certificates).toHaveLength(2);
    expect(Buffer.from(publicKeyInfo(contents.privateKey))).toEqual(Buffer.from(publicKeyInfo(key)));
    expect(() => readPkcs12(bytes, 'Aa123456')).toThrow(Pkcs12PasswordError);
  });
});

describe('containers without a MAC', () => {
  it('still tell a wrong password from a right one, by the decrypted bags', async () => {
    const { key, certificate } = await selfIssued('GOST2004');
    const pfx = children(readDer(writePkcs12({ privateKey: key, certificate, password: 'Aa1234567' })));
    const withoutMac = sequence(pfx[0]!.raw, pfx[1]!.raw);
    expect(readPkcs12(withoutMac, 'Aa1234567').certificate).toEqual(certificate);
    for (const password of ['Aa123456', 'aa1234567', 'x', ''])
      expect(() => readPkcs12(withoutMac, password)).toThrow(Pkcs12PasswordError);
  });
});

const openssl = spawnSync('openssl', ['version'], { encoding: 'utf8' });
const noOpenssl = openssl.status !== 0 ? 'openssl not found' : null;
if (noOpenssl) console.warn(`skipped: ${noOpenssl}`);

describe.skipIf(noOpenssl !== null)('interoperability with OpenSSL', () => {
  const run = (args: string[]) => spawnSync('openssl', args, { encoding: 'utf8' });

  it('openssl pkcs12 reads an RSA container Shekara wrote (MAC, 3DES key bag, RC2-40 certificate bag)', async () => {
    const { key, certificate } = await selfIssued('RSA');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-p12-'));
    try {
      const file = path.join(dir, 'key.p12');
      fs.writeFileSync(file, writePkcs12({ privateKey: key, certificate, password: 'Aa1234567' }));
      // RC2 needs OpenSSL 3's legacy provider; OpenSSL 1.1 knows no -legacy flag.
      let result = run(['pkcs12', '-in', file, '-info', '-nodes', '-passin', 'pass:Aa1234567', '-legacy']);
      if (result.status !== 0 && /legacy/.test(result.stderr))
        result = run(['pkcs12', '-in', file, '-info', '-nodes', '-passin', 'pass:Aa1234567']);
      // The layout of NCA's own containers, as `openssl pkcs12 -info` describes them.
      expect(result.stderr).toMatch(/MAC: sha1, Iteration 1024/);
      expect(result.stderr).toMatch(/Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 1024/);
      expect(result.stderr).toMatch(/PKCS7 Encrypted data: pbeWithSHA1And40BitRC2-CBC, Iteration 1024/);
      expect(result.stdout).toContain('-----BEGIN CERTIFICATE-----');
      expect(result.stdout).toContain('-----BEGIN PRIVATE KEY-----');
      const wrong = run(['pkcs12', '-in', file, '-info', '-nokeys', '-passin', 'pass:nope', '-legacy']);
      expect(wrong.status).not.toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('Shekara reads what openssl pkcs12 -export writes (PBES2/PBKDF2/AES-256, SHA-256 MAC on OpenSSL 3)', async () => {
    const { key, certificate } = await selfIssued('RSA');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-p12-'));
    try {
      const keyFile = path.join(dir, 'key.pem');
      const certificateFile = path.join(dir, 'cert.der');
      fs.writeFileSync(keyFile, key.algorithm === 'RSA' ? key.keyObject.export({ type: 'pkcs8', format: 'pem' }) : '');
      fs.writeFileSync(certificateFile, certificate);
      const pem = run(['x509', '-inform', 'der', '-in', certificateFile, '-out', path.join(dir, 'cert.pem')]);
      expect(pem.status).toBe(0);
      const out = path.join(dir, 'out.p12');
      const made = run([
        'pkcs12',
        '-export',
        '-inkey',
        keyFile,
        '-in',
        path.join(dir, 'cert.pem'),
        '-out',
        out,
        '-passout',
        'pass:Aa1234567',
      ]);
      expect(made.status).toBe(0);
      if (openssl.stdout.startsWith('OpenSSL 3'))
        expect(run(['pkcs12', '-in', out, '-info', '-noout', '-passin', 'pass:Aa1234567']).stderr).toMatch(
          /MAC: sha256[\s\S]*PBES2, PBKDF2, AES-256-CBC/,
        );
      const contents = readPkcs12(new Uint8Array(fs.readFileSync(out)), 'Aa1234567');
      expect(Buffer.from(contents.certificate)).toEqual(Buffer.from(certificate));
      expect(() => readPkcs12(new Uint8Array(fs.readFileSync(out)), 'wrong')).toThrow(Pkcs12PasswordError);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
