import type { Certificate } from '../x509/certificate.ts';
import { fingerprint } from './fingerprint.ts';
import { commonName, describeCertificate, sameName } from './names.ts';
import { certificateSignedBy, clearSignatureCache, signatureCacheStats } from './signature-cache.ts';
import type { TrustStore } from './trust-store.ts';

export type ChainErrorCode = 'SIG_UNTRUSTED_CHAIN' | 'SIG_CERT_EXPIRED' | 'SIG_CERT_NOT_YET_VALID';

export type ChainResult =
  | { ok: true; /** leaf first, the store certificate that ends the chain last */ chain: Certificate[] }
  | { ok: false; code: ChainErrorCode; detail: string; certificate?: Certificate };

export interface ChainOptions {
  /** Longest chain accepted, leaf and store certificate included. */
  maxDepth?: number;
}

// NCA chains are two or three certificates long; eight leaves room for any real PKI and still
// bounds the work a hostile bundle of embedded certificates can cause.
const defaultMaxDepth = 8;
// Each verification may try a few same-named issuers; more than this many signature checks in one
// build means someone is feeding us look-alike certificates.
const maxSignatureChecks = 32;

/** Hits and misses of the signature checks behind chain building. */
export const chainCacheStats = signatureCacheStats;
export const clearChainCache = clearSignatureCache;

/**
 * Builds a chain from `leaf` to any certificate of the trust store, through the store and the
 * certificates embedded in the signature, and checks that every certificate in it is valid at `at`.
 * An issuer is found by name (and by key identifier when both sides carry one), must be a CA when
 * it says whether it is one, and must have signed the certificate below it.
 */
export function buildChain(leaf: Certificate, candidates: Certificate[], store: TrustStore, at: Date, options: ChainOptions = {}): ChainResult {
  const maxDepth = options.maxDepth ?? defaultMaxDepth;
  const trusted = [...store.anchors, ...store.intermediates];
  const trustedIds = new Set(trusted.map(fingerprint));
  // Store certificates first, so a trusted copy is preferred over an embedded one of the same CA.
  const pool = unique([...trusted, ...candidates]);
  const problems: string[] = [];
  let timeFailure: ChainResult | null = null;
  let checks = 0;

  function issuersOf(certificate: Certificate): Certificate[] {
    return pool.filter(
      (candidate) =>
        sameName(candidate.subject, certificate.issuer) &&
        (!certificate.authorityKeyIdentifier || !candidate.subjectKeyIdentifier || certificate.authorityKeyIdentifier === candidate.subjectKeyIdentifier),
    );
  }

  function walk(path: Certificate[]): Certificate[] | null {
    const current = path.at(-1)!;
    if (trustedIds.has(fingerprint(current))) {
      const failure = validityFailure(path, at);
      if (!failure) return path;
      timeFailure ??= failure;
      return null;
    }
    if (path.length >= maxDepth) {
      problems.push(`the chain is longer than ${maxDepth} certificates`);
      return null;
    }
    const issuers = issuersOf(current);
    if (issuers.length === 0) problems.push(`no certificate of issuer "${commonName(current.issuer) ?? '(no CN)'}" for ${describeCertificate(current)}`);
    for (const issuer of issuers) {
      if (path.some((link) => fingerprint(link) === fingerprint(issuer))) continue; // a loop
      if (issuer.isCa === false) {
        problems.push(`${describeCertificate(issuer)} is not a CA`);
        continue;
      }
      if (issuer.keyUsage && !issuer.keyUsage.includes('keyCertSign')) {
        problems.push(`${describeCertificate(issuer)} may not sign certificates (keyUsage)`);
        continue;
      }
      if (++checks > maxSignatureChecks) {
        problems.push('too many candidate issuers');
        return null;
      }
      const check = certificateSignedBy(current, issuer);
      if (check !== 'valid') {
        problems.push(`the signature of ${describeCertificate(issuer)} on ${describeCertificate(current)} is ${check}`);
        continue;
      }
      const found = walk([...path, issuer]);
      if (found) return found;
    }
    return null;
  }

  const chain = walk([leaf]);
  if (chain) return { ok: true, chain };
  if (timeFailure) return timeFailure;
  const why = [...new Set(problems)].join('; ');
  return { ok: false, code: 'SIG_UNTRUSTED_CHAIN', detail: `${describeCertificate(leaf)} does not chain to a trusted CA${why ? `: ${why}` : ''}`, certificate: leaf };
}

/** The first certificate of the chain, leaf first, that is not valid at `at`. */
function validityFailure(chain: Certificate[], at: Date): ChainResult | null {
  for (const [index, certificate] of chain.entries()) {
    const role = index === 0 ? 'the signer’s certificate' : `CA certificate ${describeCertificate(certificate)}`;
    if (at.getTime() > certificate.notAfter.getTime()) {
      const detail = `${role} expired at ${certificate.notAfter.toISOString()} (checked at ${at.toISOString()})`;
      return { ok: false, code: 'SIG_CERT_EXPIRED', detail, certificate };
    }
    if (at.getTime() < certificate.notBefore.getTime()) {
      const detail = `${role} is valid only from ${certificate.notBefore.toISOString()} (checked at ${at.toISOString()})`;
      return { ok: false, code: 'SIG_CERT_NOT_YET_VALID', detail, certificate };
    }
  }
  return null;
}

function unique(certificates: Certificate[]): Certificate[] {
  const seen = new Set<string>();
  return certificates.filter((certificate) => {
    const id = fingerprint(certificate);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
