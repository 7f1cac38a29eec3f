import type { Certificate } from '../x509/certificate.ts';
import { fingerprint } from './fingerprint.ts';
import { commonName, describeCertificate, sameName } from './names.ts';
import { certificateSignedBy, clearSignatureCache, signatureCacheStats } from './signature-cache.ts';
import type { TrustStore } from './trust-store.ts';

export type ChainErrorCode = 'SIG_UNTRUSTED_CHAIN' | 'SIG_CERT_EXPIRED' | 'SIG_CERT_NOT_YET_VALID';

export type ChainResult =
  | { ok: true /** leaf first, the store certificate that ends the chain last */; chain: Certificate[] }
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

/** Forgets every signature check and every remembered chain: the next build checks each link again. */
export function clearChainCache(): void {
  clearSignatureCache();
  generation++;
}

/**
 * What a store contributes to every build, worked out once per store. A store's lists are not
 * expected to change, but if they do (same arrays grown, or new arrays) the view is rebuilt.
 */
interface StoreView {
  anchors: Certificate[];
  intermediates: Certificate[];
  anchorCount: number;
  intermediateCount: number;
  trustedIds: Set<string>;
  /** the store's certificates without repeats: where every chain build starts looking for issuers */
  pool: Certificate[];
}
const storeViews = new WeakMap<TrustStore, StoreView>();

function viewOf(store: TrustStore): StoreView {
  const view = storeViews.get(store);
  if (
    view &&
    view.anchors === store.anchors &&
    view.intermediates === store.intermediates &&
    view.anchorCount === store.anchors.length &&
    view.intermediateCount === store.intermediates.length
  ) {
    return view;
  }
  const trusted = [...store.anchors, ...store.intermediates];
  const fresh: StoreView = {
    anchors: store.anchors,
    intermediates: store.intermediates,
    anchorCount: store.anchors.length,
    intermediateCount: store.intermediates.length,
    trustedIds: new Set(trusted.map(fingerprint)),
    pool: unique(trusted),
  };
  storeViews.set(store, fresh);
  return fresh;
}

/**
 * The chain last built for a leaf against a store. The walk is deterministic apart from the time
 * judged: given the same store, embedded certificates and depth bound it meets the same
 * certificates and signatures in the same order, and time only decides at the end of a path. So a
 * chain found on the first path that reached the store (no earlier path refused for its dates) is
 * what the walk finds again whenever its links are all valid at the new time; when one is not,
 * the full walk runs and reports (or finds another path). Keyed by parsed certificate objects,
 * which are never changed; entries go with their leaf (certificate-cache.ts bounds those).
 */
interface RememberedChain {
  view: StoreView;
  generation: number;
  candidates: string;
  maxDepth: number;
  chain: readonly Certificate[];
}
const rememberedChains = new WeakMap<StoreView, WeakMap<Certificate, RememberedChain>>();
// Bumped by clearChainCache, so remembered chains do not outlive the signature checks behind them.
let generation = 0;

function candidatesKey(candidates: Certificate[]): string {
  return candidates.length === 1 ? fingerprint(candidates[0]!) : candidates.map(fingerprint).join(',');
}

function rememberedChain(
  leaf: Certificate,
  view: StoreView,
  candidates: string,
  maxDepth: number,
  at: Date,
): Certificate[] | null {
  const entry = rememberedChains.get(view)?.get(leaf);
  if (!entry || entry.generation !== generation || entry.candidates !== candidates || entry.maxDepth !== maxDepth)
    return null;
  // Every link is judged at this verification's time, as a fresh walk would.
  if (validityFailure(entry.chain, at)) return null;
  return entry.chain as Certificate[];
}

function rememberChain(
  leaf: Certificate,
  view: StoreView,
  candidates: string,
  maxDepth: number,
  chain: Certificate[],
): void {
  let byLeaf = rememberedChains.get(view);
  if (!byLeaf) rememberedChains.set(view, (byLeaf = new WeakMap()));
  byLeaf.set(leaf, { view, generation, candidates, maxDepth, chain: Object.freeze(chain) });
}

/**
 * Builds a chain from `leaf` to any certificate of the trust store, through the store and the
 * certificates embedded in the signature, and checks that every certificate in it is valid at `at`.
 * An issuer is found by name (and by key identifier when both sides carry one), must be a CA when
 * it says whether it is one, and must have signed the certificate below it.
 */
export function buildChain(
  leaf: Certificate,
  candidates: Certificate[],
  store: TrustStore,
  at: Date,
  options: ChainOptions = {},
): ChainResult {
  const maxDepth = options.maxDepth ?? defaultMaxDepth;
  const view = viewOf(store);
  const candidatesId = candidatesKey(candidates);
  const known = rememberedChain(leaf, view, candidatesId, maxDepth, at);
  if (known) return { ok: true, chain: known };
  const walk: Walk = {
    pool: poolOf(view, candidates),
    trustedIds: view.trustedIds,
    at,
    maxDepth,
    problems: [],
    timeFailure: null,
    checks: 0,
  };
  const chain = walkFrom(walk, [leaf]);
  if (chain) {
    if (!walk.timeFailure) rememberChain(leaf, view, candidatesId, maxDepth, chain);
    return { ok: true, chain };
  }
  if (walk.timeFailure) return walk.timeFailure;
  const why = [...new Set(walk.problems)].join('; ');
  return {
    ok: false,
    code: 'SIG_UNTRUSTED_CHAIN',
    detail: `${describeCertificate(leaf)} does not chain to a trusted CA${why ? `: ${why}` : ''}`,
    certificate: leaf,
  };
}

/** Store certificates first, so a trusted copy is preferred over an embedded one of the same CA. */
function poolOf(view: StoreView, candidates: Certificate[]): Certificate[] {
  const embedded = candidates.filter((candidate) => !view.trustedIds.has(fingerprint(candidate)));
  if (embedded.length === 0) return view.pool;
  // one embedded certificate (the signer's own, as NCALayer sends it) cannot repeat itself
  return embedded.length === 1 ? [...view.pool, embedded[0]!] : unique([...view.pool, ...embedded]);
}

/**
 * One chain build's state. The walk is plain functions over it rather than closures made per
 * build: a verification of a signer seen for the first time builds a chain, and those closures
 * were a measurable part of it.
 */
interface Walk {
  /** the store's certificates, then the embedded ones not already among them */
  pool: Certificate[];
  trustedIds: Set<string>;
  at: Date;
  maxDepth: number;
  problems: string[];
  /** the first path that reached the store but failed for its dates */
  timeFailure: ChainResult | null;
  checks: number;
}

function issuersOf(pool: Certificate[], certificate: Certificate): Certificate[] {
  const issuers: Certificate[] = [];
  for (const candidate of pool) {
    if (
      sameName(candidate.subject, certificate.issuer) &&
      (!certificate.authorityKeyIdentifier ||
        !candidate.subjectKeyIdentifier ||
        certificate.authorityKeyIdentifier === candidate.subjectKeyIdentifier)
    )
      issuers.push(candidate);
  }
  return issuers;
}

/** Depth first from the last certificate of `path` towards the store; the first path that reaches it in time. */
function walkFrom(walk: Walk, path: Certificate[]): Certificate[] | null {
  const current = path.at(-1)!;
  if (walk.trustedIds.has(fingerprint(current))) {
    const failure = validityFailure(path, walk.at);
    if (!failure) return path;
    walk.timeFailure ??= failure;
    return null;
  }
  if (path.length >= walk.maxDepth) {
    walk.problems.push(`the chain is longer than ${walk.maxDepth} certificates`);
    return null;
  }
  const issuers = issuersOf(walk.pool, current);
  if (issuers.length === 0)
    walk.problems.push(
      `no certificate of issuer "${commonName(current.issuer) ?? '(no CN)'}" for ${describeCertificate(current)}`,
    );
  for (const issuer of issuers) {
    if (path.some((link) => fingerprint(link) === fingerprint(issuer))) continue; // a loop
    if (issuer.isCa === false) {
      walk.problems.push(`${describeCertificate(issuer)} is not a CA`);
      continue;
    }
    if (issuer.keyUsage && !issuer.keyUsage.includes('keyCertSign')) {
      walk.problems.push(`${describeCertificate(issuer)} may not sign certificates (keyUsage)`);
      continue;
    }
    if (++walk.checks > maxSignatureChecks) {
      walk.problems.push('too many candidate issuers');
      return null;
    }
    const check = certificateSignedBy(current, issuer);
    if (check !== 'valid') {
      walk.problems.push(
        `the signature of ${describeCertificate(issuer)} on ${describeCertificate(current)} is ${check}`,
      );
      continue;
    }
    const found = walkFrom(walk, [...path, issuer]);
    if (found) return found;
  }
  return null;
}

/** The first certificate of the chain, leaf first, that is not valid at `at`. */
function validityFailure(chain: readonly Certificate[], at: Date): ChainResult | null {
  for (let index = 0; index < chain.length; index++) {
    const certificate = chain[index]!;
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
