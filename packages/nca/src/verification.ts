import type { SignatureFailureCode } from './failure-codes.ts';
import type { KeyPurpose, Signer } from './x509/nca-profile.ts';

/**
 * What a signature check answers: the same object whether the caller is a
 * web service, a command line or a batch job.
 */
export interface VerificationResult {
  valid: boolean;
  /** Why it is not valid; absent when valid. */
  code?: SignatureFailureCode;
  /** A short English technical explanation for logs and support; the user reads the code's message. */
  detail?: string;
  /** The (first) signer, when its certificate could be read. */
  signer?: Signer;
  /** Every signer of a document several people signed, in order; `signer` is the first. */
  signers?: Signer[];
  /** The first signer's certificate chain, signer first, trust anchor last. */
  chain: ChainLink[];
  revocation: RevocationReport;
  signingTime?: string;
  timestamp?: TimestampReport;
  /** The time the certificates were judged at: `at`, or the trusted time-stamp, or now. */
  checkedAt: string;
}

export interface ChainLink {
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
}

export interface RevocationReport {
  status: 'good' | 'revoked' | 'unknown' | 'not_checked';
  source: 'ocsp' | 'crl' | null;
  checkedAt: string | null;
  revokedAt?: string;
  reason?: string;
}

export interface TimestampReport {
  time: string;
  policy: string;
  serialNumber: string;
  authority: string;
  /** Whether the time-stamp authority's certificate chains to the trust store. */
  trusted: boolean;
}

/** `any` accepts either key: a caller that only reports the key's purpose instead of demanding one. */
export type PurposeDemand = KeyPurpose | 'any';

export interface VerifyOptions {
  /** Judge certificates at this moment instead of now (or the time-stamp's time). */
  at?: Date;
  purpose: PurposeDemand;
}

export interface VerifyCmsOptions extends VerifyOptions {
  /** The signed content, for a detached signature. */
  data?: Uint8Array;
}

export interface SignatureVerifier {
  verifyCms(cms: Uint8Array, options: VerifyCmsOptions): Promise<VerificationResult>;
  verifyXml(xml: string, options: VerifyOptions): Promise<VerificationResult>;
  /** True when the trust store is a test one (test IINs/BINs are then accepted). */
  readonly testTrust: boolean;
}
