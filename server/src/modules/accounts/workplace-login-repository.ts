import type { Queryable } from '../../platform/db/database.ts';

/**
 * A Web-declarant login (WD-21, WD-22): one of the N an application for N workplaces yields, of
 * the organisation's one account, with its own password, bound to the workplace where it is first
 * used until an officer releases it.
 */
export interface WorkplaceLogin {
  id: string;
  accountId: string;
  login: string;
  passwordHash: string;
  mustChangePassword: boolean;
  applicationId: string | null;
  issuedAt: Date;
  /** sha-256 (hex) of the workplace cookie it is bound to; null before its first use, or once released */
  workplace: string | null;
  boundAt: Date | null;
  releasedAt: Date | null;
}

/**
 * The account as a session through a Web-declarant login sees it: that login's name, and whether
 * its own one-time password is still to be changed.
 */
export function enteredThrough<A extends { login: string | null; mustChangePassword: boolean }>(
  account: A,
  through: Pick<WorkplaceLogin, 'login' | 'mustChangePassword'>,
): A {
  return { ...account, login: through.login, mustChangePassword: through.mustChangePassword };
}

const columns = `id, account_id as "accountId", login, password_hash as "passwordHash",
  must_change_password as "mustChangePassword", application_id as "applicationId", issued_at as "issuedAt",
  workplace, bound_at as "boundAt", released_at as "releasedAt"`;

export async function insertWorkplaceLogin(
  db: Queryable,
  login: Pick<WorkplaceLogin, 'id' | 'accountId' | 'login' | 'passwordHash' | 'applicationId' | 'issuedAt'>,
): Promise<void> {
  await db.query(
    `insert into workplace_logins (id, account_id, login, password_hash, must_change_password, application_id, issued_at)
     values ($1, $2, $3, $4, true, $5, $6)`,
    [login.id, login.accountId, login.login, login.passwordHash, login.applicationId, login.issuedAt],
  );
}

export async function findWorkplaceLogin(
  db: Queryable,
  by: { login: string } | { id: string },
  lock?: 'for update',
): Promise<WorkplaceLogin | null> {
  const [column, value] = 'login' in by ? ['login', by.login] : ['id', by.id];
  const { rows } = await db.query<WorkplaceLogin>(
    `select ${columns} from workplace_logins where ${column} = $1 ${lock ?? ''}`,
    [value],
  );
  return rows[0] ?? null;
}

export async function workplaceLoginsOf(db: Queryable, accountId: string): Promise<WorkplaceLogin[]> {
  const { rows } = await db.query<WorkplaceLogin>(
    `select ${columns} from workplace_logins where account_id = $1 order by issued_at, login`,
    [accountId],
  );
  return rows;
}

/** Binds the login to the workplace it is used from for the first time (WD-22). */
export async function bindWorkplaceLogin(db: Queryable, id: string, workplace: string, at: Date): Promise<void> {
  await db.query('update workplace_logins set workplace = $2, bound_at = $3 where id = $1', [id, workplace, at]);
}

/** Frees the login for another workplace: its next use binds it again. */
export async function releaseWorkplaceLogin(db: Queryable, id: string, by: string, at: Date): Promise<void> {
  await db.query(
    'update workplace_logins set workplace = null, bound_at = null, released_at = $2, released_by = $3 where id = $1',
    [id, at, by],
  );
}

export async function setWorkplaceLoginPassword(db: Queryable, id: string, passwordHash: string): Promise<void> {
  await db.query('update workplace_logins set password_hash = $2, must_change_password = false where id = $1', [
    id,
    passwordHash,
  ]);
}
