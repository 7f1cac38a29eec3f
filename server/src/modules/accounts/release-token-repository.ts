import type { Queryable } from '../../platform/db/database.ts';

export interface ReleaseToken {
  accountId: string;
  workplace: string;
  method: 'signature' | 'password';
  expiresAt: Date;
}

export async function insertReleaseToken(
  db: Queryable,
  tokenSha256: Buffer,
  token: ReleaseToken,
  at: Date,
): Promise<void> {
  await db.query(
    `insert into session_release_tokens (token_sha256, account_id, workplace, method, created_at, expires_at)
     values ($1, $2, $3, $4, $5, $6)`,
    [tokenSha256, token.accountId, token.workplace, token.method, at, token.expiresAt],
  );
}

/** The unused, unexpired token with this hash, for the workplace it was issued to; locked when `forUpdate`. */
export async function findReleaseToken(
  db: Queryable,
  tokenSha256: Buffer,
  workplace: string,
  at: Date,
  lock?: 'for update',
): Promise<ReleaseToken | null> {
  const { rows } = await db.query<ReleaseToken>(
    `select account_id as "accountId", workplace, method, expires_at as "expiresAt" from session_release_tokens
      where token_sha256 = $1 and workplace = $2 and used_at is null and expires_at > $3 ${lock ?? ''}`,
    [tokenSha256, workplace, at],
  );
  return rows[0] ?? null;
}

export async function markReleaseTokenUsed(db: Queryable, tokenSha256: Buffer, at: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    'update session_release_tokens set used_at = $2 where token_sha256 = $1 and used_at is null',
    [tokenSha256, at],
  );
  return rowCount > 0;
}

/** Forgets tokens that expired before `before`: they can no longer be used in any case. */
export async function deleteReleaseTokensExpiredBefore(db: Queryable, before: Date): Promise<number> {
  return (await db.query('delete from session_release_tokens where expires_at < $1', [before])).rowCount;
}
