import { describe, expect, it } from 'vitest';
import { corpusMissing, readCorpusDer } from '../testing/corpus.ts';
import { parseCertificate } from './certificate.ts';
import { checkCertificateSignature } from './certificate-signature.ts';

const pairs = [
  ['RSA, signing key', 'nca-test-pki/certs/individual_valid_sign_2004_rsa.cer', 'nca-test-pki/ca/nca_rsa_test.crt'],
  [
    'RSA, authentication key',
    'nca-test-pki/certs/individual_valid_sign_2004_rsa_auth.cer',
    'nca-test-pki/ca/nca_rsa_test.crt',
  ],
  ['GOST 34.310-2004', 'nca-test-pki/certs/ceo_valid_sign_2004_gost.cer', 'nca-test-pki/ca/nca_gost_test.crt'],
  ['GOST 34.10-2015-512', 'nca-test-pki/gokalkan/gost1.cer', 'nca-test-pki/ca/nca_gost2015_test.cer'],
] as const;
const missing =
  pairs
    .flatMap(([, a, b]) => [a, b])
    .map(corpusMissing)
    .find(Boolean) ?? null;
if (missing) console.warn(`skipped: ${missing}`);
const load = (file: string) => parseCertificate(readCorpusDer(file));

describe.skipIf(missing !== null)('certificate signatures of all three NCA families (issue 3 point 2)', () => {
  it.each(pairs)('%s: the test CA’s signature verifies', (_, subject, issuer) => {
    expect(checkCertificateSignature(load(subject), load(issuer))).toBe('valid');
  });

  it.each(pairs)('%s: a flipped byte in the certificate body fails', (_, subject, issuer) => {
    const certificate = load(subject);
    const tbs = Uint8Array.from(certificate.tbs);
    tbs[tbs.length - 20]! ^= 0x80;
    expect(checkCertificateSignature({ ...certificate, tbs }, load(issuer))).toBe('invalid');
  });

  it('fails against the wrong CA, including a CA of another algorithm', () => {
    const rsaChild = load(pairs[0][1]);
    expect(checkCertificateSignature(rsaChild, load('nca-test-pki/ca/nca_gost_test.crt'))).toBe('invalid');
    const gostChild = load(pairs[2][1]);
    expect(checkCertificateSignature(gostChild, load('nca-test-pki/ca/nca_rsa_test.crt'))).toBe('invalid');
    expect(checkCertificateSignature(load(pairs[3][1]), load('nca-test-pki/ca/nca_gost_test.crt'))).toBe('invalid');
  });

  it('reports an algorithm it does not know as unsupported', () => {
    const certificate = load(pairs[0][1]);
    expect(checkCertificateSignature({ ...certificate, signatureAlgorithm: '1.2.3.4' }, load(pairs[0][2]))).toBe(
      'unsupported',
    );
  });
});
