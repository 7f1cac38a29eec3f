import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DerError } from '../asn1/der.ts';
import { corpusMissing, readCorpusDer } from '../testing/corpus.ts';
import { parseCertificate } from './certificate.ts';
import { ncaProfile, ncaProfileCached } from './nca-profile.ts';

const files = {
  rsaSign: 'nca-test-pki/certs/individual_valid_sign_2004_rsa.cer',
  rsaAuth: 'nca-test-pki/certs/individual_valid_sign_2004_rsa_auth.cer',
  gostCeo: 'nca-test-pki/certs/ceo_valid_sign_2004_gost.cer',
  gost2015: 'nca-test-pki/gokalkan/gost1.cer',
};
const missing = Object.values(files).map(corpusMissing).find(Boolean) ?? null;
if (missing) console.warn(`skipped: ${missing}`);
const test = { acceptTestIdentifiers: true };

describe.skipIf(missing !== null)(
  'NCA certificate profile on real NCA test certificates (REG-4, issue 3 point 3)',
  () => {
    it('reads serial number and validity exactly as OpenSSL does', () => {
      for (const file of Object.values(files)) {
        const der = readCorpusDer(file);
        const ours = parseCertificate(der);
        const openssl = new X509Certificate(der);
        expect(ours.serialNumber, file).toBe(openssl.serialNumber.toUpperCase().replace(/^0+(?=.)/, ''));
        expect(ours.notBefore.getTime(), file).toBe(new Date(openssl.validFrom).getTime());
        expect(ours.notAfter.getTime(), file).toBe(new Date(openssl.validTo).getTime());
      }
    });

    it('an individual’s RSA signing key: IIN, role individual, purpose sign', () => {
      const result = ncaProfile(parseCertificate(readCorpusDer(files.rsaSign)), test);
      expect(result).toMatchObject({
        ok: true,
        signer: { iin: '123456789011', roles: ['individual'], keyPurpose: 'sign', algorithm: 'RSA' },
      });
      if (result.ok) expect(result.signer.bin).toBeUndefined();
    });

    it('the same person’s authentication key: purpose auth', () => {
      expect(ncaProfile(parseCertificate(readCorpusDer(files.rsaAuth)), test)).toMatchObject({
        ok: true,
        signer: { keyPurpose: 'auth' },
      });
    });

    it('a legal entity’s head on GOST 2004: IIN, BIN and the head role', () => {
      const result = ncaProfile(parseCertificate(readCorpusDer(files.gostCeo)), test);
      expect(result).toMatchObject({
        ok: true,
        signer: { iin: '123456789011', bin: '123456789021', keyPurpose: 'sign', algorithm: 'GOST2004' },
      });
      if (result.ok) expect(result.signer.roles).toContain('head');
    });

    it('a GOST 2015-512 certificate', () => {
      expect(ncaProfile(parseCertificate(readCorpusDer(files.gost2015)), test)).toMatchObject({
        ok: true,
        signer: { algorithm: 'GOST2015-512' },
      });
    });

    it('refuses the test IIN, which fails the check digit, unless the test trust store is in use', () => {
      expect(ncaProfile(parseCertificate(readCorpusDer(files.rsaSign)), { acceptTestIdentifiers: false })).toEqual({
        ok: false,
        problem: 'iin_check_digit',
      });
    });

    it('remembers the profile per certificate object and trust mode, read-only', () => {
      const certificate = parseCertificate(readCorpusDer(files.rsaSign));
      const strict = { acceptTestIdentifiers: false };
      expect(ncaProfileCached(certificate, strict)).toEqual({ ok: false, problem: 'iin_check_digit' });
      const accepted = ncaProfileCached(certificate, test);
      expect(accepted).toEqual(ncaProfile(certificate, test));
      expect(ncaProfileCached(certificate, test)).toBe(accepted);
      expect(ncaProfileCached(certificate, strict)).toEqual({ ok: false, problem: 'iin_check_digit' });
      expect(Object.isFrozen(accepted.ok && accepted.signer)).toBe(true);
      // Another object for the same bytes gets its own, equal, result.
      expect(ncaProfileCached(parseCertificate(readCorpusDer(files.rsaSign)), test)).not.toBe(accepted);
    });

    it('names the issuing CA and reads Kazakh letters in names', () => {
      const result = ncaProfile(parseCertificate(readCorpusDer(files.gostCeo)), test);
      expect(result.ok && result.signer.issuer).toMatch(/GOST/);
      expect(result.ok && result.signer.commonName).toBe('ТЕСТОВ ТЕСТ');
    });
  },
);

describe('certificate parsing of hostile input', () => {
  it.each([
    ['garbage', Uint8Array.from([1, 2, 3, 4])],
    ['an empty SEQUENCE', Uint8Array.from([0x30, 0x00])],
    ['a SEQUENCE of three NULLs', Uint8Array.from([0x30, 0x06, 0x05, 0x00, 0x05, 0x00, 0x05, 0x00])],
  ])('refuses %s with DerError', (_, der) => {
    expect(() => parseCertificate(der)).toThrow(DerError);
  });
});
