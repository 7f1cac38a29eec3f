import { isoTime } from '../iso-time.ts';
import type { Certificate } from '../x509/certificate.ts';
import type { Crl } from '../x509/crl.ts';
import type { CrlStore } from './crl-store.ts';
import { type OcspAnswer, queryOcsp } from './ocsp.ts';

export type RevocationPolicy = 'ocsp-then-crl' | 'crl' | 'ocsp' | 'none';

export interface RevocationOptions {
  policy: RevocationPolicy;
  /** The moment the signature is judged at: a revocation counts only if it happened by then. */
  at: Date;
  crls: CrlStore;
  /** Overrides the certificate's AIA OCSP URL. */
  ocspUrl?: string;
  /** Network access for OCSP and CRL distribution points; absent: OCSP is unavailable and only stored CRLs serve. */
  fetch?: typeof fetch;
  now?: () => Date;
  timeoutMs?: number;
}

export type RevocationResult =
  | {
      status: 'good' | 'revoked' | 'unknown' | 'not_checked';
      source: 'ocsp' | 'crl' | null;
      /** When this check was made. */
      checkedAt: string;
      /**
       * With 'revoked': when and why. With 'good': a revocation that came only after `at` (the
       * signature was made while the certificate still stood), kept for the record.
       */
      revokedAt?: string;
      reason?: string;
      /** When the OCSP answer or CRL that decided was issued. */
      issuedAt?: string;
      detail?: string;
    }
  | { status: 'unavailable'; detail: string };

type Decided = Exclude<RevocationResult, { status: 'unavailable' }>;

/**
 * The revocation status of `certificate` (issued by `issuer`) at `options.at`, by the configured
 * policy. 'ocsp-then-crl' asks OCSP first and falls back to CRLs when the responder cannot be
 * reached, is not trusted, or does not know the certificate. The caller maps 'revoked' to
 * SIG_CERT_REVOKED and 'unavailable' to SIG_REVOCATION_UNAVAILABLE.
 */
export async function checkRevocation(
  certificate: Certificate,
  issuer: Certificate,
  options: RevocationOptions,
): Promise<RevocationResult> {
  const now = options.now ?? (() => new Date());
  if (options.policy === 'none') return { status: 'not_checked', source: null, checkedAt: isoTime(now()) };

  if (options.policy === 'crl') return byCrl(certificate, issuer, options, now);

  const ocsp = await byOcsp(certificate, issuer, options, now);
  if (options.policy === 'ocsp' || ocsp.status === 'good' || ocsp.status === 'revoked') return ocsp;

  const crl = await byCrl(certificate, issuer, options, now);
  if (crl.status !== 'unavailable') return crl;
  if (ocsp.status === 'unknown') return ocsp;
  return { status: 'unavailable', detail: `${ocsp.status === 'unavailable' ? ocsp.detail : ''}; ${crl.detail}` };
}

/**
 * checkRevocation's answer when it needs no waiting — no revocation check asked for, or a stored
 * CRL that speaks for the moment — and undefined when it does (OCSP, a CRL to fetch, or none to
 * be had). The verifier calls this first and checkRevocation only on undefined: one promise less
 * per verification, with the same answer and the same clock readings in the same order.
 */
export function revocationAtHand(
  certificate: Certificate,
  issuer: Certificate,
  policy: RevocationPolicy,
  crls: CrlStore,
  at: Date,
  now: () => Date,
): RevocationResult | undefined {
  if (policy === 'none') return { status: 'not_checked', source: null, checkedAt: isoTime(now()) };
  if (policy !== 'crl') return undefined;
  const found = crls.lookupAtHand(certificate, issuer, at);
  return found?.ok ? crlAnswer(found.crl, certificate, at, now) : undefined;
}

async function byOcsp(
  certificate: Certificate,
  issuer: Certificate,
  options: RevocationOptions,
  now: () => Date,
): Promise<RevocationResult> {
  if (!options.fetch) return { status: 'unavailable', detail: 'OCSP needs network access, which is not configured' };
  const answer: OcspAnswer = await queryOcsp(certificate, issuer, {
    fetch: options.fetch,
    now,
    ...(options.ocspUrl ? { url: options.ocspUrl } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  if (answer.status === 'unavailable') return answer;
  const base = { source: 'ocsp' as const, checkedAt: isoTime(now()), issuedAt: isoTime(answer.producedAt) };
  if (answer.status === 'unknown') return { status: 'unknown', ...base, detail: answer.detail };
  if (answer.status === 'good') return { status: 'good', ...base };
  return judged(answer.revokedAt, answer.reason, options.at, base);
}

async function byCrl(
  certificate: Certificate,
  issuer: Certificate,
  options: RevocationOptions,
  now: () => Date,
): Promise<RevocationResult> {
  const found = await options.crls.lookup(certificate, issuer, {
    at: options.at,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  if (!found.ok) return { status: 'unavailable', detail: found.detail };
  return crlAnswer(found.crl, certificate, options.at, now);
}

/** The certificate's status at `at` by a CRL that speaks for that moment. */
function crlAnswer(crl: Crl, certificate: Certificate, at: Date, now: () => Date): RevocationResult {
  const checkedAt = isoTime(now());
  const issuedAt = isoTime(crl.thisUpdate);
  const entry = crl.revoked.get(certificate.serialNumber);
  // removeFromCRL only appears in delta CRLs, where it lifts a hold: the certificate stands.
  if (!entry || entry.reason === 'removeFromCRL') return { status: 'good', source: 'crl', checkedAt, issuedAt };
  return judged(entry.revokedAt, entry.reason, at, { source: 'crl', checkedAt, issuedAt });
}

/** A revocation counts only if it happened by `at`: what was signed before it stays valid. */
function judged(revokedAt: Date, reason: string | null, at: Date, base: Omit<Decided, 'status'>): Decided {
  const record = { ...base, revokedAt: isoTime(revokedAt), ...(reason ? { reason } : {}) };
  return revokedAt.getTime() <= at.getTime() ? { status: 'revoked', ...record } : { status: 'good', ...record };
}
