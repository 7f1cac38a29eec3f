/** The failure codes a CMS check reports; the API layer maps them to its own error responses. */
export type CmsFailureCode =
  | 'SIG_MALFORMED'
  | 'SIG_CONTENT_MISMATCH'
  | 'SIG_BAD_SIGNATURE'
  | 'SIG_UNSUPPORTED_ALGORITHM';

export interface CmsFailure {
  ok: false;
  code: CmsFailureCode;
  detail: string;
}

/**
 * Thrown by the parsers on anything that is not a well-formed CMS structure (or is too large to
 * be worth reading). Callers map it to SIG_MALFORMED; it never escapes checkCms.
 */
export class CmsFormatError extends Error {
  override name = 'CmsFormatError';
}

export const fail = (code: CmsFailureCode, detail: string): CmsFailure => ({ ok: false, code, detail });
