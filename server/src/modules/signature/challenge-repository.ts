import type { Queryable } from '../../platform/db/database.ts';

export async function insertChallenge(
  db: Queryable,
  nonceSha256: Buffer,
  issuedAt: Date,
  expiresAt: Date,
): Promise<void> {
  await db.query('insert into auth_challenges (nonce_sha256, issued_at, expires_at) values ($1, $2, $3)', [
    nonceSha256,
    issuedAt,
    expiresAt,
  ]);
}

/** Marks the challenge used if it is known, unused and unexpired; one statement, so two racing log-ins cannot both win. */
export async function markChallengeUsed(db: Queryable, nonceSha256: Buffer, at: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    'update auth_challenges set used_at = $2 where nonce_sha256 = $1 and used_at is null and expires_at > $2 returning 1',
    [nonceSha256, at],
  );
  return rowCount === 1;
}

export async function findChallenge(
  db: Queryable,
  nonceSha256: Buffer,
): Promise<{ expiresAt: Date; usedAt: Date | null } | null> {
  const { rows } = await db.query<{ expires_at: Date; used_at: Date | null }>(
    'select expires_at, used_at from auth_challenges where nonce_sha256 = $1',
    [nonceSha256],
  );
  return rows[0] ? { expiresAt: rows[0].expires_at, usedAt: rows[0].used_at } : null;
}

/** Forgets challenges that expired before `before`; they can no longer be used in any case. */
export async function deleteChallengesExpiredBefore(db: Queryable, before: Date): Promise<number> {
  return (await db.query('delete from auth_challenges where expires_at < $1', [before])).rowCount;
}
