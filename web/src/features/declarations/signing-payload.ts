import { base64ToBytes } from '../signing/base64.ts';
import { sha256Hex } from './sha256.ts';

/** What a declarant signs, as the server gives it (issue 19 point 3): the bytes, what they say, and their hash. */
export interface SigningPayload {
  /** the exact bytes the signature is made over */
  bytes: Uint8Array;
  /** the bytes read back: the document shown is this one, not the editor's copy */
  declarationId: string;
  kind: string;
  schemaVersion: unknown;
  document: unknown;
  /** SHA-256 of the bytes, hex: the receipt carries the same */
  sha256: string | null;
}

/** Reads the server's base64 signing payload: the canonical JSON of `{ declarationId, kind, schemaVersion, document }`. */
export async function readSigningPayload(base64: string): Promise<SigningPayload> {
  const bytes = base64ToBytes(base64);
  const facts = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as Record<string, unknown>;
  return {
    bytes,
    declarationId: String(facts.declarationId),
    kind: String(facts.kind),
    schemaVersion: facts.schemaVersion,
    document: facts.document,
    sha256: await sha256Hex(bytes),
  };
}
