import { children, DerError, readDer } from '../asn1/der.ts';
import { equalBytes } from '../bytes.ts';
import type { Certificate } from '../x509/certificate.ts';
import { identifyingDigest } from './digest.ts';
import { type CmsFailure, CmsFormatError, fail } from './errors.ts';
import { oid } from './oids.ts';
import { parseSignedData } from './signed-data.ts';
import { checkSigners } from './signer-check.ts';
import { parseTstInfo } from './tst-info.ts';

export interface TimestampInfo {
  genTime: Date;
  policy: string;
  /** Upper-case hex. */
  serialNumber: string;
  /** OID of the messageImprint hash. */
  hashAlgorithm: string;
  tsaCertificate: Certificate;
  /** All certificates embedded in the token, for building the TSA's chain. */
  certificates: Certificate[];
  /** Upper-case hex of the nonce, when the TSA echoed one. */
  nonce?: string;
}

export type TimestampCheck = { ok: true; info: TimestampInfo } | CmsFailure;

/** PKIStatus values (RFC 3161 §2.4.2) under which a response carries a token. */
const granted = new Set([0, 1]);

export interface TimeStampResponse {
  status: number;
  statusText: string[];
  /** The TimeStampToken (a CMS ContentInfo), absent when the request was refused. */
  token: Uint8Array | null;
}

/** Reads a TimeStampResp (RFC 3161 §2.4.2): the status and, when granted, the token. */
export function parseTimeStampResponse(bytes: Uint8Array): TimeStampResponse {
  try {
    const [statusInfo, token, ...rest] = children(readDer(bytes));
    if (statusInfo?.tag !== 0x30 || rest.length) throw new CmsFormatError('not a TimeStampResp');
    const [status, ...more] = children(statusInfo);
    if (status?.tag !== 0x02 || status.value.length !== 1) throw new CmsFormatError('PKIStatus is malformed');
    const freeText = more.find((field) => field.tag === 0x30);
    const statusText = freeText ? children(freeText).map((text) => Buffer.from(text.value).toString('utf8')) : [];
    return { status: status.value[0]!, statusText, token: token ? token.raw : null };
  } catch (error) {
    if (error instanceof DerError || error instanceof TypeError)
      throw new CmsFormatError(`TimeStampResp: ${error.message}`);
    throw error;
  }
}

/**
 * Verifies an RFC 3161 time-stamp token (or a whole TimeStampResp) over `imprintData`: the
 * token's CMS signature, that it holds a TSTInfo signed by a time-stamping certificate, and that
 * its messageImprint is the hash of `imprintData`. For CAdES-T that data is the SignerInfo's
 * signature value; for XAdES-T, the canonical ds:SignatureValue element. No trust check of the
 * TSA: its certificate and the embedded ones are returned for that.
 */
export function checkTimestampToken(token: Uint8Array, imprintData: Uint8Array): TimestampCheck {
  try {
    return checkToken(unwrapResponse(token), imprintData);
  } catch (error) {
    if (error instanceof CmsFormatError || error instanceof DerError)
      return fail('SIG_MALFORMED', `time-stamp token: ${error.message}`);
    throw error;
  }
}

function unwrapResponse(bytes: Uint8Array): Uint8Array {
  const [first] = children(readDer(bytes));
  // A token (ContentInfo) starts with its content type OID; a response with its status SEQUENCE.
  if (first?.tag === 0x06) return bytes;
  const response = parseTimeStampResponse(bytes);
  if (!granted.has(response.status) || !response.token) {
    throw new CmsFormatError(
      `the TSA refused the request (status ${response.status}${response.statusText.length ? `: ${response.statusText.join('; ')}` : ''})`,
    );
  }
  return response.token;
}

function checkToken(token: Uint8Array, imprintData: Uint8Array): TimestampCheck {
  const signedData = parseSignedData(token);
  if (signedData.contentType !== oid.tstInfo)
    return fail('SIG_MALFORMED', `time-stamp token holds ${signedData.contentType}, not TSTInfo`);
  if (signedData.content === null) return fail('SIG_MALFORMED', 'time-stamp token has no TSTInfo');
  // RFC 3161 §2.4.2: a token has exactly one signer, the TSA.
  if (signedData.signers.length !== 1)
    return fail('SIG_MALFORMED', `time-stamp token has ${signedData.signers.length} signers`);
  const signers = checkSigners(signedData, undefined);
  if (!signers.ok) return { ...signers, detail: `time-stamp token: ${signers.detail}` };
  const tsaCertificate = signers.signers[0]!.certificate;
  // RFC 3161 §2.3: a TSA certificate carries the timeStamping extended key usage.
  if (!tsaCertificate.extendedKeyUsage.includes(oid.timeStamping)) {
    return fail('SIG_BAD_SIGNATURE', 'time-stamp token is signed by a certificate without the timeStamping key usage');
  }

  const tstInfo = parseTstInfo(signedData.content);
  const hash = identifyingDigest(tstInfo.hashAlgorithm);
  if (!hash)
    return fail('SIG_UNSUPPORTED_ALGORITHM', `time-stamp imprint hash ${tstInfo.hashAlgorithm} is not supported`);
  if (!equalBytes(hash(imprintData), tstInfo.hashedMessage)) {
    return fail('SIG_CONTENT_MISMATCH', 'the time-stamp does not cover this data (messageImprint differs)');
  }
  return {
    ok: true,
    info: {
      genTime: tstInfo.genTime,
      policy: tstInfo.policy,
      serialNumber: tstInfo.serialNumber,
      hashAlgorithm: tstInfo.hashAlgorithm,
      tsaCertificate,
      certificates: signedData.certificates,
      ...(tstInfo.nonce ? { nonce: tstInfo.nonce } : {}),
    },
  };
}
