import type { AccountKind, UserType } from '@shekara/contracts/accounts';
import type { Queryable } from '../../platform/db/database.ts';
import { firstRow, type RowLock } from '../../platform/db/first-row.ts';
import type { Language } from '../../platform/i18n/language.ts';

export type AccountStatus = 'pending_confirmation' | 'active' | 'expired' | 'closed';
export type AccessStatus = 'active' | 'suspended' | 'revoked' | 'disabled';

export interface Account {
  id: string;
  kind: AccountKind;
  userType: UserType | null;
  iinBin: string;
  email: string;
  phone: string | null;
  displayName: string | null;
  organisation: string | null;
  postalAddress: string | null;
  passwordHash: string | null;
  login: string | null;
  mustChangePassword: boolean;
  status: AccountStatus;
  accessStatus: AccessStatus;
  workplaces: number;
  officeCode: string | null;
  registeringBodyCode: string | null;
  createdAt: Date;
  activatedAt: Date | null;
  /** what the system writes to the account in unprompted (notices): the language of its latest log-in */
  language: Language;
}

/** Each column of an account and the field it becomes. */
const accountFields: readonly [column: string, field: keyof Account][] = [
  ['id', 'id'],
  ['kind', 'kind'],
  ['user_type', 'userType'],
  ['iin_bin', 'iinBin'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['display_name', 'displayName'],
  ['organisation', 'organisation'],
  ['postal_address', 'postalAddress'],
  ['password_hash', 'passwordHash'],
  ['login', 'login'],
  ['must_change_password', 'mustChangePassword'],
  ['status', 'status'],
  ['access_status', 'accessStatus'],
  ['workplaces', 'workplaces'],
  ['office_code', 'officeCode'],
  ['registering_body_code', 'registeringBodyCode'],
  ['created_at', 'createdAt'],
  ['activated_at', 'activatedAt'],
  ['language', 'language'],
];

/**
 * An account's columns for a select list: of table `alias`, each named `prefix` + its field
 * (read back with `accountFromRow`), so another table's row can come with it in one statement.
 */
export function accountColumns(alias: string, prefix: string): string {
  return accountFields.map(([column, field]) => `${alias}.${column} as "${prefix}${field}"`).join(', ');
}

/** The account in a row selected with `accountColumns(…, prefix)`, or null when the join found none. */
export function accountFromRow(row: Record<string, unknown>, prefix: string): Account | null {
  if (row[`${prefix}id`] == null) return null;
  return Object.fromEntries(accountFields.map(([, field]) => [field, row[`${prefix}${field}`]])) as unknown as Account;
}

const columns = accountFields
  .map(([column, field]) => (column === field ? column : `${column} as "${field}"`))
  .join(', ');

export interface NewAccount {
  id: string;
  kind: AccountKind;
  userType?: UserType | null;
  iinBin: string;
  email: string;
  phone?: string | null;
  displayName?: string | null;
  organisation?: string | null;
  postalAddress?: string | null;
  passwordHash?: string | null;
  login?: string | null;
  mustChangePassword?: boolean;
  status: AccountStatus;
  workplaces?: number;
  officeCode?: string | null;
  registeringBodyCode?: string | null;
}

export async function insertAccount(db: Queryable, account: NewAccount, at: Date): Promise<void> {
  await db.query(
    `insert into accounts (id, kind, user_type, iin_bin, email, phone, display_name, organisation, postal_address,
       password_hash, login, must_change_password, status, workplaces, office_code, registering_body_code,
       created_at, activated_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $17)`,
    [
      account.id,
      account.kind,
      account.userType ?? null,
      account.iinBin,
      account.email,
      account.phone ?? null,
      account.displayName ?? null,
      account.organisation ?? null,
      account.postalAddress ?? null,
      account.passwordHash ?? null,
      account.login ?? null,
      account.mustChangePassword ?? false,
      account.status,
      account.workplaces ?? 1,
      account.officeCode ?? null,
      account.registeringBodyCode ?? null,
      at,
      account.status === 'active' ? at : null,
    ],
  );
}

export async function findAccount(db: Queryable, id: string, options: RowLock = {}): Promise<Account | null> {
  return firstRow<Account>(db, `select ${columns} from accounts where id = $1`, [id], options);
}

/** The language of the account's latest log-in, kept for what is written to it later (notices). */
export async function setAccountLanguage(db: Queryable, id: string, language: Language): Promise<void> {
  await db.query('update accounts set language = $2 where id = $1 and language <> $2', [id, language]);
}

export async function findAccountByLogin(db: Queryable, login: string): Promise<Account | null> {
  return firstRow<Account>(db, `select ${columns} from accounts where login = $1`, [login]);
}

/** How many accounts one IIN/BIN or e-mail may open by password before the caller must say which. */
const maxIdentityAccounts = 5;

/**
 * The active user accounts with a password that an IIN/BIN or an e-mail address names (REG-7: a
 * self-registered user logs in with its IIN/BIN or e-mail and the password it chose). Several
 * when one taxpayer has accounts of several user types.
 */
export async function accountsByIdentity(db: Queryable, identity: string): Promise<Account[]> {
  const byNumber = /^[0-9]{12}$/.test(identity);
  if (!byNumber && !identity.includes('@')) return [];
  const { rows } = await db.query<Account>(
    `select ${columns} from accounts
      where kind = 'user' and status = 'active' and password_hash is not null
        and ${byNumber ? 'iin_bin = $1' : 'lower(email) = $1'}
      order by created_at limit ${maxIdentityAccounts}`,
    [identity],
  );
  return rows;
}

/** Active accounts a certificate's holder may enter: theirs by IIN, and their organisation's by BIN. */
export async function activeAccountsOfSubject(db: Queryable, iin: string, bin: string | undefined): Promise<Account[]> {
  const { rows } = await db.query<Account>(
    `select ${columns} from accounts
      where status = 'active' and (iin_bin = $1 or (kind = 'user' and iin_bin = $2))
      order by kind, user_type`,
    [iin, bin ?? null],
  );
  return rows;
}

export async function hasActiveAccount(db: Queryable, iinBin: string, userType: UserType): Promise<boolean> {
  const { rows } = await db.query(
    `select 1 from accounts where kind = 'user' and iin_bin = $1 and user_type = $2 and status = 'active'`,
    [iinBin, userType],
  );
  return rows.length > 0;
}

export async function activateAccount(db: Queryable, id: string, at: Date): Promise<void> {
  await db.query(`update accounts set status = 'active', activated_at = $2, updated_at = $2 where id = $1`, [id, at]);
}

/** Unconfirmed registrations past their link's life are closed, so they stop holding anything (issue 4 point 3). */
export async function expirePendingAccounts(db: Queryable, createdBefore: Date, at: Date): Promise<number> {
  const { rowCount } = await db.query(
    `update accounts set status = 'expired', updated_at = $2 where status = 'pending_confirmation' and created_at < $1`,
    [createdBefore, at],
  );
  return rowCount;
}

export interface ContactChange {
  email?: string;
  phone?: string | null;
  postalAddress?: string | null;
}

export async function updateContact(db: Queryable, id: string, change: ContactChange, at: Date): Promise<void> {
  await db.query(
    `update accounts set email = coalesce($2, email),
            phone = case when $3::boolean then $4 else phone end,
            postal_address = case when $5::boolean then $6 else postal_address end,
            updated_at = $7
      where id = $1`,
    [
      id,
      change.email ?? null,
      'phone' in change,
      change.phone ?? null,
      'postalAddress' in change,
      change.postalAddress ?? null,
      at,
    ],
  );
}

export async function setPassword(
  db: Queryable,
  id: string,
  passwordHash: string,
  mustChange: boolean,
  at: Date,
): Promise<void> {
  await db.query(`update accounts set password_hash = $2, must_change_password = $3, updated_at = $4 where id = $1`, [
    id,
    passwordHash,
    mustChange,
    at,
  ]);
}

/** Gives an account a login and a password issued by a territorial body (AST-3, WD-20). */
export async function issueLogin(
  db: Queryable,
  id: string,
  issued: { login: string; passwordHash: string; workplaces?: number; registeringBodyCode?: string },
  at: Date,
): Promise<void> {
  await db.query(
    `update accounts set login = $2, password_hash = $3, must_change_password = true,
            workplaces = coalesce($4, workplaces), registering_body_code = coalesce($5, registering_body_code),
            status = 'active', activated_at = coalesce(activated_at, $6), updated_at = $6
      where id = $1`,
    [id, issued.login, issued.passwordHash, issued.workplaces ?? null, issued.registeringBodyCode ?? null, at],
  );
}

/** More seats for more workplaces (WD-25): a Web-declarant application's logins on an existing account. */
export async function addWorkplaces(db: Queryable, id: string, more: number, at: Date): Promise<void> {
  await db.query('update accounts set workplaces = workplaces + $2, updated_at = $3 where id = $1', [id, more, at]);
}

export async function setAccessStatus(db: Queryable, id: string, accessStatus: AccessStatus, at: Date): Promise<void> {
  await db.query(`update accounts set access_status = $2, updated_at = $3 where id = $1`, [id, accessStatus, at]);
}

/** Whether a login is in use: an account's own, or a Web-declarant workplace login (one namespace). */
export async function loginTaken(db: Queryable, login: string): Promise<boolean> {
  const { rows } = await db.query(
    'select 1 from accounts where login = $1 union all select 1 from workplace_logins where login = $1',
    [login],
  );
  return rows.length > 0;
}

export async function listAccounts(
  db: Queryable,
  /** `bodyCodes`: only accounts registered at one of these bodies; null or absent: all */
  filter: { iinBin?: string; bodyCodes?: string[] | null; kind?: AccountKind; limit: number },
): Promise<Account[]> {
  const { rows } = await db.query<Account>(
    `select ${columns} from accounts
      where ($1::text is null or iin_bin = $1) and ($2::text[] is null or registering_body_code = any($2)) and ($3::text is null or kind = $3)
      order by created_at desc limit $4`,
    [filter.iinBin ?? null, filter.bodyCodes ?? null, filter.kind ?? null, filter.limit],
  );
  return rows;
}
