/** Why a signed XML document was refused; a subset of the verifier's failure codes (ACC-9). */
export type XmlCheckCode = 'SIG_MALFORMED' | 'SIG_CONTENT_MISMATCH' | 'SIG_BAD_SIGNATURE' | 'SIG_UNSUPPORTED_ALGORITHM';

/** Thrown inside the checker and turned into an XmlCheck at its edge, so no exception escapes. */
export class XmlCheckFailure extends Error {
  override readonly name = 'XmlCheckFailure';

  constructor(
    readonly code: XmlCheckCode,
    detail: string,
  ) {
    super(detail);
  }
}

export const malformed = (detail: string) => new XmlCheckFailure('SIG_MALFORMED', detail);
export const unsupported = (detail: string) => new XmlCheckFailure('SIG_UNSUPPORTED_ALGORITHM', detail);
