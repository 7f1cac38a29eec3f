import type { TestPki } from '@shekara/nca/test-pki';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { createStaffAccount, type NewStaff } from './staff.ts';

/**
 * In development, staff to try the officer's side with: two people of the project's test PKI,
 * who log in with their test auth keys through the test signer (never in production: there is
 * no test PKI there). ЖАНОВА ДАНА ("employee") is an officer of the Almaty city department
 * (75000); ПЕТРОВ ИВАН ("signer") is an administrator. Both also hold certificates of the test
 * company, so they can try the declarant's side too (log-in then asks which account).
 */
export async function ensureDemoStaff(
  db: Database,
  clock: Clock,
  testPki: TestPki,
): Promise<{ officerIin: string; adminIin: string }> {
  const person = (id: string) => testPki.holders.find((h) => h.id === id)!;
  const officer = person('employee-auth');
  const admin = person('signer-auth');
  const staff: NewStaff[] = [
    {
      kind: 'officer',
      iin: officer.iin,
      email: 'officer.75000@shekara.localhost',
      officeCode: '75000',
      displayName: officer.commonName,
    },
    { kind: 'admin', iin: admin.iin, email: 'admin@shekara.localhost', displayName: admin.commonName },
  ];
  for (const account of staff) {
    // As they are already (every start but the first): nothing written, no audit record of a change that is none.
    const { rows } = await db.query(
      `select 1 from accounts where kind = $1 and iin_bin = $2 and status = 'active' and email = $3
          and office_code is not distinct from $4 and display_name is not distinct from $5`,
      [account.kind, account.iin, account.email, account.officeCode ?? null, account.displayName ?? null],
    );
    if (rows.length === 0) await createStaffAccount(db, clock, account);
  }
  return { officerIin: officer.iin, adminIin: admin.iin };
}
