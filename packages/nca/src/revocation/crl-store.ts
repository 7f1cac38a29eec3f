import fs from 'node:fs';
import path from 'node:path';
import { keyFingerprint } from '../trust/fingerprint.ts';
import { sameName } from '../trust/names.ts';
import type { Certificate } from '../x509/certificate.ts';
import { checkSignature, type SignatureCheck } from '../x509/certificate-signature.ts';
import { type Crl, parseCrl } from '../x509/crl.ts';
import { fetchBytes } from './fetch-bytes.ts';

export interface CrlStoreOptions {
  /** Clock for freshness of fetched CRLs; tests inject one. */
  now?: () => Date;
  timeoutMs?: number;
  /** Largest CRL accepted from the network. */
  maxBytes?: number;
}

export interface CrlLookupOptions {
  /** The moment the certificate's status is wanted for. */
  at: Date;
  /** When given, CRLs missing or out of date are fetched from the certificate's distribution points. */
  fetch?: typeof fetch;
}

export type CrlLookup = { ok: true; crl: Crl; origin: 'local' | string } | { ok: false; detail: string };

export class CrlStoreError extends Error {
  override name = 'CrlStoreError';
}

const defaultTimeoutMs = 10_000;
// NCA's production RSA CRL runs to tens of megabytes; a bound well above it still stops a hostile
// or broken server from filling memory.
const defaultMaxBytes = 128 * 1024 * 1024;
// A fetched CRL without nextUpdate is kept this long before it is fetched again.
const noNextUpdateTtlMs = 60 * 60 * 1000;
// Never ask the same server more often than this, even when what it serves is already out of date
// or it failed: every request of a busy system would otherwise hit the CA (and wait for its timeout).
const minRefetchMs = 5 * 60 * 1000;

interface Fetched {
  crl: Crl;
  /** Until when the fetched copy is used instead of asking the server again. */
  freshUntil: number;
}

/**
 * CRLs of the CAs we trust: loaded from a directory and/or fetched from distribution points.
 * A CRL is found for a certificate by its issuer's name and key identifier, never by the URL it
 * came from (an NCA test certificate's CDP names another algorithm's CRL), and is used only after
 * its signature verifies with the issuer's key.
 */
export class CrlStore {
  private readonly local: Crl[] = [];
  private readonly fetched = new Map<string, Fetched>();
  private readonly inFlight = new Map<string, Promise<Crl>>();
  private readonly failures = new Map<string, { at: number; message: string }>();
  private readonly checks = new WeakMap<Crl, Map<string, SignatureCheck>>();
  /**
   * The CRLs whose issuer matches, per (issuer, certificate): names and key identifiers do not
   * change, so this is worked out once per pair and store version rather than on every look-up;
   * the time-dependent checks (covers) and the signature check (cached above) stay per look-up.
   */
  private readonly matching = new WeakMap<
    Certificate,
    WeakMap<Certificate, { version: number; candidates: { crl: Crl; origin: string }[] }>
  >();
  /** Bumped whenever a CRL is added or fetched, which makes every `matching` entry stale. */
  private version = 0;
  private readonly now: () => Date;
  private readonly timeoutMs: number;
  private readonly maxBytes: number;

  constructor(crls: Crl[] = [], options: CrlStoreOptions = {}) {
    this.local.push(...crls);
    this.now = options.now ?? (() => new Date());
    this.timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
    this.maxBytes = options.maxBytes ?? defaultMaxBytes;
  }

  add(crl: Crl): void {
    this.local.push(crl);
    this.version++;
  }

  get size(): number {
    return this.local.length + this.fetched.size;
  }

  /** The newest CRL, signed by `issuer`, that speaks for `certificate` at `options.at`. */
  async lookup(certificate: Certificate, issuer: Certificate, options: CrlLookupOptions): Promise<CrlLookup> {
    const found = this.best(certificate, issuer, options.at);
    if (found) return found;
    const problems: string[] = [];
    if (options.fetch) {
      for (const url of certificate.crlDistributionPoints) {
        const now = this.now().getTime();
        const cached = this.fetched.get(url);
        if (cached && cached.freshUntil > now) {
          problems.push(
            `the CRL at ${url} (kept until ${new Date(cached.freshUntil).toISOString()}) is not a current CRL of this CA`,
          );
          continue;
        }
        const failure = this.failures.get(url);
        if (failure && now - failure.at < minRefetchMs) {
          problems.push(`${failure.message} (at ${new Date(failure.at).toISOString()}; not retried yet)`);
          continue;
        }
        try {
          await this.fetch(url, options.fetch);
          this.failures.delete(url);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          this.failures.set(url, { at: this.now().getTime(), message });
          problems.push(message);
          continue;
        }
        const after = this.best(certificate, issuer, options.at);
        if (after) return after;
        problems.push(`the CRL at ${url} is not a current CRL of this CA`);
      }
      if (certificate.crlDistributionPoints.length === 0)
        problems.push('the certificate names no CRL distribution point');
    }
    const where = options.fetch ? '' : ' (CRLs are not fetched from the network)';
    return {
      ok: false,
      detail: `no current CRL of "${issuerLabel(issuer)}" for ${options.at.toISOString()}${where}${problems.length ? `: ${problems.join('; ')}` : ''}`,
    };
  }

  /**
   * What lookup answers when a stored CRL speaks for the moment (it looks there first), without
   * waiting: null when none does and lookup would have to fetch or explain.
   */
  lookupAtHand(certificate: Certificate, issuer: Certificate, at: Date): CrlLookup | null {
    return this.best(certificate, issuer, at);
  }

  private best(certificate: Certificate, issuer: Certificate, at: Date): CrlLookup | null {
    let best: { crl: Crl; origin: string } | null = null;
    const now = this.now();
    for (const candidate of this.candidatesFor(certificate, issuer)) {
      const { crl } = candidate;
      if (!covers(crl, at, now)) continue;
      if (best && best.crl.thisUpdate.getTime() >= crl.thisUpdate.getTime()) continue;
      if (this.signatureOf(crl, issuer) !== 'valid') continue;
      best = candidate;
    }
    return best ? { ok: true, crl: best.crl, origin: best.origin } : null;
  }

  /** The stored CRLs (local first, then fetched, as before) that are `issuer`'s and speak for `certificate`. */
  private candidatesFor(certificate: Certificate, issuer: Certificate): { crl: Crl; origin: string }[] {
    let byCertificate = this.matching.get(issuer);
    if (!byCertificate) this.matching.set(issuer, (byCertificate = new WeakMap()));
    const known = byCertificate.get(certificate);
    if (known && known.version === this.version) return known.candidates;
    const all = [
      ...this.local.map((crl) => ({ crl, origin: 'local' })),
      ...[...this.fetched].map(([url, { crl }]) => ({ crl, origin: url })),
    ];
    const candidates = all.filter(({ crl }) => matches(crl, certificate, issuer));
    byCertificate.set(certificate, { version: this.version, candidates });
    return candidates;
  }

  private signatureOf(crl: Crl, issuer: Certificate): SignatureCheck {
    let byKey = this.checks.get(crl);
    if (!byKey) this.checks.set(crl, (byKey = new Map()));
    const key = keyFingerprint(issuer);
    let check = byKey.get(key);
    if (check === undefined) {
      check = checkSignature(crl.signatureAlgorithm, crl.tbs, crl.signature, issuer);
      byKey.set(key, check);
    }
    return check;
  }

  /** One download per URL at a time, however many verifications are waiting for it. */
  private fetch(url: string, fetchFunction: typeof fetch): Promise<Crl> {
    let pending = this.inFlight.get(url);
    if (!pending) {
      pending = fetchBytes(url, {
        fetch: fetchFunction,
        timeoutMs: this.timeoutMs,
        maxBytes: this.maxBytes,
        accept: 'application/pkix-crl',
      })
        .then((der) => {
          let crl: Crl;
          try {
            crl = parseCrl(der);
          } catch (error) {
            throw new CrlStoreError(
              `${url} did not send a CRL: ${error instanceof Error ? error.message : String(error)}`,
            );
          }
          const now = this.now().getTime();
          const freshUntil = Math.max(
            crl.nextUpdate ? crl.nextUpdate.getTime() : now + noNextUpdateTtlMs,
            now + minRefetchMs,
          );
          this.fetched.set(url, { crl, freshUntil });
          this.version++;
          return crl;
        })
        .finally(() => this.inFlight.delete(url));
      this.inFlight.set(url, pending);
    }
    return pending;
  }
}

/** The CRL is the issuer's: same name, and the key identifiers agree wherever both are present. */
function matches(crl: Crl, certificate: Certificate, issuer: Certificate): boolean {
  if (!sameName(crl.issuer, certificate.issuer) || !sameName(crl.issuer, issuer.subject)) return false;
  if (
    crl.authorityKeyIdentifier &&
    issuer.subjectKeyIdentifier &&
    crl.authorityKeyIdentifier !== issuer.subjectKeyIdentifier
  )
    return false;
  if (
    crl.authorityKeyIdentifier &&
    certificate.authorityKeyIdentifier &&
    crl.authorityKeyIdentifier !== certificate.authorityKeyIdentifier
  )
    return false;
  return true;
}

/**
 * Does the CRL speak for the moment `at`? It does when it was current then (at ≤ nextUpdate) or
 * was issued later (it then lists every revocation up to its own date, which is all a check at
 * `at` needs). One dated in the future by our clock is not trusted.
 */
function covers(crl: Crl, at: Date, now: Date): boolean {
  if (crl.thisUpdate.getTime() > now.getTime() + clockSkewMs) return false;
  if (crl.thisUpdate.getTime() >= at.getTime()) return true;
  return crl.nextUpdate !== null && at.getTime() <= crl.nextUpdate.getTime();
}

// Tolerance for a CA whose clock runs a little ahead of ours.
const clockSkewMs = 5 * 60 * 1000;

function issuerLabel(issuer: Certificate): string {
  return issuer.subject.find((a) => a.oid === '2.5.4.3')?.value ?? issuer.serialNumber;
}

// Files a CRL comes in; anything else in the directory is not ours.
const crlExtensions = new Set(['.crl', '.der', '.pem']);

/** Every CRL (DER or PEM "X509 CRL") in a directory; null gives an empty store. */
export function loadCrlDirectory(dir: string | null, options: CrlStoreOptions = {}): CrlStore {
  if (dir === null) return new CrlStore([], options);
  let names: string[];
  try {
    names = fs.readdirSync(dir).sort();
  } catch (error) {
    throw new CrlStoreError(
      `cannot read the CRL directory ${dir}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const crls: Crl[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    if (!crlExtensions.has(path.extname(name).toLowerCase()) || !fs.statSync(file).isFile()) continue;
    try {
      for (const der of crlBlocks(fs.readFileSync(file))) crls.push(parseCrl(der));
    } catch (error) {
      throw new CrlStoreError(
        `CRL file ${file} is not readable: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return new CrlStore(crls, options);
}

function crlBlocks(bytes: Buffer): Uint8Array[] {
  const text = bytes.toString('latin1');
  if (!text.includes('-----BEGIN')) return [new Uint8Array(bytes)];
  const blocks = [...text.matchAll(/-----BEGIN X509 CRL-----([\s\S]*?)-----END X509 CRL-----/g)];
  if (blocks.length === 0) throw new CrlStoreError('PEM without an X509 CRL block');
  return blocks.map((match) => new Uint8Array(Buffer.from(match[1]!.replace(/\s+/g, ''), 'base64')));
}
