import { DerError } from '../asn1/der.ts';
import type { Certificate } from '../x509/certificate.ts';
import { type CmsFailure, CmsFormatError, fail } from './errors.ts';
import { parseSignedData } from './signed-data.ts';
import { checkSigners } from './signer-check.ts';
import { checkTimestampToken, type TimestampInfo } from './timestamp.ts';

export interface CmsSigner {
  certificate: Certificate;
  /** Every certificate embedded in the CMS, for building the signer's chain. */
  certificates: Certificate[];
  digestAlgorithm: string;
  /** The signature OID verified (a key OID in the SignerInfo, such as rsaEncryption, is mapped to it). */
  signatureAlgorithm: string;
  signingTime?: Date;
  /** The verified signatureTimeStampToken (CAdES-T), when the signer has one. */
  timestamp?: TimestampInfo;
}

export type CmsCheck =
  | { ok: true; content: Uint8Array; detached: boolean; contentType: string; signers: CmsSigner[] }
  | CmsFailure;

export interface CmsCheckOptions {
  /** The signed data, for a detached signature (or to compare with attached content). */
  data?: Uint8Array;
  /** Largest CMS accepted, in bytes (default 64 MiB). */
  maxBytes?: number;
}

/**
 * Verifies a CMS SignedData as NCALayer/Kalkan (or OpenSSL) makes it: every signer's certificate
 * is embedded, its messageDigest matches the content and its signature verifies; a signature
 * time-stamp, if present, must verify and cover the signature value. Trust, validity periods and
 * revocation are left to the caller, who gets the certificates (and time-stamp times) to check.
 * (REG-4, ACC-6, ACC-9: the signatures made at registration, log-in and filing.)
 */
export function checkCms(bytes: Uint8Array, options: CmsCheckOptions = {}): CmsCheck {
  try {
    const signedData = parseSignedData(bytes, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
    const checked = checkSigners(signedData, options.data);
    if (!checked.ok) return checked;
    const signers: CmsSigner[] = [];
    for (const [index, signer] of checked.signers.entries()) {
      const { info, certificate, signatureAlgorithm } = signer;
      const base: CmsSigner = {
        certificate,
        certificates: signedData.certificates,
        digestAlgorithm: info.digestAlgorithm,
        signatureAlgorithm,
      };
      const signingTime = info.signedAttributes?.signingTime;
      if (signingTime) base.signingTime = signingTime;
      const timestamp = checkTimestamps(info.timestampTokens, info.signature);
      if (timestamp && !timestamp.ok) {
        const label = checked.signers.length > 1 ? `signer ${index + 1}: ` : '';
        return { ...timestamp, detail: `${label}signature time-stamp: ${timestamp.detail}` };
      }
      if (timestamp) base.timestamp = timestamp.info;
      signers.push(base);
    }
    return {
      ok: true,
      content: checked.content,
      detached: checked.detached,
      contentType: signedData.contentType,
      signers,
    };
  } catch (error) {
    if (error instanceof CmsFormatError || error instanceof DerError) return fail('SIG_MALFORMED', error.message);
    throw error;
  }
}

/**
 * CAdES-T: each token's imprint covers the signature value octets. All tokens must verify (a
 * forged one must not pass unnoticed); the earliest time is reported.
 */
function checkTimestamps(
  tokens: Uint8Array[],
  signature: Uint8Array,
): { ok: true; info: TimestampInfo } | CmsFailure | null {
  let earliest: TimestampInfo | null = null;
  for (const token of tokens) {
    const result = checkTimestampToken(token, signature);
    if (!result.ok) return result;
    if (!earliest || result.info.genTime < earliest.genTime) earliest = result.info;
  }
  return earliest ? { ok: true, info: earliest } : null;
}
