import type { Queryable } from '../../platform/db/database.ts';

/**
 * Throttling after repeated failures (issue 4 point 6, issue 14 point 4): `maxFailures` failed
 * log-ins for one subject within `lockMinutes` pause it for `lockMinutes`. A password's subjects
 * are the login from one client address (so a stranger elsewhere cannot keep the owner out) and,
 * with ten times the allowance, the login from anywhere (so guesses spread over many addresses
 * still slow down); the latter never stops an attempt that carries the account's signature.
 * A signature log-in counts under the certificate's IIN, which no password failure touches.
 */
export interface LockoutPolicy {
  maxFailures: number;
  lockMinutes: number;
}

/** How many more failures the login-wide subject allows than one address. */
const loginWideFactor = 10;

/** The subjects a password attempt counts under, with the policy of each. */
export function passwordSubjects(login: string, ip: string, policy: LockoutPolicy) {
  return {
    fromAddress: { subject: `login:${login}@${ip}`, policy },
    fromAnywhere: {
      subject: `login:${login}`,
      policy: { ...policy, maxFailures: policy.maxFailures * loginWideFactor },
    },
  };
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
  await purgeEnded(db, windowMs, at);
  if (rows[0]!.failures < policy.maxFailures) return null;
  const until = new Date(at.getTime() + windowMs);
  await db.query('update login_failures set locked_until = $2, failures = 0, first_failed_at = $3 where subject = $1', [
    subject,
    until,
    at,
  ]);
  return until;
}

/** The minute (of the clock the failures are counted by) of this process's last purge. */
let purgedMinute = Number.NaN;

/**
 * Subjects whose failures began longer ago than the window and whose pause has ended count for
 * nothing (the next failure starts afresh): their rows are deleted, by each node once in a minute
 * of failures, so the table holds only subjects being counted or paused — not every login ever
 * mistyped or guessed at.
 */
async function purgeEnded(db: Queryable, windowMs: number, at: Date): Promise<void> {
  const minute = Math.floor(at.getTime() / 60_000);
  if (minute === purgedMinute) return;
  purgedMinute = minute;
  await db.query(
    `delete from login_failures
      where first_failed_at <= $1::timestamptz - make_interval(secs => $2) and (locked_until is null or locked_until <= $1)`,
    [at, windowMs / 1000],
  );
}

export async function clearFailures(db: Queryable, subjects: readonly string[]): Promise<void> {
  await db.query('delete from login_failures where subject = any($1::text[])', [subjects]);
}
