import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import { tc26Gost256A } from '../gost/curve-256.ts';
import { cryptoProA, tc26Gost512A } from '../gost/curves.ts';
import { gost34311, streebog256, streebog512 } from '../gost/digests.ts';
import { verifyGostFast } from '../gost/fast.ts';
import { type NativeRsaKey, nativeGost, type RsaDigestName } from '../gost/native.ts';
import { verifyGost } from '../gost/verify.ts';
import { LruCache } from '../trust/lru.ts';
import type { Certificate } from './certificate.ts';

export type SignatureCheck = 'valid' | 'invalid' | 'unsupported';

const rsaByOid: Record<string, RsaDigestName> = {
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
};

/** Did `issuer`'s key sign `certificate`? RSA through OpenSSL: the native addon's rsaVerify when it is
 * loaded (a key imported once, a verification context reused), else node:crypto; GOST through our own
 * code (gost/fast.ts: the native addon when it is built, else BigInt). */
export function checkCertificateSignature(certificate: Certificate, issuer: Certificate): SignatureCheck {
  return checkSignature(certificate.signatureAlgorithm, certificate.tbs, certificate.signature, issuer);
}

/** The same check for any structure signed by a certificate's key (certificates, CRLs, OCSP responses). */
export function checkSignature(
  algorithm: string,
  signed: Uint8Array,
  signature: Uint8Array,
  signer: Certificate,
): SignatureCheck {
  const rsaDigest = rsaByOid[algorithm];
  if (rsaDigest) {
    if (signer.publicKeyAlgorithm !== '1.2.840.113549.1.1.1') return 'invalid';
    try {
      const key = rsaKeyOf(signer);
      if (key.native) return nativeGost!.rsaVerify(key.native, rsaDigest, signed, signature) ? 'valid' : 'invalid';
      return verify(rsaDigest, signed, key.node!, signature) ? 'valid' : 'invalid';
    } catch {
      return 'invalid';
    }
  }
  if (algorithm === '1.2.398.3.10.1.1.1.2') {
    if (signer.publicKeyAlgorithm !== '1.2.398.3.10.1.1.1.1') return 'invalid';
    return verifyGostFast(cryptoProA, gost34311(signed), signature, signer.publicKey) ? 'valid' : 'invalid';
  }
  if (algorithm === '1.2.398.3.10.1.1.2.3.2') {
    if (signer.publicKeyAlgorithm !== '1.2.398.3.10.1.1.2.2') return 'invalid';
    return verifyGostFast(tc26Gost512A, streebog512(signed), signature, signer.publicKey) ? 'valid' : 'invalid';
  }
  if (algorithm === '1.2.398.3.10.1.1.2.3.1') {
    if (signer.publicKeyAlgorithm !== '1.2.398.3.10.1.1.2.1') return 'invalid';
    return verifyGost(tc26Gost256A, streebog256(signed), signature, signer.publicKey) ? 'valid' : 'invalid';
  }
  return 'unsupported';
}

/** A signer's imported RSA key: the addon's handle when the addon is loaded and took the key, else node's KeyObject. */
interface RsaKey {
  native: NativeRsaKey | null;
  node: KeyObject | null;
}

// Importing an RSA key into OpenSSL costs several times the verification itself; the same
// signers and CAs come back all day, so their imported keys are kept (bounded). A native handle
// is freed by its finalizer once neither cache holds it.
const rsaKeys = new LruCache<string, RsaKey>(4096);

// In front of it, the key per parsed certificate object (certificate-cache.ts hands out the same
// object for the same bytes): a hit then costs no key string of the SubjectPublicKeyInfo.
const rsaKeysByCertificate = new WeakMap<Certificate, RsaKey>();

function rsaKeyOf(certificate: Certificate): RsaKey {
  let key = rsaKeysByCertificate.get(certificate);
  if (!key) {
    key = rsaKey(certificate.publicKey);
    rsaKeysByCertificate.set(certificate, key);
  }
  return key;
}

function rsaKey(spki: Uint8Array): RsaKey {
  const der = Buffer.from(spki.buffer, spki.byteOffset, spki.byteLength);
  const id = der.toString('latin1');
  let key = rsaKeys.get(id);
  if (!key) {
    key = { native: null, node: null };
    if (nativeGost) {
      try {
        key.native = nativeGost.rsaPublicKey(spki);
      } catch {
        // a key the addon refuses (not rsaEncryption, under 1,024 bits, trailing bytes…) gets node's answer, as before
      }
    }
    // throws for a key OpenSSL cannot read at all: checkSignature answers 'invalid' (nothing cached)
    if (!key.native) key.node = createPublicKey({ key: der, format: 'der', type: 'spki' });
    rsaKeys.set(id, key);
  }
  return key;
}
