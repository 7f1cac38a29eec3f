import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../../platform/clock.ts';
import type { Database, Queryable } from '../../platform/db/database.ts';
import {
  deleteChallengesExpiredBefore,
  findChallenge,
  insertChallenge,
  markChallengeUsed,
} from './challenge-repository.ts';

/** What NCALayer's createCAdESFromBase64 signs at log-in: exactly these 32 random bytes. */
export const challengeBytes = 32;
export const challengeLifetimeMs = 5 * 60_000;
// Expired rows are swept when new challenges are issued, once they are this far past expiry.
const sweepAfterMs = 60 * 60_000;

export interface Challenge {
  /** base64 of the 32 nonce bytes */
  nonce: string;
  expiresAt: Date;
}

export type ChallengeRefusal = 'malformed' | 'unknown' | 'used' | 'expired';

export async function issueChallenge(db: Database, clock: Clock): Promise<Challenge> {
  const nonce = randomBytes(challengeBytes);
  const issuedAt = clock.now();
  const expiresAt = new Date(issuedAt.getTime() + challengeLifetimeMs);
  await db.transaction(async (tx) => {
    await insertChallenge(tx, sha256(nonce), issuedAt, expiresAt);
    await deleteChallengesExpiredBefore(tx, new Date(issuedAt.getTime() - sweepAfterMs));
  });
  return { nonce: nonce.toString('base64'), expiresAt };
}

/**
 * Burns a challenge: succeeds once for a nonce this server issued less than five minutes ago.
 * Pass the transaction of the log-in it belongs to, so a failed log-in leaves the nonce unused.
 */
export async function consumeChallenge(
  db: Queryable,
  clock: Clock,
  nonce: Uint8Array,
): Promise<{ ok: true } | { ok: false; reason: ChallengeRefusal }> {
  if (nonce.length !== challengeBytes) return { ok: false, reason: 'malformed' };
  const hash = sha256(nonce);
  const now = clock.now();
  if (await markChallengeUsed(db, hash, now)) return { ok: true };
  const known = await findChallenge(db, hash);
  if (!known) return { ok: false, reason: 'unknown' };
  return { ok: false, reason: known.usedAt ? 'used' : 'expired' };
}

function sha256(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}
