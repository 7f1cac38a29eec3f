import { createPublicKey, generateKeyPair as generateRsa, type KeyObject, randomBytes, sign } from 'node:crypto';
import { promisify } from 'node:util';
import { algorithm, bitString, objectId, octetString, sequence } from '../asn1/der-writer.ts';
import { type Curve, cryptoProA, tc26Gost512A } from '../gost/curves.ts';
import { gost34311, streebog512 } from '../gost/digests.ts';
import { littleEndian, multiply } from '../gost/verify.ts';
import { type KeyAlgorithm, oids } from './algorithms.ts';

export type { KeyAlgorithm } from './algorithms.ts';

/**
 * A private key of one of the three NCA families. RSA stays an OpenSSL KeyObject (node:crypto
 * signs with it); OpenSSL knows neither GOST 34.310 nor the Kazakh OIDs, so a GOST key is the bare
 * scalar with its curve, plus the public point computed once (d·G is the costly part).
 */
export type PrivateKey = RsaPrivateKey | GostPrivateKey;

export interface RsaPrivateKey {
  algorithm: 'RSA';
  keyObject: KeyObject;
}

export interface GostPrivateKey {
  algorithm: 'GOST2004' | 'GOST2015-512';
  curve: Curve;
  scalar: bigint;
  /** X‖Y, each little-endian: what an NCA certificate's public key holds. */
  publicKey: Uint8Array;
}

// 2048 bits is what NCA issues for RSA; fewer would make certificates unlike the real ones.
const rsaBits = 2048;
const generateRsaAsync = promisify(generateRsa);

export function curveOf(algorithm: GostPrivateKey['algorithm']): Curve {
  return algorithm === 'GOST2004' ? cryptoProA : tc26Gost512A;
}

/** A fresh key pair. Async because RSA key generation is slow and runs on libuv's thread pool. */
export async function generateKeyPair(keyAlgorithm: KeyAlgorithm): Promise<PrivateKey> {
  if (keyAlgorithm === 'RSA') {
    const { privateKey } = await generateRsaAsync('rsa', { modulusLength: rsaBits, publicExponent: 0x10001 });
    return { algorithm: 'RSA', keyObject: privateKey };
  }
  return gostPrivateKey(keyAlgorithm, randomScalar(curveOf(keyAlgorithm)));
}

/** Wraps a GOST scalar (from a key container or a test vector), checking 0 < d < q. */
export function gostPrivateKey(keyAlgorithm: GostPrivateKey['algorithm'], scalar: bigint): GostPrivateKey {
  const curve = curveOf(keyAlgorithm);
  if (scalar <= 0n || scalar >= curve.q) throw new RangeError('GOST private key out of range');
  const point = multiply(curve, scalar, curve.gx, curve.gy);
  if (!point) throw new RangeError('GOST private key gives the point at infinity');
  const publicKey = new Uint8Array(2 * curve.size);
  publicKey.set(toLittleEndian(point[0], curve.size), 0);
  publicKey.set(toLittleEndian(point[1], curve.size), curve.size);
  return { algorithm: keyAlgorithm, curve, scalar, publicKey };
}

export function rsaPrivateKey(keyObject: KeyObject): RsaPrivateKey {
  if (keyObject.type !== 'private' || keyObject.asymmetricKeyType !== 'rsa')
    throw new TypeError('not an RSA private key');
  return { algorithm: 'RSA', keyObject };
}

/** SubjectPublicKeyInfo DER exactly as NCA certificates carry it. */
export function publicKeyInfo(key: PrivateKey): Uint8Array {
  if (key.algorithm === 'RSA')
    return new Uint8Array(createPublicKey(key.keyObject).export({ type: 'spki', format: 'der' }));
  // The GOST point is an OCTET STRING inside the BIT STRING (as in RFC 4491, but little-endian halves).
  return sequence(gostKeyAlgorithm(key.algorithm), bitString(octetString(key.publicKey)));
}

/** AlgorithmIdentifier of a GOST key: the key OID with SEQUENCE { curve OID, digest OID }. */
export function gostKeyAlgorithm(keyAlgorithm: GostPrivateKey['algorithm']): Uint8Array {
  return keyAlgorithm === 'GOST2004'
    ? algorithm(oids.gost2004Key, sequence(objectId(oids.gost2004Curve), objectId(oids.gost2004DigestParams)))
    : algorithm(oids.gost2015Key, sequence(objectId(oids.gost2015Curve), objectId(oids.gost2015Digest)));
}

/** The key in the form `Certificate.publicKey` holds it: X‖Y for GOST, the SPKI DER for RSA. */
export function certificatePublicKey(key: PrivateKey): Uint8Array {
  return key.algorithm === 'RSA' ? publicKeyInfo(key) : key.publicKey;
}

export function signatureAlgorithmOid(keyAlgorithm: KeyAlgorithm): string {
  if (keyAlgorithm === 'RSA') return oids.sha256WithRsa;
  return keyAlgorithm === 'GOST2004' ? oids.gost2004Signature : oids.gost2015Signature;
}

/**
 * Signs `data` (hashing it first: SHA-256, GOST 34.311-95 or Streebog-512) and returns the
 * signature as NCA writes it: PKCS#1 v1.5 for RSA, r‖s each little-endian for GOST.
 */
export function signRaw(key: PrivateKey, data: Uint8Array): Uint8Array {
  if (key.algorithm === 'RSA') return new Uint8Array(sign('sha256', data, key.keyObject));
  const digest = key.algorithm === 'GOST2004' ? gost34311(data) : streebog512(data);
  return signGostDigest(key, digest);
}

/** signRaw answering later: RSA is signed on libuv's thread pool; GOST (no thread pool support) signs at once. */
export function signRawAsync(key: PrivateKey, data: Uint8Array): Promise<Uint8Array> {
  if (key.algorithm !== 'RSA') return Promise.resolve(signRaw(key, data));
  return new Promise((resolve, reject) =>
    sign('sha256', data, key.keyObject, (error, signature) =>
      error ? reject(error) : resolve(new Uint8Array(signature)),
    ),
  );
}

/** GOST 34.10 signing of a digest (the standard's steps 2–6), with a fresh random k each time. */
export function signGostDigest(key: GostPrivateKey, digest: Uint8Array): Uint8Array {
  const { curve, scalar } = key;
  const { q, size } = curve;
  let e = littleEndian(digest) % q;
  if (e === 0n) e = 1n;
  for (;;) {
    const k = randomScalar(curve);
    const point = multiply(curve, k, curve.gx, curve.gy);
    if (!point) continue;
    const r = point[0] % q;
    if (r === 0n) continue;
    const s = (r * scalar + k * e) % q;
    if (s === 0n) continue;
    const signature = new Uint8Array(2 * size);
    signature.set(toLittleEndian(r, size), 0);
    signature.set(toLittleEndian(s, size), size);
    return signature;
  }
}

/** A uniform scalar in [1, q−1]; 8 extra random bytes make the modulo bias negligible. */
function randomScalar(curve: Curve): bigint {
  return (littleEndian(randomBytes(curve.size + 8)) % (curve.q - 1n)) + 1n;
}

export function toLittleEndian(value: bigint, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let rest = value;
  for (let i = 0; i < size; i++) {
    out[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  if (rest !== 0n) throw new RangeError('integer does not fit');
  return out;
}
