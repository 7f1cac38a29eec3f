import { checkCms, checkTimestampToken, type TimestampInfo } from './cms/index.ts';
import type { SignatureFailureCode } from './failure-codes.ts';
import type { Certificate } from './x509/certificate.ts';
import { parseCertificateCached } from './x509/certificate-cache.ts';
import { checkXml } from './xml/index.ts';
import type { XmlLimits } from './xml/limits.ts';

/**
 * The first half of a verification: what the bytes alone decide (structure, content digests,
 * each signer's signature, attached time-stamps). It is the costly half for large documents, and
 * needs nothing but the bytes, so a caller may run it on another thread: its answer is plain data
 * (certificates as DER, times as Dates) that survives `postMessage`. The second half — NCA profile,
 * chain, key purpose, revocation — needs the trust store, the CRL cache, the network and the clock,
 * and stays with the verifier.
 */
export type SignatureCheck =
  | { ok: true; signers: CheckedSigner[] }
  | { ok: false; code: SignatureFailureCode; detail: string };

export interface CheckedSigner {
  /** DER of the certificate whose key made the signature. */
  certificate: Uint8Array;
  /** DER of every certificate the signature carries, for the chain. */
  certificates: Uint8Array[];
  signingTime?: Date;
  timestamp?: CheckedTimestamp;
}

/** A time-stamp token whose signature and imprint verified; its authority is judged by the verifier. */
export interface CheckedTimestamp {
  genTime: Date;
  policy: string;
  serialNumber: string;
  hashAlgorithm: string;
  tsaCertificate: Uint8Array;
  certificates: Uint8Array[];
  nonce?: string;
}

/**
 * Where the first half runs. The verifier's default runs it in place; an application may hand it
 * to worker threads. A checker's own failures (a full queue, a time limit) are the caller's to
 * report: the verifier lets them through rather than turning them into a refusal of the signature.
 */
export interface SignatureChecker {
  cms(cms: Uint8Array, data: Uint8Array | undefined): Promise<SignatureCheck>;
  xml(xml: string, limits: XmlLimits | undefined): Promise<SignatureCheck>;
}

export const inPlaceChecker: SignatureChecker = {
  cms: async (cms, data) => checkCmsSignature(cms, data),
  xml: async (xml, limits) => checkXmlSignature(xml, limits),
};

/** The first half for a CMS (attached, or detached with `data`). Never throws. */
export function checkCmsSignature(cms: Uint8Array, data?: Uint8Array): SignatureCheck {
  return safely(() => {
    const checked = checkCms(cms, data ? { data } : {});
    if (!checked.ok) return checked;
    return {
      ok: true,
      signers: checked.signers.map((signer) => {
        const portable: CheckedSigner = {
          certificate: der(signer.certificate),
          certificates: signer.certificates.map(der),
        };
        if (signer.signingTime) portable.signingTime = signer.signingTime;
        if (signer.timestamp) portable.timestamp = portableTimestamp(signer.timestamp);
        return portable;
      }),
    };
  });
}

/** A signer as checkCmsHere hands it to the verifier: what certificatesOf(checkCmsSignature(…)) gives, without the round trip. */
export interface ParsedSigner {
  certificate: Certificate;
  certificates: Certificate[];
  signingTime?: Date;
  timestamp?: TimestampInfo;
}

/**
 * The first half for a CMS, for a verifier that runs it in place (no checker of its own): the same
 * checks and answers as checkCmsSignature followed by certificatesOf, minus the copies of every
 * certificate's DER and the cache look-ups that turn them back into the same certificate objects.
 * Those copies are there for another thread; in place they cost more than a tenth of an RSA
 * verification. Never throws.
 */
export function checkCmsHere(
  cms: Uint8Array,
  data?: Uint8Array,
): { ok: true; signers: ParsedSigner[] } | { ok: false; code: SignatureFailureCode; detail: string } {
  try {
    const checked = checkCms(cms, data ? { data } : {});
    if (!checked.ok) return checked;
    const signers: ParsedSigner[] = [];
    for (const signer of checked.signers) {
      const parsed: ParsedSigner = { certificate: signer.certificate, certificates: signer.certificates };
      if (signer.signingTime) parsed.signingTime = signer.signingTime;
      if (signer.timestamp) parsed.timestamp = sameTimestamp(signer.timestamp);
      signers.push(parsed);
    }
    return { ok: true, signers };
  } catch (error) {
    return { ok: false, code: 'SIG_MALFORMED', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The fields certificatesOf rebuilds a time-stamp from, and no others. */
function sameTimestamp(info: TimestampInfo): TimestampInfo {
  return timestampWith(info, (certificate) => certificate);
}

/** A time-stamp with its certificates in some form: parsed (TimestampInfo) or DER (CheckedTimestamp). */
type TimestampOf<C> = Omit<TimestampInfo, 'tsaCertificate' | 'certificates'> & { tsaCertificate: C; certificates: C[] };

/** A time-stamp's fields, and no others, with its certificates turned by `convert` (to DER, back from it, or kept). */
function timestampWith<From, To>(info: TimestampOf<From>, convert: (certificate: From) => To): TimestampOf<To> {
  const stamp: TimestampOf<To> = {
    genTime: info.genTime,
    policy: info.policy,
    serialNumber: info.serialNumber,
    hashAlgorithm: info.hashAlgorithm,
    tsaCertificate: convert(info.tsaCertificate),
    certificates: info.certificates.map(convert),
  };
  if (info.nonce !== undefined) stamp.nonce = info.nonce;
  return stamp;
}

/** The first half for an XML document with enveloped signatures, its shape held to `limits`. Never throws. */
export function checkXmlSignature(xml: string, limits?: XmlLimits): SignatureCheck {
  return safely(() => {
    const checked = checkXml(xml, limits ? { limits } : {});
    if (!checked.ok) return checked;
    const signers: CheckedSigner[] = [];
    for (const signer of checked.signers) {
      const portable: CheckedSigner = {
        certificate: der(signer.certificate),
        certificates: signer.certificates.map(der),
      };
      if (signer.signingTime) portable.signingTime = signer.signingTime;
      if (signer.timestampToken && signer.timestampImprintData) {
        const token = checkTimestampToken(signer.timestampToken, signer.timestampImprintData);
        if (!token.ok) return { ok: false, code: token.code, detail: `time-stamp: ${token.detail}` };
        portable.timestamp = portableTimestamp(token.info);
      }
      signers.push(portable);
    }
    return { ok: true, signers };
  });
}

/** Certificates back from DER, through the cache, so that the per-certificate memos (profile, chain) hit. */
export function certificatesOf(signer: CheckedSigner): {
  certificate: Certificate;
  certificates: Certificate[];
  timestamp?: TimestampInfo;
} {
  const result: { certificate: Certificate; certificates: Certificate[]; timestamp?: TimestampInfo } = {
    certificate: parseCertificateCached(signer.certificate),
    certificates: signer.certificates.map(parseCertificateCached),
  };
  if (signer.timestamp) result.timestamp = timestampWith(signer.timestamp, parseCertificateCached);
  return result;
}

function portableTimestamp(info: TimestampInfo): CheckedTimestamp {
  return timestampWith(info, der);
}

// A copy of exactly the certificate's bytes: a view into the whole signature would take all of it along to another thread.
const der = (certificate: Certificate) => certificate.raw.slice();

/** The layers below promise codes, not exceptions; this keeps that promise if one of them slips. */
function safely(work: () => SignatureCheck): SignatureCheck {
  try {
    return work();
  } catch (error) {
    return { ok: false, code: 'SIG_MALFORMED', detail: error instanceof Error ? error.message : String(error) };
  }
}
