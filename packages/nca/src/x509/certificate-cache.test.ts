import { describe, expect, it } from 'vitest';
import { makeTestSigner } from '../cms/testing/test-signers.ts';
import { parseCertificateCached } from './certificate-cache.ts';

describe('parsed certificates remembered by their bytes', () => {
  const der = makeTestSigner('RSA', { commonName: 'Cache holder' }).certificate;

  it('gives the same object for the same bytes, wherever they sit, and its own copy of them', () => {
    const first = parseCertificateCached(der);
    const elsewhere = new Uint8Array(der.length + 7);
    elsewhere.set(der, 7);
    expect(parseCertificateCached(elsewhere.subarray(7))).toBe(first);
    expect(first.raw.buffer).not.toBe(der.buffer);
  });

  it('tells apart certificates of the same length and the same last bytes', () => {
    // Another subject, same length, same signature bytes at the end: a look-alike.
    const text = Buffer.from('Cache holder');
    const at = Buffer.from(der).lastIndexOf(text); // the subject (the issuer comes first)
    expect(at).toBeGreaterThan(0);
    const lookAlike = Uint8Array.from(der);
    lookAlike[at] = 'K'.charCodeAt(0);
    const holder = parseCertificateCached(der);
    const other = parseCertificateCached(lookAlike);
    expect(other).not.toBe(holder);
    expect(other.subject.find((a) => a.oid === '2.5.4.3')?.value).toBe('Kache holder');
    expect(parseCertificateCached(lookAlike)).toBe(other);
    expect(parseCertificateCached(der)).toBe(holder);
    expect(holder.subject.find((a) => a.oid === '2.5.4.3')?.value).toBe('Cache holder');
  });
});
