import { createHash } from 'node:crypto';
import type { Certificate } from '../x509/certificate.ts';

// Certificates are parsed once and reused, so remembering digests per object saves rehashing on
// every verification; WeakMaps let parsed certificates be collected as usual.
const identities = new WeakMap<Certificate, string>();
const signedParts = new WeakMap<Certificate, string>();
const keys = new WeakMap<Certificate, string>();

function memo(map: WeakMap<Certificate, string>, certificate: Certificate, parts: (string | Uint8Array)[]): string {
  let value = map.get(certificate);
  if (value === undefined) {
    const hash = createHash('sha256');
    for (const part of parts) hash.update(typeof part === 'string' ? `${part}\u0000` : part);
    value = hash.digest('hex');
    map.set(certificate, value);
  }
  return value;
}

/** SHA-256 of the certificate's DER, lower-case hex: its identity in the store and in chains. */
export function fingerprint(certificate: Certificate): string {
  return memo(identities, certificate, [certificate.raw]);
}

/**
 * What a signature check of this certificate depends on: the signed bytes, the algorithm and the
 * signature itself (not `raw`, so a certificate object altered after parsing is never mistaken
 * for the one whose check was cached).
 */
export function signedFingerprint(certificate: Certificate): string {
  return memo(signedParts, certificate, [certificate.signatureAlgorithm, certificate.tbs, certificate.signature]);
}

/** What a signature check depends on from the signer: its key. */
export function keyFingerprint(certificate: Certificate): string {
  return memo(keys, certificate, [certificate.publicKeyAlgorithm, certificate.publicKey]);
}
