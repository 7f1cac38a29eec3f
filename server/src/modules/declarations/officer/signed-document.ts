/**
 * The document as the declarant signed it: the latest submission's signed bytes are the canonical
 * JSON of { declarationId, kind, schemaVersion, document } (submission/signing-payload.ts). Null
 * when they do not read so — nothing is then guessed from the working copy, which may have been
 * edited since.
 */
export function signedDocumentOf(signedBytes: Uint8Array | null): unknown {
  if (!signedBytes) return null;
  try {
    const signed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(signedBytes));
    return typeof signed === 'object' && signed !== null && 'document' in signed
      ? (signed as { document: unknown }).document
      : null;
  } catch {
    return null;
  }
}
