import crypto, { createHash } from 'node:crypto';
import gost from 'node-gost-crypto';
import { equalBytes } from '../bytes.ts';
import { gost34311, streebog512 } from '../gost/digests.ts';
import { nativeGost, type RsaDigestName } from '../gost/native.ts';
import type { Certificate } from '../x509/certificate.ts';
import { oid } from './oids.ts';

type Digest = (data: Uint8Array) => Uint8Array;

// crypto.hash (Node 20.12+) skips the Hash object's set-up, a good part of the cost for the small
// inputs signatures cover; older Node versions use createHash.
const oneShot = typeof crypto.hash === 'function' ? crypto.hash : null;
const node = (name: string): Digest =>
  oneShot
    ? (data) => bytesOf(oneShot(name, data, 'buffer'))
    : (data) => bytesOf(createHash(name).update(data).digest());
const bytesOf = (buffer: Buffer): Uint8Array => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);

// gost/digests.ts has no Streebog-256 yet; NCA defines an OID for it (GOST 2015 256-bit keys), so
// the messageDigest of such a CMS can at least be checked here.
const streebog256Engine = gost.gostEngine.getGostDigest({ name: 'GOST R 34.11', version: 2012, length: 256 });
const streebog256: Digest = (data) => new Uint8Array(streebog256Engine.digest(data));

/**
 * Digests a signer may use over the content. SHA-1 is left out on purpose: a SHA-1 messageDigest
 * lets a collision swap the signed content.
 */
const contentDigests: Record<string, Digest> = {
  [oid.sha256]: node('sha256'),
  [oid.sha384]: node('sha384'),
  [oid.sha512]: node('sha512'),
  [oid.gost34311]: gost34311,
  // CryptoPro's OID for GOST R 34.11-94; NCA's 34.311-95 is the same function with the D-TEST
  // S-box, which is what NCA tools mean when they write this OID.
  [oid.gost34311CryptoPro]: gost34311,
  [oid.streebog256]: streebog256,
  [oid.streebog512]: streebog512,
};

/**
 * Digests also allowed where a hash only identifies something already obtained otherwise: a
 * time-stamp imprint (the NCA test TSA answers SHA-1 requests) or an ESS certificate hash.
 */
const identifyingDigests: Record<string, Digest> = { ...contentDigests, [oid.sha1]: node('sha1') };

export function contentDigest(algorithm: string): Digest | null {
  return contentDigests[algorithm] ?? null;
}

// The SHA-2 content digests the addon checks in one call (native/gost/rsa.c, digestMatches).
const nativeSha2 = new Map<string, RsaDigestName>([
  [oid.sha256, 'sha256'],
  [oid.sha384, 'sha384'],
  [oid.sha512, 'sha512'],
]);

/**
 * Whether `expected` is the `algorithm` digest of `data` (a messageDigest against the content);
 * null for an algorithm contentDigest does not know. The same answer as comparing with
 * contentDigest(algorithm)(data), by the addon for SHA-2 when it is loaded.
 */
export function contentDigestMatches(algorithm: string, data: Uint8Array, expected: Uint8Array): boolean | null {
  const native = nativeGost ? nativeSha2.get(algorithm) : undefined;
  if (native) return nativeGost!.digestMatches(native, data, expected);
  const digest = contentDigest(algorithm);
  return digest ? equalBytes(expected, digest(data)) : null;
}

export function identifyingDigest(algorithm: string): Digest | null {
  return identifyingDigests[algorithm] ?? null;
}

// The ESS signingCertificate attribute names the signer's certificate by a hash of its DER; the
// same certificate objects come back (certificate-cache.ts) and never change, so each hash is
// worked out once per certificate and algorithm (a GOST hash in JavaScript is not cheap).
const certificateDigests = new WeakMap<Certificate, Map<string, Uint8Array>>();

/** identifyingDigest of the certificate's DER, remembered per certificate object; null for an unknown algorithm. */
export function certificateDigest(certificate: Certificate, algorithm: string): Uint8Array | null {
  const hash = identifyingDigest(algorithm);
  if (!hash) return null;
  let byAlgorithm = certificateDigests.get(certificate);
  if (!byAlgorithm) certificateDigests.set(certificate, (byAlgorithm = new Map()));
  let digest = byAlgorithm.get(algorithm);
  if (!digest) {
    digest = hash(certificate.raw);
    byAlgorithm.set(algorithm, digest);
  }
  return digest;
}
