import type { Queryable } from '../../platform/db/database.ts';

/**
 * Lockout after repeated failures (issue 4 point 6): `maxFailures` failed log-ins for one subject
 * (a login, or the IIN/BIN a certificate names) within `lockMinutes` lock it for `lockMinutes`.
 * Counted per subject, not per address, so spreading guesses over many addresses does not help;
 * the per-address rate limit is a separate guard.
 */
export interface LockoutPolicy {
  maxFailures: number;
  lockMinutes: number;
}

export async function lockedUntil(db: Queryable, subject: string, at: Date): Promise<Date | null> {
  const { rows } = await db.query<{ lockedUntil: Date | null }>(
    'select locked_until as "lockedUntil" from login_failures where subject = $1',
    [subject],
  );
  const until = rows[0]?.lockedUntil;
  return until && until > at ? until : null;
}

/** Records a failure; returns the lock's end when this failure locks the subject. */
export async function recordFailure(
  db: Queryable,
  subject: string,
  policy: LockoutPolicy,
  at: Date,
): Promise<Date | null> {
  const windowMs = policy.lockMinutes * 60_000;
  const { rows } = await db.query<{ failures: number; lockedUntil: Date | null }>(
    `insert into login_failures (subject, failures, first_failed_at) values ($1, 1, $2)
     on conflict (subject) do update set
       failures = case when login_failures.first_failed_at <= $2 - make_interval(secs => $3) then 1 else login_failures.failures + 1 end,
       first_failed_at = case when login_failures.first_failed_at <= $2 - make_interval(secs => $3) then $2 else login_failures.first_failed_at end,
       locked_until = null
     returning failures, locked_until as "lockedUntil"`,
    [subject, at, windowMs / 1000],
  );
  if (rows[0]!.failures < policy.maxFailures) return null;
  const until = new Date(at.getTime() + windowMs);
  await db.query('update login_failures set locked_until = $2, failures = 0, first_failed_at = $3 where subject = $1', [
    subject,
    until,
    at,
  ]);
  return until;
}

export async function clearFailures(db: Queryable, subject: string): Promise<void> {
  await db.query('delete from login_failures where subject = $1', [subject]);
}
