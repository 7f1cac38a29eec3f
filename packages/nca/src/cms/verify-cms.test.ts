import { constants, createHash, sign as nodeSign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { children, readDer } from '../asn1/der.ts';
import {
  algorithm,
  contextConstructed,
  contextPrimitive,
  integer,
  objectId,
  octetString,
  sequence,
  setOf,
  tlv,
} from '../asn1/der-writer.ts';
import type { CmsAlgorithm } from './create-cms.ts';
import { contentDigest, identifyingDigest } from './digest.ts';
import { oid } from './oids.ts';
import { cmsBy, signedDataBy, testSigningTime } from './testing/signed-by.ts';
import { makeTestSigner, type TestSigner } from './testing/test-signers.ts';
import { type CmsCheck, checkCms } from './verify-cms.ts';

const content = new TextEncoder().encode('<declaration number="10000000/221126/0000001">Shekara</declaration>');
const signingTime = testSigningTime;
const rsa = makeTestSigner('RSA', { commonName: 'RSA signer' });

function make(signer: TestSigner, family: CmsAlgorithm, detached = false, data = content): Uint8Array {
  return cmsBy(signer, family, data, detached);
}

function failure(result: CmsCheck): { code: string; detail: string } {
  if (result.ok) throw new Error('expected a failure');
  return { code: result.code, detail: result.detail };
}

/** The offset of `needle` in `haystack` (test inputs are chosen so it occurs once). */
function find(haystack: Uint8Array, needle: Uint8Array): number {
  return Buffer.from(haystack).indexOf(Buffer.from(needle));
}

function flipped(bytes: Uint8Array, offset: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[offset]! ^= 0x01;
  return copy;
}

describe('checkCms — REG-4, ACC-6, ACC-9: CMS signatures at registration, log-in and filing', () => {
  describe.each(['RSA', 'GOST2004', 'GOST2015-512'] as const)('%s round trip', (family) => {
    const signer = family === 'RSA' ? rsa : makeTestSigner(family);

    it('accepts an attached signature and returns content, signer and signing time', () => {
      const result = checkCms(make(signer, family));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(Buffer.from(result.content).equals(Buffer.from(content))).toBe(true);
      expect(result.detached).toBe(false);
      expect(result.contentType).toBe(oid.data);
      expect(result.signers).toHaveLength(1);
      const [first] = result.signers;
      expect(Buffer.from(first!.certificate.raw).equals(Buffer.from(signer.certificate))).toBe(true);
      expect(first!.certificates).toHaveLength(1);
      expect(first!.signingTime).toEqual(signingTime);
      expect(first!.timestamp).toBeUndefined();
      const expected = {
        RSA: [oid.sha256, oid.sha256WithRsa],
        GOST2004: [oid.gost34311, oid.gost2004Signature],
        'GOST2015-512': [oid.streebog512, oid.gost2015Signature512],
      }[family];
      expect([first!.digestAlgorithm, first!.signatureAlgorithm]).toEqual(expected);
    });

    it('accepts a detached signature with the data supplied, and refuses it without', () => {
      const cms = make(signer, family, true);
      const result = checkCms(cms, { data: content });
      expect(result.ok && result.detached).toBe(true);
      expect(failure(checkCms(cms))).toEqual({
        code: 'SIG_CONTENT_MISMATCH',
        detail: expect.stringMatching(/detached.*not supplied/),
      });
    });

    it('refuses other data (SIG_CONTENT_MISMATCH) and a changed signature (SIG_BAD_SIGNATURE)', () => {
      const detached = make(signer, family, true);
      expect(failure(checkCms(detached, { data: flipped(content, 3) })).code).toBe('SIG_CONTENT_MISMATCH');
      const attached = make(signer, family);
      expect(failure(checkCms(flipped(attached, find(attached, content) + 10))).code).toBe('SIG_CONTENT_MISMATCH');
      // createCms ends the CMS with the signature OCTET STRING.
      expect(failure(checkCms(flipped(attached, attached.length - 5))).code).toBe('SIG_BAD_SIGNATURE');
    });
  });

  it('compares supplied data with attached content', () => {
    const cms = make(rsa, 'RSA');
    expect(checkCms(cms, { data: content }).ok).toBe(true);
    expect(failure(checkCms(cms, { data: new Uint8Array(3) }))).toEqual({
      code: 'SIG_CONTENT_MISMATCH',
      detail: expect.stringMatching(/differ from the content attached/),
    });
  });

  it('refuses a changed signed attribute (the signing time) as SIG_BAD_SIGNATURE', () => {
    const cms = make(rsa, 'RSA');
    const utcTime = Buffer.from('261122100000Z', 'latin1');
    const offset = find(cms, utcTime);
    expect(offset).toBeGreaterThan(0);
    expect(failure(checkCms(flipped(cms, offset + 1))).code).toBe('SIG_BAD_SIGNATURE');
  });

  it('refuses truncated input, garbage and other content types as SIG_MALFORMED', () => {
    const cms = make(rsa, 'RSA');
    for (const length of [0, 1, 2, 10, 100, cms.length - 1])
      expect(failure(checkCms(cms.subarray(0, length))).code).toBe('SIG_MALFORMED');
    expect(failure(checkCms(new TextEncoder().encode('not a signature at all'))).code).toBe('SIG_MALFORMED');
    const dataContentInfo = sequence(objectId(oid.data), contextConstructed(0, octetString(content)));
    expect(failure(checkCms(dataContentInfo))).toEqual({
      code: 'SIG_MALFORMED',
      detail: expect.stringMatching(/not SignedData/),
    });
    expect(failure(checkCms(cms, { maxBytes: 100 }))).toEqual({
      code: 'SIG_MALFORMED',
      detail: expect.stringMatching(/larger than 100 bytes/),
    });
  });

  it('refuses an unknown signature or digest algorithm as SIG_UNSUPPORTED_ALGORITHM', () => {
    const unknownSignature = signedDataBy(rsa, content, {
      digestAlgorithm: oid.sha256,
      signatureAlgorithm: algorithm('1.2.3.4.5'),
    });
    expect(failure(checkCms(unknownSignature))).toEqual({
      code: 'SIG_UNSUPPORTED_ALGORITHM',
      detail: expect.stringMatching(/1\.2\.3\.4\.5/),
    });
    // Rewrite SHA-256 (…4.2.1) as the unassigned …4.2.99 everywhere it is named.
    const sha256 = objectId(oid.sha256);
    const cms = make(rsa, 'RSA');
    const patched = Buffer.from(cms.slice());
    for (let at = patched.indexOf(Buffer.from(sha256)); at >= 0; at = patched.indexOf(Buffer.from(sha256), at + 1))
      patched[at + sha256.length - 1] = 99;
    expect(failure(checkCms(new Uint8Array(patched)))).toEqual({
      code: 'SIG_UNSUPPORTED_ALGORITHM',
      detail: expect.stringMatching(/digest algorithm 2\.16\.840\.1\.101\.3\.4\.2\.99/),
    });
  });

  it('does not accept SHA-1 as a content digest, only to identify (imprints, ESS hashes)', () => {
    expect(contentDigest(oid.sha1)).toBeNull();
    expect(identifyingDigest(oid.sha1)).not.toBeNull();
  });

  it.each([
    {
      name: 'accepts rsaEncryption (the key OID) in SignerInfo.signatureAlgorithm, mapped by the digest',
      signer: () => rsa,
      digest: oid.sha256,
      keyOid: oid.rsaEncryption,
      signature: oid.sha256WithRsa,
    },
    {
      name: 'accepts GOST key OIDs in SignerInfo.signatureAlgorithm',
      signer: () => makeTestSigner('GOST2015-512'),
      digest: oid.streebog512,
      keyOid: oid.gost2015Key512,
      signature: oid.gost2015Signature512,
    },
  ])('$name', ({ signer, digest, keyOid, signature }) => {
    const cms = signedDataBy(signer(), content, { digestAlgorithm: digest, signatureAlgorithm: algorithm(keyOid) });
    const result = checkCms(cms);
    expect(result.ok && result.signers[0]!.signatureAlgorithm).toBe(signature);
  });

  it('verifies RSA-PSS with SHA-256, MGF1-SHA-256 and a 32-byte salt', () => {
    const signer = makeTestSigner('RSA');
    const sha256 = algorithm(oid.sha256);
    const parameters = sequence(
      contextConstructed(0, sha256),
      contextConstructed(1, sequence(objectId(oid.mgf1), sha256)),
      contextConstructed(2, integer(32)),
    );
    const pss = (signed: Uint8Array) =>
      new Uint8Array(
        nodeSign('sha256', signed, {
          key: signer.privateKeyPem!,
          padding: constants.RSA_PKCS1_PSS_PADDING,
          saltLength: 32,
        }),
      );
    const cms = signedDataBy(signer, content, {
      sign: pss,
      digestAlgorithm: oid.sha256,
      signatureAlgorithm: sequence(objectId(oid.rsaPss), parameters),
    });
    expect(checkCms(cms).ok).toBe(true);
    expect(failure(checkCms(flipped(cms, cms.length - 5))).code).toBe('SIG_BAD_SIGNATURE');
    const pkcs1 = signedDataBy(signer, content, {
      digestAlgorithm: oid.sha256,
      signatureAlgorithm: sequence(objectId(oid.rsaPss), parameters),
    });
    expect(failure(checkCms(pkcs1)).code).toBe('SIG_BAD_SIGNATURE');
  });

  it.each(['RSA', 'GOST2015-512'] as const)(
    '%s: verifies a signature over the content itself, without signed attributes',
    (family) => {
      const signer = family === 'RSA' ? rsa : makeTestSigner(family);
      const [digestAlgorithm, signatureAlgorithm] =
        family === 'RSA' ? [oid.sha256, oid.sha256WithRsa] : [oid.streebog512, oid.gost2015Signature512];
      const parts = {
        digestAlgorithm,
        signatureAlgorithm: algorithm(signatureAlgorithm),
        withoutSignedAttributes: true,
      };
      const attached = signedDataBy(signer, content, parts);
      const result = checkCms(attached);
      expect(result.ok && result.signers[0]!.signingTime).toBeUndefined();
      expect(checkCms(signedDataBy(signer, content, { ...parts, detached: true }), { data: content }).ok).toBe(true);
      // With nothing but the signature to bind the content, a change shows as a bad signature.
      expect(failure(checkCms(flipped(attached, find(attached, content) + 2))).code).toBe('SIG_BAD_SIGNATURE');
    },
  );

  it('refuses a signature whose signed ESS signingCertificate names another certificate', () => {
    const other = makeTestSigner('GOST2004').certificate;
    const cms = signedDataBy(rsa, content, {
      digestAlgorithm: oid.sha256,
      signatureAlgorithm: algorithm(oid.sha256WithRsa),
      essCertificate: other,
    });
    // The signer's certificate hash is remembered from a good signature; the binding is still checked.
    expect(checkCms(make(rsa, 'RSA')).ok).toBe(true);
    expect(failure(checkCms(cms))).toEqual({
      code: 'SIG_BAD_SIGNATURE',
      detail: expect.stringMatching(/signingCertificate attribute names another certificate/),
    });
    expect(checkCms(make(rsa, 'RSA')).ok).toBe(true);
  });

  it('finds a signer named by subjectKeyIdentifier', () => {
    const keyIdentifier = createHash('sha1').update('ski signer').digest();
    const signer = makeTestSigner('RSA', { subjectKeyIdentifier: keyIdentifier });
    const cms = signedDataBy(signer, content, {
      digestAlgorithm: oid.sha256,
      signatureAlgorithm: algorithm(oid.sha256WithRsa),
      signerIdentifier: contextPrimitive(0, keyIdentifier),
    });
    expect(checkCms(cms).ok).toBe(true);
  });

  it('finds a signer whose IssuerAndSerialNumber re-encodes the issuer Name (same name, other string type)', () => {
    const cms = make(rsa, 'RSA');
    const signerInfo = children(children(children(children(readDer(cms))[1]!)[0]!).at(-1)!)[0]!;
    const issuer = children(children(signerInfo)[1]!)[0]!;
    const copy = Uint8Array.from(cms);
    // Every UTF8String (0x0c) of ASCII text in the Name becomes a PrintableString (0x13): the
    // decoded name is the same, the bytes differ from the certificate's issuer.
    let changed = 0;
    const reencode = (node: ReturnType<typeof readDer>) => {
      for (const set of children(node)) {
        for (const pair of children(set)) {
          const value = children(pair)[1]!;
          if (value.tag === 0x0c && /^[A-Za-z0-9 '()+,./:=?-]*$/.test(Buffer.from(value.value).toString('latin1'))) {
            copy[value.raw.byteOffset - cms.byteOffset] = 0x13;
            changed++;
          }
        }
      }
    };
    reencode(issuer);
    expect(changed).toBeGreaterThan(0);
    expect(Buffer.from(copy).equals(Buffer.from(cms))).toBe(false);
    expect(checkCms(copy).ok).toBe(true);
  });

  it('refuses a signer whose certificate is not embedded (SIG_MALFORMED)', () => {
    const cms = signedDataBy(rsa, content, {
      digestAlgorithm: oid.sha256,
      signatureAlgorithm: algorithm(oid.sha256WithRsa),
      embeddedCertificates: [makeTestSigner('GOST2004').certificate],
    });
    expect(failure(checkCms(cms))).toEqual({
      code: 'SIG_MALFORMED',
      detail: expect.stringMatching(/certificate is not embedded/),
    });
  });

  it('checks every signer of a CMS with several, and says which one failed', () => {
    const gost = makeTestSigner('GOST2015-512');
    const first = make(rsa, 'RSA');
    const second = make(gost, 'GOST2015-512');
    const merged = mergeSigners(first, second);
    const result = checkCms(merged);
    expect(result.ok && result.signers.map((s) => s.signatureAlgorithm)).toEqual(
      expect.arrayContaining([oid.sha256WithRsa, oid.gost2015Signature512]),
    );
    expect(result.ok && result.signers[0]!.certificates).toHaveLength(2);
    const broken = mergeSigners(first, flipped(second, second.length - 5));
    expect(failure(checkCms(broken))).toEqual({
      code: 'SIG_BAD_SIGNATURE',
      detail: expect.stringMatching(/^signer \d: /),
    });
  });
});

/** A SignedData holding the certificates and SignerInfos of two CMS over the same content. */
function mergeSigners(a: Uint8Array, b: Uint8Array): Uint8Array {
  const parts = (cms: Uint8Array) => children(children(children(readDer(cms))[1]!)[0]!);
  const [version, digests, encapsulated, certificatesA, signersA] = parts(a);
  const [, , , certificatesB, signersB] = parts(b);
  const digestSet = new Set(
    [...children(digests!), ...children(parts(b)[1]!)].map((d) => Buffer.from(d.raw).toString('hex')),
  );
  const signedData = sequence(
    version!.raw,
    setOf(...[...digestSet].map((h) => new Uint8Array(Buffer.from(h, 'hex')))),
    encapsulated!.raw,
    tlv(0xa0, ...[...children(certificatesA!), ...children(certificatesB!)].map((c) => c.raw)),
    setOf(...[...children(signersA!), ...children(signersB!)].map((s) => s.raw)),
  );
  return sequence(objectId(oid.signedData), contextConstructed(0, signedData));
}
