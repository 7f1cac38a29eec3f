import { parseSignedData, type SignatureVerifier, type VerificationResult } from '@shekara/nca';
import type { Clock } from '../../platform/clock.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { type ChallengeRefusal, challengeBytes, consumeChallenge } from './challenges.ts';

export type ChallengeSignatureCheck =
  | { ok: true; verification: VerificationResult }
  /** The signature itself is refused: `verification.code` says why (SIG_*). */
  | { ok: false; reason: 'signature'; verification: VerificationResult }
  /** The signature is sound but was not made over a live challenge of ours: AUTH_CHALLENGE_INVALID. */
  | {
      ok: false;
      reason: 'challenge';
      refusal: ChallengeRefusal | 'not_a_challenge';
      verification?: VerificationResult;
    };

/**
 * The log-in primitive (ACC-6, REG-10; issue 3 point 10): a CMS whose signed content is exactly
 * the 32 nonce bytes of a challenge this server issued (what NCALayer's createCAdESFromBase64
 * signs when handed the base64 nonce), made with an NCA authentication key. The nonce is burnt
 * only when everything else holds, inside the caller's transaction, so a refused log-in can be
 * retried with the same challenge and a replayed one is refused.
 */
export async function checkChallengeSignature(
  db: Queryable,
  clock: Clock,
  verifier: SignatureVerifier,
  cms: Uint8Array,
): Promise<ChallengeSignatureCheck> {
  let content: Uint8Array | null | undefined;
  try {
    content = parseSignedData(cms).content;
  } catch {
    content = undefined; // unreadable: the verifier says why, with its code
  }
  // Refused before any signature arithmetic: detached, or content of another length, is no challenge.
  if (content === null || (content !== undefined && content.length !== challengeBytes)) {
    return { ok: false, reason: 'challenge', refusal: 'not_a_challenge' };
  }
  const verification = await verifier.verifyCms(cms, { purpose: 'auth' });
  if (!verification.valid || content === undefined) return { ok: false, reason: 'signature', verification };
  const burnt = await consumeChallenge(db, clock, content);
  if (!burnt.ok) return { ok: false, reason: 'challenge', refusal: burnt.reason, verification };
  return { ok: true, verification };
}
