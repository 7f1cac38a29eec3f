import { describe, expect, it } from 'vitest';
import { children, objectIdentifier, readDer } from '../asn1/der.ts';
import type { Certificate } from '../x509/certificate.ts';
import { checkSignature } from '../x509/certificate-signature.ts';
import { keyAlgorithms } from './algorithms.ts';
import {
  certificatePublicKey,
  generateKeyPair,
  gostPrivateKey,
  type PrivateKey,
  publicKeyInfo,
  signatureAlgorithmOid,
  signRaw,
} from './keys.ts';
import { decodePrivateKeyInfo, encodePrivateKeyInfo } from './pkcs8.ts';

/** Just enough of a certificate for checkSignature: the public key as a parsed certificate holds it. */
function holderOf(key: PrivateKey): Certificate {
  const spki = readDer(publicKeyInfo(key));
  const algorithm = objectIdentifier(children(children(spki)[0]!)[0]!);
  return { publicKeyAlgorithm: algorithm, publicKey: certificatePublicKey(key) } as Certificate;
}

describe.each(keyAlgorithms)('%s keys (issue 3: Shekara signs with its own test keys)', (family) => {
  it('signs so that the signature verifies with the public key, and fails on other data', async () => {
    const key = await generateKeyPair(family);
    const data = Buffer.from('декларация на товары');
    const signature = signRaw(key, data);
    expect(checkSignature(signatureAlgorithmOid(family), data, signature, holderOf(key))).toBe('valid');
    expect(checkSignature(signatureAlgorithmOid(family), Buffer.from('другое'), signature, holderOf(key))).toBe(
      'invalid',
    );
  });

  it('uses a fresh random k for GOST (two signatures of the same data differ)', async () => {
    const key = await generateKeyPair(family);
    const data = Uint8Array.of(1, 2, 3);
    const [a, b] = [signRaw(key, data), signRaw(key, data)];
    // RSA PKCS#1 v1.5 is deterministic; GOST must not be.
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(family === 'RSA');
  });

  it('survives a PKCS#8 round trip', async () => {
    const key = await generateKeyPair(family);
    const again = decodePrivateKeyInfo(encodePrivateKeyInfo(key));
    expect(Buffer.from(publicKeyInfo(again))).toEqual(Buffer.from(publicKeyInfo(key)));
  });
});

describe('SubjectPublicKeyInfo in the NCA encoding', () => {
  it('GOST 2004: key OID with curve and digest-parameter OIDs, the 64-byte point in an OCTET STRING', async () => {
    const key = await generateKeyPair('GOST2004');
    const [algorithm, bits] = children(readDer(publicKeyInfo(key)));
    const [oid, parameters] = children(algorithm!);
    expect(objectIdentifier(oid!)).toBe('1.2.398.3.10.1.1.1.1');
    expect(children(parameters!).map(objectIdentifier)).toEqual(['1.2.398.3.10.1.1.1.1.1', '1.2.398.3.10.1.3.1.1.0']);
    expect(Buffer.from(bits!.value.subarray(0, 3)).toString('hex')).toBe('000440');
  });

  it('GOST 2015-512: tc26 paramSetA and Streebog-512 OIDs, the 128-byte point', async () => {
    const key = await generateKeyPair('GOST2015-512');
    const [algorithm, bits] = children(readDer(publicKeyInfo(key)));
    expect(children(children(algorithm!)[1]!).map(objectIdentifier)).toEqual([
      '1.2.398.3.10.1.1.2.2.1',
      '1.2.398.3.10.1.3.3',
    ]);
    expect(Buffer.from(bits!.value.subarray(0, 4)).toString('hex')).toBe('00048180');
  });

  it('refuses GOST scalars out of range', () => {
    expect(() => gostPrivateKey('GOST2004', 0n)).toThrow(RangeError);
    expect(() => gostPrivateKey('GOST2015-512', 2n ** 512n)).toThrow(RangeError);
  });
});
