/** Which key a signature needs: the authentication key logs in, the signing key signs documents. */
export type SignPurpose = 'auth' | 'sign';

export type SignerKind = 'ncalayer' | 'test';

/** What the rest of the app signs with, whether NCALayer or the development test signer. */
export interface DocumentSigner {
  kind: SignerKind;
  /** A CMS (CAdES) over the bytes, in base64: attached, or detached for content kept separately. */
  signCms(input: { data: Uint8Array; detached: boolean; purpose: SignPurpose }): Promise<string>;
  /** The XML document with an enveloped XMLDSig signature. */
  signXml(input: { xml: string; purpose: SignPurpose }): Promise<string>;
}

export const signingErrorCodes = ['NCALAYER_NOT_RUNNING', 'CANCELLED', 'NO_KEY', 'FAILED'] as const;
export type SigningErrorCode = (typeof signingErrorCodes)[number];

/**
 * Every signer fails with one of four codes, so a page can say what to do in the user's language
 * (catalogue key `signing.errors.<code>`) without knowing which signer was used.
 */
export class SigningError extends Error {
  override readonly name = 'SigningError';
  constructor(
    readonly code: SigningErrorCode,
    /** The signer's own words, for support; never shown as the explanation. */
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

export function isSigningError(error: unknown): error is SigningError {
  return error instanceof SigningError;
}
