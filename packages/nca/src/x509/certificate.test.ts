import { describe, expect, it } from 'vitest';
import { DerError, readDer } from '../asn1/der.ts';
import { corpusMissing, readCorpusDer } from '../testing/corpus.ts';
import { parseCertificate, readTime } from './certificate.ts';

const files = [
  'nca-test-pki/ca/nca_rsa_test.crt',
  'nca-test-pki/certs/ceo_valid_sign_2004_gost.cer',
  'nca-test-pki/gokalkan/gost1.cer',
] as const;
const missing = files.map(corpusMissing).find(Boolean) ?? null;
if (missing) console.warn(`skipped: ${missing}`);
const load = (file: string) => parseCertificate(readCorpusDer(file));

describe.skipIf(missing !== null)('extensions a chain builder and a revocation checker need (ACC-6)', () => {
  it('reads a CA’s key identifiers, basicConstraints and keyUsage', () => {
    const ca = load(files[0]);
    expect(ca.subjectKeyIdentifier).toBe('A68C16337CB8E83567063E5E415755A2AF345068');
    expect(ca.authorityKeyIdentifier).toBe('D3C77DFFACA2F50EC163195BAFFE727757B23CE2');
    expect(ca.isCa).toBe(true);
    expect(ca.keyUsage).toEqual(['keyCertSign', 'cRLSign']);
    expect(ca.crlDistributionPoints).toEqual(['http://test.pki.gov.kz/crl/root_rsa.crl']);
    expect(ca.ocspUrls).toEqual([]);
  });

  it('reads a leaf’s AKI (its CA’s SKI), CDP and AIA OCSP URL; no basicConstraints means null', () => {
    const leaf = load(files[1]);
    expect(leaf.authorityKeyIdentifier).toBe('07BED21C60084456B02715E857374347BBD75450');
    expect(leaf.isCa).toBeNull();
    expect(leaf.keyUsage).toEqual(['digitalSignature', 'nonRepudiation']);
    // A GOST certificate whose CDP names the RSA CA's CRL: why CRLs are matched by issuer and AKI.
    expect(leaf.crlDistributionPoints).toEqual(['http://test.pki.gov.kz/crl/nca_rsa_test.crl']);
    expect(leaf.ocspUrls).toEqual(['http://test.pki.gov.kz/ocsp/']);
    expect(load(files[2]).keyUsage).toEqual(['digitalSignature', 'nonRepudiation', 'keyAgreement']);
  });

  it('keeps the exact DER of the names and the key bits that OCSP CertIDs hash', () => {
    const ca = load(files[0]);
    expect(ca.subjectRaw[0]).toBe(0x30);
    expect(load(files[1]).issuerRaw.length).toBeGreaterThan(10);
    // RSA: the BIT STRING holds RSAPublicKey, a SEQUENCE.
    expect(ca.subjectPublicKeyBits[0]).toBe(0x30);
  });
});

describe('times (RFC 5280 §4.1.2.5)', () => {
  const node = (tag: number, text: string) =>
    readDer(Uint8Array.from([tag, text.length, ...Buffer.from(text, 'latin1')]));

  it('reads UTCTime with the 1950–2049 window and GeneralizedTime', () => {
    expect(readTime(node(0x17, '491231235959Z')).toISOString()).toBe('2049-12-31T23:59:59.000Z');
    expect(readTime(node(0x17, '500101000000Z')).toISOString()).toBe('1950-01-01T00:00:00.000Z');
    expect(readTime(node(0x18, '20261122101500Z')).toISOString()).toBe('2026-11-22T10:15:00.000Z');
  });

  it.each([
    ['a letter among the digits', 0x17, '26112210150AZ'],
    ['no Z', 0x17, '2611221015001'],
    ['a time zone offset', 0x18, '20261122101500+0600'],
    ['fractional seconds', 0x18, '20261122101500.5Z'],
    ['a UTCTime length under GeneralizedTime', 0x18, '261122101500Z'],
    ['another tag', 0x04, '261122101500Z'],
  ])('refuses %s with DerError', (_, tag, text) => {
    expect(() => readTime(node(tag, text))).toThrow(DerError);
  });
});
