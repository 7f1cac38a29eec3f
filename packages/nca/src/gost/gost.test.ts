import { describe, expect, it } from 'vitest';
import { corpusMissing, readCorpusDer } from '../testing/corpus.ts';
import { parseCertificate } from '../x509/certificate.ts';
import { type Curve, cryptoProA, tc26Gost512A } from './curves.ts';
import { gost34311, streebog512 } from './digests.ts';
import { isOnCurve, multiply, verifyGost } from './verify.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('curve constants', () => {
  it.each([cryptoProA, tc26Gost512A])('$name: G lies on the curve and q·G is the point at infinity', (curve: Curve) => {
    expect(isOnCurve(curve, curve.gx, curve.gy)).toBe(true);
    expect(multiply(curve, curve.q, curve.gx, curve.gy)).toBeNull();
    expect(multiply(curve, curve.q - 1n, curve.gx, curve.gy)).toEqual([curve.gx, curve.p - curve.gy]);
  });
});

describe('digests, against the standards’ check values', () => {
  it('GOST 34.311-95 (GOST R 34.11-94, D-TEST S-box) of the empty message', () => {
    expect(hex(gost34311(new Uint8Array(0)))).toBe('ce85b99cc46752fffee35cab9a7b0278abb4c2d2055cff685af4912c49490f8d');
  });

  it('Streebog-512 of the empty message and of example M1 of GOST R 34.11-2012', () => {
    expect(hex(streebog512(new Uint8Array(0)))).toBe(
      '8e945da209aa869f0455928529bcae4679e9873ab707b55315f56ceb98bef0a7362f715528356ee83cda5f2aac4c6ad2ba3a715c1bcd81cb8e9f90bf4c1c1a8a',
    );
    expect(hex(streebog512(Buffer.from('012345678901234567890123456789012345678901234567890123456789012')))).toBe(
      '1b54d01a4af5b9d5cc3d86d68d285462b19abc2475222f35c085122be4ba1ffa00ad30f8767b3a82384c6574f024c311e2a481332b08ef7f41797891c1646f48',
    );
  });
});

const cases = [
  {
    name: 'GOST 34.310-2004: a CEO signing certificate issued by the NCA GOST test CA',
    subject: 'nca-test-pki/certs/ceo_valid_sign_2004_gost.cer',
    issuer: 'nca-test-pki/ca/nca_gost_test.crt',
    algorithm: '1.2.398.3.10.1.1.1.2',
    curve: cryptoProA,
    digest: gost34311,
  },
  {
    name: 'GOST 34.10-2015 512-bit: a certificate issued by the NCA GOST 2022 test CA',
    subject: 'nca-test-pki/gokalkan/gost1.cer',
    issuer: 'nca-test-pki/ca/nca_gost2015_test.cer',
    algorithm: '1.2.398.3.10.1.1.2.3.2',
    curve: tc26Gost512A,
    digest: streebog512,
  },
];

describe.each(cases)('real NCA certificates — $name', ({ subject, issuer, algorithm, curve, digest }) => {
  const missing = corpusMissing(subject) ?? corpusMissing(issuer);
  if (missing) console.warn(`skipped: ${missing}`);

  it.skipIf(missing !== null)('verify with the issuer’s key in NCA byte order', () => {
    const child = parseCertificate(readCorpusDer(subject));
    const ca = parseCertificate(readCorpusDer(issuer));
    expect(child.signatureAlgorithm).toBe(algorithm);
    expect(ca.publicKey).toHaveLength(2 * curve.size);
    expect(verifyGost(curve, digest(child.tbs), child.signature, ca.publicKey)).toBe(true);
  });

  it.skipIf(missing !== null)('fail when one byte of the signed certificate body changes', () => {
    const child = parseCertificate(readCorpusDer(subject));
    const ca = parseCertificate(readCorpusDer(issuer));
    const tampered = Uint8Array.from(child.tbs);
    tampered[tampered.length - 40]! ^= 0x01;
    expect(verifyGost(curve, digest(tampered), child.signature, ca.publicKey)).toBe(false);
  });

  it.skipIf(missing !== null)('fail with the halves in big-endian order, the usual mistake', () => {
    const child = parseCertificate(readCorpusDer(subject));
    const ca = parseCertificate(readCorpusDer(issuer));
    const reversedHalves = (bytes: Uint8Array) =>
      Uint8Array.from([...bytes.subarray(0, curve.size).reverse(), ...bytes.subarray(curve.size).reverse()]);
    expect(verifyGost(curve, digest(child.tbs), reversedHalves(child.signature), ca.publicKey)).toBe(false);
  });
});

describe('malformed input is refused, never thrown', () => {
  it('wrong lengths, zero or out-of-range r and s, and a key off the curve', () => {
    const curve = cryptoProA;
    const digest = new Uint8Array(32).fill(1);
    const key = new Uint8Array(64).fill(2);
    expect(verifyGost(curve, digest, new Uint8Array(63), key)).toBe(false);
    expect(verifyGost(curve, digest, new Uint8Array(64), key)).toBe(false);
    expect(verifyGost(curve, digest, new Uint8Array(64).fill(0xff), key)).toBe(false);
    expect(verifyGost(curve, digest, new Uint8Array(64).fill(1), key)).toBe(false);
  });
});
