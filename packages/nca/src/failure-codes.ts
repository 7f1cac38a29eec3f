/**
 * Why a signature is refused, as stable codes a caller keys on (and translates: the library carries
 * no user-facing messages). Every refusal the verifier reports has exactly one of these.
 */
export const signatureFailureCodes = [
  'SIG_MALFORMED',
  'SIG_BAD_SIGNATURE',
  'SIG_CONTENT_MISMATCH',
  'SIG_CERT_EXPIRED',
  'SIG_CERT_NOT_YET_VALID',
  'SIG_CERT_REVOKED',
  'SIG_UNTRUSTED_CHAIN',
  'SIG_WRONG_KEY_PURPOSE',
  'SIG_UNSUPPORTED_ALGORITHM',
  'SIG_REVOCATION_UNAVAILABLE',
] as const;

export type SignatureFailureCode = (typeof signatureFailureCodes)[number];
