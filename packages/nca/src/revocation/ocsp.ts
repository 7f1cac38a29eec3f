import { randomBytes } from 'node:crypto';
import { DerError } from '../asn1/der.ts';
import { octetString } from '../asn1/der-writer.ts';
import { equalBytes } from '../bytes.ts';
import type { Certificate } from '../x509/certificate.ts';
import type { RevocationReason } from '../x509/crl.ts';
import { fetchBytes } from './fetch-bytes.ts';
import { buildOcspRequest, type CertIdHash, certIdFor, certIdMatches } from './ocsp-request.ts';
import { type BasicOcspResponse, parseOcspResponse } from './ocsp-response.ts';
import { verifyOcspSignature } from './ocsp-verify.ts';

export type OcspAnswer =
  | { status: 'good'; producedAt: Date; thisUpdate: Date }
  | { status: 'revoked'; producedAt: Date; thisUpdate: Date; revokedAt: Date; reason: RevocationReason | null }
  | { status: 'unknown'; producedAt: Date; thisUpdate: Date; detail: string }
  | { status: 'unavailable'; detail: string };

export interface OcspQueryOptions {
  fetch: typeof fetch;
  /** The responder to ask; default: the certificate's AIA OCSP URL. */
  url?: string;
  timeoutMs?: number;
  hash?: CertIdHash;
  now?: () => Date;
}

export interface InterpretOptions {
  /**
   * The nonce extension contents that were sent; the answer must echo them. null skips the check,
   * for stored answers only (nothing then shows the answer is not an old one replayed).
   */
  nonce: Uint8Array | null;
  /** Reference for thisUpdate/nextUpdate freshness. */
  now: Date;
}

const defaultTimeoutMs = 10_000;
// An OCSP answer is a few kilobytes; anything far larger is not one.
const maxResponseBytes = 256 * 1024;
const clockSkewMs = 5 * 60 * 1000;
const notIssuedTime = Date.UTC(1970, 0, 1);

/** Asks an OCSP responder (RFC 6960, POST application/ocsp-request) about `certificate`. */
export async function queryOcsp(
  certificate: Certificate,
  issuer: Certificate,
  options: OcspQueryOptions,
): Promise<OcspAnswer> {
  const url = options.url ?? certificate.ocspUrls[0];
  if (!url)
    return { status: 'unavailable', detail: 'no OCSP responder: none configured and the certificate names none' };
  const nonce = new Uint8Array(randomBytes(16));
  const request = buildOcspRequest([certIdFor(issuer, certificate.serialNumber, options.hash ?? 'sha256')], nonce);
  let der: Uint8Array;
  try {
    der = await fetchBytes(url, {
      fetch: options.fetch,
      method: 'POST',
      body: request,
      contentType: 'application/ocsp-request',
      accept: 'application/ocsp-response',
      timeoutMs: options.timeoutMs ?? defaultTimeoutMs,
      maxBytes: maxResponseBytes,
    });
  } catch (error) {
    return { status: 'unavailable', detail: `OCSP: ${error instanceof Error ? error.message : String(error)}` };
  }
  return interpretOcspResponse(der, certificate, issuer, {
    nonce: octetString(nonce),
    now: (options.now ?? (() => new Date()))(),
  });
}

/**
 * What an OCSP answer says about `certificate`, after checking that it is authentic (signature by
 * the CA or its delegated responder), that it answers our request (nonce) and this certificate
 * (CertID), and that it is current.
 */
export function interpretOcspResponse(
  der: Uint8Array,
  certificate: Certificate,
  issuer: Certificate,
  options: InterpretOptions,
): OcspAnswer {
  let basic: BasicOcspResponse;
  try {
    const response = parseOcspResponse(der);
    if (response.status !== 'successful')
      return { status: 'unavailable', detail: `OCSP responder answered "${response.status}"` };
    basic = response.basic;
  } catch (error) {
    if (error instanceof DerError)
      return { status: 'unavailable', detail: `OCSP answer is malformed: ${error.message}` };
    throw error;
  }
  const signer = verifyOcspSignature(basic, issuer);
  if (!signer.ok) return { status: 'unavailable', detail: `OCSP answer not trusted: ${signer.detail}` };
  if (options.nonce && !nonceEchoed(basic.nonce, options.nonce)) {
    return {
      status: 'unavailable',
      detail: basic.nonce ? 'OCSP answer carries another nonce than the one sent' : 'OCSP answer carries no nonce',
    };
  }
  const single = basic.responses.find((response) => certIdMatches(response.certId, issuer, certificate.serialNumber));
  if (!single) return { status: 'unavailable', detail: 'OCSP answer is not about this certificate' };
  const now = options.now.getTime();
  if (single.thisUpdate.getTime() > now + clockSkewMs)
    return { status: 'unavailable', detail: 'OCSP answer is dated in the future' };
  if (single.nextUpdate && single.nextUpdate.getTime() < now - clockSkewMs)
    return { status: 'unavailable', detail: 'OCSP answer is out of date' };
  const times = { producedAt: basic.producedAt, thisUpdate: single.thisUpdate };
  const status = single.certStatus;
  if (status.status === 'good') return { status: 'good', ...times };
  if (status.status === 'unknown')
    return { status: 'unknown', ...times, detail: 'the OCSP responder does not know the certificate' };
  // RFC 6960 §2.2: "revoked, certificateHold, 1 January 1970" is how a responder says it never
  // issued the certificate; NCA's test responder answers so.
  if (status.reason === 'certificateHold' && status.revokedAt.getTime() === notIssuedTime) {
    return {
      status: 'unknown',
      ...times,
      detail: 'the OCSP responder reports the certificate as never issued (RFC 6960 §2.2)',
    };
  }
  return { status: 'revoked', ...times, revokedAt: status.revokedAt, reason: status.reason };
}

/** RFC 8954 echoes the extnValue as sent; some responders echo the bare nonce octets. */
function nonceEchoed(received: Uint8Array | null, sent: Uint8Array): boolean {
  if (!received) return false;
  return equalBytes(received, sent) || (sent.length > 2 && equalBytes(received, sent.subarray(2)));
}
