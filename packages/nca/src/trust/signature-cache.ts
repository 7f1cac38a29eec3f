import type { Certificate } from '../x509/certificate.ts';
import { checkCertificateSignature, type SignatureCheck } from '../x509/certificate-signature.ts';
import { keyFingerprint, signedFingerprint } from './fingerprint.ts';
import { LruCache } from './lru.ts';

/**
 * Certificate signature checks keyed by (what was signed, the signer's key). Every request carries
 * a signature and most come from a handful of CAs, so after the first request a chain (or an OCSP
 * responder's certificate) costs no public-key operation at all; GOST verification in JavaScript
 * takes milliseconds.
 */
const checks = new LruCache<string, SignatureCheck>(4096);

export function certificateSignedBy(certificate: Certificate, issuer: Certificate): SignatureCheck {
  const key = `${signedFingerprint(certificate)}:${keyFingerprint(issuer)}`;
  let check = checks.get(key);
  if (check === undefined) {
    check = checkCertificateSignature(certificate, issuer);
    checks.set(key, check);
  }
  return check;
}

export function signatureCacheStats(): { hits: number; misses: number; size: number } {
  return { hits: checks.hits, misses: checks.misses, size: checks.size };
}

export function clearSignatureCache(): void {
  checks.clear();
}
