import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { children, readDer } from '../asn1/der.ts';
import { algorithm, octetString, sequence, setOf, time, tlv } from '../asn1/der-writer.ts';
import { readSignedAttributes } from './attributes.ts';
import { berToDer } from './ber.ts';
import { attribute, createCms } from './create-cms.ts';
import { CmsFormatError } from './errors.ts';
import { oid } from './oids.ts';
import { maxSigners, parseSignedData } from './signed-data.ts';
import { makeTestSigner } from './testing/test-signers.ts';
import { checkCms } from './verify-cms.ts';

const content = new TextEncoder().encode('signed content');
const signer = makeTestSigner('RSA');
const cms = createCms({
  content,
  detached: false,
  certificate: signer.certificate,
  algorithm: 'RSA',
  sign: signer.sign,
  signingTime: new Date('2026-11-22T10:00:00Z'),
});

describe('berToDer', () => {
  it('returns DER input itself, without copying', () => {
    expect(berToDer(cms)).toBe(cms);
  });

  it('gives indefinite lengths definite ones and joins constructed OCTET STRING segments', () => {
    // SEQUENCE (indefinite) { [0] (indefinite) { OCTET STRING (constructed) { "ab", "cd" } }, NULL }
    const ber = Uint8Array.of(
      0x30,
      0x80,
      0xa0,
      0x80,
      0x24,
      0x80,
      0x04,
      0x02,
      0x61,
      0x62,
      0x04,
      0x02,
      0x63,
      0x64,
      0x00,
      0x00,
      0x00,
      0x00,
      0x05,
      0x00,
      0x00,
      0x00,
    );
    expect(Array.from(berToDer(ber))).toEqual(
      Array.from(sequence(tlv(0xa0, octetString(new TextEncoder().encode('abcd'))), Uint8Array.of(0x05, 0x00))),
    );
  });

  it('refuses missing end-of-contents, trailing bytes, bombs of nesting', () => {
    expect(() => berToDer(Uint8Array.of(0x30, 0x80, 0x05, 0x00))).toThrow(CmsFormatError);
    expect(() => berToDer(Uint8Array.of(0x05, 0x00, 0x00))).toThrow(/trailing/);
    const deep = new Uint8Array(2000).map((_, i) => (i % 2 === 0 ? 0x30 : 0x80));
    expect(() => berToDer(deep)).toThrow(/too deep/);
    expect(() => berToDer(Uint8Array.of(0x04, 0x80, 0x00, 0x00))).toThrow(/primitive/);
  });
});

describe('parseSignedData / checkCms on hostile input: a typed error or a failure code, never a crash', () => {
  it('every truncation is SIG_MALFORMED', () => {
    for (let length = 0; length < cms.length; length++) {
      const result = checkCms(cms.subarray(0, length));
      expect(result.ok ? 'ok' : result.code).toBe('SIG_MALFORMED');
    }
  });

  it('single-bit flips anywhere give a failure code, not an exception', () => {
    for (let offset = 0; offset < cms.length; offset++) {
      const copy = Uint8Array.from(cms);
      copy[offset]! ^= 1 << (offset % 8);
      const result = checkCms(copy);
      // A flip inside the unsigned certificate's own signature, or inside a padding-free spot, may
      // leave the CMS valid; everything else must come back as one of the codes.
      if (!result.ok)
        expect(['SIG_MALFORMED', 'SIG_CONTENT_MISMATCH', 'SIG_BAD_SIGNATURE', 'SIG_UNSUPPORTED_ALGORITHM']).toContain(
          result.code,
        );
    }
  });

  it('random garbage is SIG_MALFORMED', () => {
    for (let i = 0; i < 200; i++) {
      const result = checkCms(new Uint8Array(randomBytes(1 + (i % 50) * 7)));
      expect(result.ok ? 'ok' : result.code).toBe('SIG_MALFORMED');
    }
  });

  it('bounds the signers, and so the signature verifications, one CMS can demand', () => {
    // Repeat the one SignerInfo maxSigners + 1 times.
    const [type, explicit] = children(readDer(cms));
    const parts = children(children(explicit!)[0]!);
    const signerInfo = children(parts.at(-1)!)[0]!.raw;
    const many = setOf(...Array.from({ length: maxSigners + 1 }, () => signerInfo));
    const signedData = sequence(...parts.slice(0, -1).map((part) => part.raw), many);
    const result = checkCms(sequence(type!.raw, tlv(0xa0, signedData)));
    expect(result).toMatchObject({ ok: false, code: 'SIG_MALFORMED', detail: `more than ${maxSigners} signers` });
  });

  it('parse errors are CmsFormatError', () => {
    expect(() => parseSignedData(cms.subarray(0, 50))).toThrow(CmsFormatError);
    expect(() => parseSignedData(Uint8Array.of(0x30, 0x00))).toThrow(CmsFormatError);
    expect(() => parseSignedData(cms, { maxBytes: 10 })).toThrow(/larger than 10 bytes/);
  });

  it('reads ESS signingCertificateV2, with and without its default SHA-256 hash algorithm', () => {
    const hash = new Uint8Array(64).fill(7);
    const v2 = (...ids: Uint8Array[]) =>
      readSignedAttributes(readDer(tlv(0xa0, attribute(oid.signingCertificateV2, sequence(sequence(...ids))))));
    expect(v2(sequence(algorithm(oid.sha512), octetString(hash))).signingCertificate).toEqual({
      version: 2,
      certs: [{ hashAlgorithm: oid.sha512, certHash: hash }],
    });
    expect(v2(sequence(octetString(hash.subarray(0, 32)))).signingCertificate!.certs[0]!.hashAlgorithm).toBe(
      oid.sha256,
    );
    const twice = tlv(0xa0, attribute(oid.signingTime, time(new Date())), attribute(oid.signingTime, time(new Date())));
    expect(() => readSignedAttributes(readDer(twice))).toThrow(/appears twice/);
  });

  it('reads the fields of a CMS', () => {
    const parsed = parseSignedData(cms);
    expect(parsed.contentType).toBe('1.2.840.113549.1.7.1');
    expect(Buffer.from(parsed.content!).toString()).toBe('signed content');
    expect(parsed.unreadableCertificates).toBe(0);
    const [info] = parsed.signers;
    expect(info!.signedAttributes!.der[0]).toBe(0x31);
    expect(info!.signedAttributes!.messageDigest).toHaveLength(32);
    expect(info!.unsignedAttributes).toEqual([]);
    expect(info!.timestampTokens).toEqual([]);
  });
});

describe('reading a CMS held in a Buffer', () => {
  it('leaves the caller’s bytes as they were, so the same CMS can be read again (Buffer.slice is a view)', () => {
    const held = Buffer.from(Buffer.from(cms).toString('base64'), 'base64');
    const before = Buffer.from(held);
    parseSignedData(held);
    expect(held.equals(before)).toBe(true);
    expect(() => parseSignedData(held)).not.toThrow();
    expect(checkCms(held, {}).ok).toBe(true);
  });
});
