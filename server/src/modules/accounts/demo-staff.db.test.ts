import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { openTestDatabase } from '../../testing/database.ts';
import { testSignatureSetup } from '../../testing/signatures.ts';
import { loadReferenceDemoData } from '../reference/index.ts';
import { ensureDemoStaff } from './demo-staff.ts';

const clock = manualClock(new Date('2026-04-07T09:00:00Z'));
let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
  await loadReferenceDemoData(db); // the customs bodies the officer belongs to
});
afterAll(async () => {
  await db?.close();
});

const staffAudits = async () =>
  (await db.query<{ n: number }>(`select count(*)::int as n from audit_log where action like 'account.staff.%'`))
    .rows[0]!.n;

describe('the development staff (demo officer and administrator)', () => {
  it('are made at the first start, left as they are at the next, and put right when changed', async () => {
    const { testPki } = await testSignatureSetup(clock);
    const made = await ensureDemoStaff(db, clock, testPki!);
    expect(await staffAudits()).toBe(2);
    const accounts = async () =>
      (
        await db.query<{ kind: string; email: string; officeCode: string | null }>(
          `select kind, email, office_code as "officeCode" from accounts where iin_bin = any($1) order by kind`,
          [[made.officerIin, made.adminIin]],
        )
      ).rows;
    const first = await accounts();
    expect(first).toEqual([
      { kind: 'admin', email: 'admin@shekara.localhost', officeCode: null },
      { kind: 'officer', email: 'officer.75000@shekara.localhost', officeCode: '75000' },
    ]);
    // the next start writes nothing: no update, no audit record of a change that is none
    await ensureDemoStaff(db, clock, testPki!);
    expect(await staffAudits()).toBe(2);
    expect(await accounts()).toEqual(first);
    // an account changed by hand is put back, on record
    await db.query(`update accounts set email = 'someone@example.kz' where kind = 'officer' and iin_bin = $1`, [
      made.officerIin,
    ]);
    await ensureDemoStaff(db, clock, testPki!);
    expect(await staffAudits()).toBe(3);
    expect(await accounts()).toEqual(first);
  });
});
