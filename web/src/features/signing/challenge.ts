import { base64ToBytes } from './base64.ts';
import type { DocumentSigner } from './signer.ts';

/** The server's log-in nonce is exactly 32 random bytes (GET /api/v1/auth/challenge). */
export const challengeLength = 32;

export function challengeBytes(nonceBase64: string): Uint8Array {
  const bytes = base64ToBytes(nonceBase64);
  if (bytes.length !== challengeLength)
    throw new RangeError(`a log-in challenge is ${challengeLength} bytes, this one is ${bytes.length}`);
  return bytes;
}

/**
 * Signs a log-in challenge with the authentication key. Attached, so the CMS itself shows the
 * server which nonce was signed; with NCALayer this is createCAdESFromBase64 over the nonce.
 */
export function signChallenge(signer: DocumentSigner, nonceBase64: string): Promise<string> {
  return signer.signCms({ data: challengeBytes(nonceBase64), detached: false, purpose: 'auth' });
}
