import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { migrate, readMigrations } from '../../platform/db/migrations.ts';
import { openEmptyTestDatabase } from '../../testing/database.ts';

/**
 * Migration 0019 on rows made in the shape before it: a Web-declarant login issued on the
 * account itself becomes the account's first workplace login (WD-21), with its password and its
 * one-time flag as they were, unbound; the account keeps no login of its own. An account whose
 * login came from a credentials request, with no Web-declarant application, is left as it was.
 */
const clock = manualClock('2026-11-02T09:00:00Z');
const migrationVersion = 19;
let db: Database;
const webDeclarant = { id: randomUUID(), login: 'wd-abcdefgh', hash: '$argon2id$old-wd-hash' };
const credentials = { id: randomUUID(), login: 'ast.carrier', hash: '$argon2id$old-ast-hash' };

async function oldShapeAccount(a: typeof webDeclarant, iinBin: string, userType: string): Promise<void> {
  await db.query(
    `insert into accounts (id, kind, user_type, iin_bin, email, status, login, password_hash, must_change_password,
       workplaces, created_at, activated_at, updated_at)
     values ($1, 'user', $2, $3, $4, 'active', $5, $6, true, 2, $7, $7, $7)`,
    [a.id, userType, iinBin, `${a.login}@example.kz`, a.login, a.hash, clock.now()],
  );
}

beforeAll(async () => {
  db = await openEmptyTestDatabase();
  await migrate(
    db,
    readMigrations().filter((m) => m.version < migrationVersion),
  );
  await db.query(
    `insert into regions (code, kind, name_kk, name_ru, name_en) values ('75', 'city', 'Алматы', 'Алматы', 'Almaty')`,
  );
  await db.query(
    `insert into customs_bodies (code, kind, region_code, name_kk, name_ru, name_en, address, valid_from)
     values ('75000', 'territorial_department', '75', 'ДГД', 'ДГД', 'SRD', 'Алматы', '2020-01-01')`,
  );
  await oldShapeAccount(webDeclarant, '150440000019', 'foreign_trade_participant');
  await oldShapeAccount(credentials, '850115300011', 'customs_carrier');
  await db.query(
    `insert into web_declarant_applications (id, body_code, journal_year, journal_number, channel, fields, applicant_kind,
       taxpayer_number, full_name, email, workplaces, received_at, letter_due_on, status, decided_at, account_id)
     values ($1, '75000', 2026, 1, 'paper', '{}', 'legal_entity', '150440000019', 'ТОО «Тест»', 'wd@example.kz', 2,
             $2, '2026-11-09', 'issued', $2, $3)`,
    [randomUUID(), clock.now(), webDeclarant.id],
  );
  expect(
    (
      await migrate(
        db,
        readMigrations().filter((m) => m.version <= migrationVersion),
      )
    ).map((m) => m.version),
  ).toEqual([migrationVersion]);
}, 60_000);
afterAll(() => db?.close());

describe('migration 0019: issued Web-declarant logins become workplace logins (WD-21, WD-22)', () => {
  it('moves the login with its password and one-time flag, unbound, and the account keeps no login of its own', async () => {
    const logins = await db.query(
      `select account_id as "accountId", login, password_hash as "passwordHash", must_change_password as "mustChange",
              workplace, bound_at as "boundAt"
         from workplace_logins`,
    );
    expect(logins.rows).toEqual([
      {
        accountId: webDeclarant.id,
        login: webDeclarant.login,
        passwordHash: webDeclarant.hash,
        mustChange: true,
        workplace: null,
        boundAt: null,
      },
    ]);
    const accounts = await db.query<{
      id: string;
      login: string | null;
      password_hash: string | null;
      workplaces: number;
    }>('select id, login, password_hash, workplaces from accounts order by login nulls first');
    expect(accounts.rows).toEqual([
      { id: webDeclarant.id, login: null, password_hash: null, workplaces: 2 },
      { id: credentials.id, login: credentials.login, password_hash: credentials.hash, workplaces: 2 },
    ]);
  });
});
