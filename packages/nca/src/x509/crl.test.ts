import { describe, expect, it } from 'vitest';
import { DerError } from '../asn1/der.ts';
import { corpusMissing, readCorpusDer } from '../testing/corpus.ts';
import { parseCertificate } from './certificate.ts';
import { checkSignature } from './certificate-signature.ts';
import { parseCrl } from './crl.ts';

const sets = [
  {
    name: 'RSA',
    crl: 'nca-test-pki/crl/nca_rsa_test.crl',
    ca: 'nca-test-pki/ca/nca_rsa_test.crt',
    good: 'nca-test-pki/certs/individual_valid_sign_2004_rsa.cer',
    entries: 126,
  },
  {
    name: 'GOST 2004',
    crl: 'nca-test-pki/crl/nca_gost_test.crl',
    ca: 'nca-test-pki/ca/nca_gost_test.crt',
    good: 'nca-test-pki/certs/ceo_valid_sign_2004_gost.cer',
    entries: 31,
  },
  {
    name: 'GOST 2015',
    crl: 'nca-test-pki/crl/nca_gost2022_test.crl',
    ca: 'nca-test-pki/ca/nca_gost2015_test.cer',
    good: null,
    entries: 6,
  },
] as const;
const missing =
  sets
    .flatMap((s) => [s.crl, s.ca, ...(s.good ? [s.good] : [])])
    .map(corpusMissing)
    .find(Boolean) ?? null;
if (missing) console.warn(`skipped: ${missing}`);

describe.skipIf(missing !== null)('real NCA test CRLs (issue 3 point 5)', () => {
  it.each(sets)('$name: signed by its CA, with its entries, dates and reasons', ({ crl, ca, entries }) => {
    const list = parseCrl(readCorpusDer(crl));
    const issuer = parseCertificate(readCorpusDer(ca));
    expect(checkSignature(list.signatureAlgorithm, list.tbs, list.signature, issuer)).toBe('valid');
    expect(list.revoked.size).toBe(entries);
    expect(list.nextUpdate!.getTime()).toBeGreaterThan(list.thisUpdate.getTime());
    for (const [serial, revocation] of list.revoked) {
      expect(serial).toMatch(/^[0-9A-F]+$/);
      expect(revocation.revokedAt).toBeInstanceOf(Date);
    }
  });

  it.each(sets.filter((s) => s.good !== null))(
    '$name: a certificate in good standing is not listed',
    ({ crl, good }) => {
      expect(parseCrl(readCorpusDer(crl)).revoked.has(parseCertificate(readCorpusDer(good!)).serialNumber)).toBe(false);
    },
  );

  it('reads the reasons NCA uses: the test revocations are "superseded" or "certificateHold"', () => {
    const reasons = new Set(
      sets.flatMap((s) => [...parseCrl(readCorpusDer(s.crl)).revoked.values()].map((r) => r.reason)),
    );
    expect([...reasons].some((r) => r === 'superseded' || r === 'certificateHold')).toBe(true);
  });

  it.each(sets)(
    '$name: carries the authority key identifier of its CA, by which certificates find it',
    ({ crl, ca }) => {
      const list = parseCrl(readCorpusDer(crl));
      expect(list.authorityKeyIdentifier).toBe(parseCertificate(readCorpusDer(ca)).subjectKeyIdentifier);
      expect(list.crlNumber).toMatch(/^\d+$/);
    },
  );

  it('fails its signature check when one byte changes', () => {
    const list = parseCrl(readCorpusDer(sets[1].crl));
    const tbs = Uint8Array.from(list.tbs);
    tbs[tbs.length - 10]! ^= 1;
    expect(
      checkSignature(list.signatureAlgorithm, tbs, list.signature, parseCertificate(readCorpusDer(sets[1].ca))),
    ).toBe('invalid');
  });
});

describe('CRL parsing of hostile input', () => {
  it('refuses a structure that is not a CRL', () => {
    expect(() => parseCrl(Uint8Array.from([0x30, 0x03, 0x02, 0x01, 0x01]))).toThrow(DerError);
    expect(() => parseCrl(Uint8Array.from([0x30, 0x06, 0x30, 0x00, 0x30, 0x00, 0x03, 0x00]))).toThrow(DerError);
  });
});
