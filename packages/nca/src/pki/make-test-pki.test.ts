import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIinBin } from '../iin-bin.ts';
import { parseCertificate } from '../x509/certificate.ts';
import { checkCertificateSignature, checkSignature } from '../x509/certificate-signature.ts';
import { parseCrl } from '../x509/crl.ts';
import { ncaProfile } from '../x509/nca-profile.ts';
import { keyAlgorithms } from './algorithms.ts';
import { certificatePublicKey } from './keys.ts';
import {
  createTestPki,
  loadTestPki,
  makeTestPki,
  sharedTestPki,
  type TestPki,
  type TestPkiManifest,
  testAuthority,
  testHolder,
} from './make-test-pki.ts';
import { readPkcs12 } from './pkcs12.ts';

// RSA-2048 key generation dominates and slows down a lot on a busy machine.
const slow = 120_000;
let pki: TestPki;
let elapsed = 0;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-test-pki-'));

beforeAll(async () => {
  const started = performance.now();
  pki = await createTestPki();
  elapsed = performance.now() - started;
}, slow);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the test PKI in memory (REG-4, ACC-6)', () => {
  it('has three families, each with two CAs and ten holders', () => {
    expect(elapsed).toBeLessThan(slow);
    expect(pki.authorities).toHaveLength(6);
    expect(pki.holders).toHaveLength(30);
    for (const authority of pki.authorities) expect(authority.name).toContain('TEST');
  });

  it.each(keyAlgorithms)(
    '%s: every holder certificate chains to the root and passes the NCA profile with real check digits',
    (family) => {
      const root = parseCertificate(testAuthority(pki, family, 'root').certificate);
      const issuing = parseCertificate(testAuthority(pki, family, 'issuing').certificate);
      expect(checkCertificateSignature(root, root)).toBe('valid');
      expect(checkCertificateSignature(issuing, root)).toBe('valid');
      const holders = pki.holders.filter((h) => h.algorithm === family);
      expect(new Set(holders.map((h) => h.status))).toEqual(new Set(['good', 'expired', 'revoked']));
      for (const holder of holders) {
        const certificate = parseCertificate(holder.certificate);
        expect(checkCertificateSignature(certificate, issuing)).toBe('valid');
        expect(certificate.publicKey).toEqual(certificatePublicKey(holder.key));
        expect(parseIinBin(holder.iin)).toMatchObject({ valid: true, number: { kind: 'iin' } });
        if (holder.bin) expect(parseIinBin(holder.bin)).toMatchObject({ valid: true, number: { kind: 'bin' } });
        const profile = ncaProfile(certificate, { acceptTestIdentifiers: false });
        expect(profile).toMatchObject({
          ok: true,
          signer: { iin: holder.iin, roles: holder.roles, keyPurpose: holder.keyPurpose, algorithm: family },
        });
        if (profile.ok) expect(profile.signer.bin).toBe(holder.bin);
      }
    },
  );

  it.each(keyAlgorithms)(
    '%s: individuals and head, signer and employee of a legal entity, each with an auth and a sign key',
    (family) => {
      for (const role of ['individual', 'head', 'signer', 'employee']) {
        expect(testHolder(pki, family, `${role}-auth`).keyPurpose).toBe('auth');
        expect(testHolder(pki, family, `${role}-sign`).keyPurpose).toBe('sign');
      }
      expect(testHolder(pki, family, 'head-sign').roles).toEqual(['legal_entity', 'head']);
    },
  );

  it.each(keyAlgorithms)(
    '%s: the expired certificate has expired and the CRL lists the revoked one, and only it',
    (family) => {
      const expired = parseCertificate(testHolder(pki, family, 'expired-sign').certificate);
      expect(expired.notAfter.getTime()).toBeLessThan(pki.now.getTime());
      const revoked = testHolder(pki, family, 'revoked-sign');
      const issuing = testAuthority(pki, family, 'issuing');
      const crl = parseCrl(issuing.crl);
      expect(
        checkSignature(crl.signatureAlgorithm, crl.tbs, crl.signature, parseCertificate(issuing.certificate)),
      ).toBe('valid');
      expect([...crl.revoked.keys()]).toEqual([revoked.serialNumber]);
      expect(crl.revoked.get(revoked.serialNumber)).toEqual({ revokedAt: revoked.revokedAt, reason: 'keyCompromise' });
      expect(crl.nextUpdate!.getTime()).toBeGreaterThan(pki.now.getTime());
      const rootCrl = parseCrl(testAuthority(pki, family, 'root').crl);
      expect(rootCrl.revoked.size).toBe(0);
    },
  );

  it('every key container opens with the one password and holds its holder’s key', () => {
    for (const holder of pki.holders.filter((h) => h.id === 'signer-sign')) {
      const contents = readPkcs12(holder.pkcs12, 'Aa1234567');
      expect(Buffer.from(contents.certificate)).toEqual(Buffer.from(holder.certificate));
      expect(certificatePublicKey(contents.privateKey)).toEqual(certificatePublicKey(holder.key));
    }
  });
});

describe('the test PKI on disk', () => {
  let manifest: TestPkiManifest;
  const out = path.join(tmp, 'out');

  beforeAll(async () => {
    manifest = await makeTestPki(out, { now: new Date('2026-06-01T12:00:00Z') });
  }, slow);

  it('writes every file the manifest lists, CA certificates alone in trust/', () => {
    for (const file of manifest.files) expect(fs.existsSync(path.join(out, file)), file).toBe(true);
    expect(fs.readdirSync(path.join(out, 'trust')).sort()).toEqual([
      'gost2004-ca.pem',
      'gost2004-root-ca.pem',
      'gost2015-ca.pem',
      'gost2015-root-ca.pem',
      'rsa-ca.pem',
      'rsa-root-ca.pem',
    ]);
    expect(fs.readdirSync(path.join(out, 'crl'))).toHaveLength(6);
    expect(manifest.holders).toHaveLength(30);
    expect(manifest.holders.find((h) => h.algorithm === 'GOST2015-512' && h.id === 'revoked-sign')).toMatchObject({
      status: 'revoked',
      keyPurpose: 'sign',
      password: 'Aa1234567',
      pkcs12: 'gost2015/revoked-sign.p12',
      certificate: 'gost2015/revoked-sign.pem',
    });
    expect(manifest.holders.find((h) => h.id === 'head-auth')).toHaveProperty('bin');
  });

  it('reads back as the same PKI', async () => {
    const loaded = await loadTestPki(out);
    expect(loaded.now.toISOString()).toBe('2026-06-01T12:00:00.000Z');
    expect(loaded.holders.map((h) => h.serialNumber)).toEqual(manifest.holders.map((h) => h.serialNumber));
    const holder = testHolder(loaded, 'GOST2004', 'individual-sign');
    expect(certificatePublicKey(holder.key)).toEqual(parseCertificate(holder.certificate).publicKey);
  });

  const openssl = spawnSync('openssl', ['version']).status === 0;
  it.skipIf(!openssl)('openssl verifies an RSA holder against trust/ and finds the revoked one in the CRL', () => {
    const run = (args: string[]) => spawnSync('openssl', args, { encoding: 'utf8', cwd: out });
    const attime = String(Math.floor(new Date('2026-06-01T12:00:00Z').getTime() / 1000));
    const chain = ['-CAfile', 'trust/rsa-root-ca.pem', '-untrusted', 'trust/rsa-ca.pem', '-attime', attime];
    expect(run(['verify', ...chain, 'rsa/individual-sign.pem']).stdout).toContain('OK');
    fs.writeFileSync(path.join(out, 'rsa-ca.crl.pem'), run(['crl', '-inform', 'der', '-in', 'crl/rsa-ca.crl']).stdout);
    const revoked = run(['verify', ...chain, '-crl_check', '-CRLfile', 'rsa-ca.crl.pem', 'rsa/revoked-sign.pem']);
    expect(`${revoked.stdout}${revoked.stderr}`).toMatch(/revoked/);
  });
});

describe('the shared test PKI', () => {
  it(
    'is made once per process and kept on disk for other workers',
    async () => {
      const cacheDir = path.join(tmp, 'cache');
      const now = new Date('2026-02-01T00:00:00Z');
      const first = sharedTestPki({ now, cacheDir });
      expect(sharedTestPki({ now, cacheDir })).toBe(first);
      const pki = await first;
      const [folder] = fs.readdirSync(cacheDir);
      const fromDisk = await loadTestPki(path.join(cacheDir, folder!));
      expect(fromDisk.holders.map((h) => h.serialNumber)).toEqual(pki.holders.map((h) => h.serialNumber));
    },
    slow,
  );
});

describe('a test PKI of chosen families', () => {
  it(
    'skips RSA when asked, for GOST-only tests that need speed',
    async () => {
      const gost = await createTestPki({ families: ['GOST2015-512'] });
      expect(new Set(gost.holders.map((h) => h.algorithm))).toEqual(new Set(['GOST2015-512']));
      expect(gost.authorities).toHaveLength(2);
    },
    slow,
  );
});
