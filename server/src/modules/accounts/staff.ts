import { randomUUID } from 'node:crypto';
import { parseIinBin } from '@shekara/contracts/domain';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { validEmail } from './registration.ts';

export interface NewStaff {
  kind: 'officer' | 'admin';
  iin: string;
  email: string;
  /** officers: the customs body they work in (5 digits) */
  officeCode?: string;
  displayName?: string;
}

export class StaffInputError extends Error {}

/**
 * Creates an officer or administrator account (issue 4 point 14). Staff enter with their own NCA
 * signature (ACC-6): the account is keyed by the person's IIN, and an officer belongs to a
 * customs body, which decides the queues they see.
 */
export async function createStaffAccount(
  db: Database,
  clock: Clock,
  input: NewStaff,
): Promise<{ id: string; created: boolean }> {
  const parsed = parseIinBin(input.iin);
  if (!parsed.valid || parsed.number.kind !== 'iin')
    throw new StaffInputError(`"${input.iin}" is not a valid IIN (12 digits, check digit, a person's number)`);
  if (!validEmail(input.email)) throw new StaffInputError(`"${input.email}" is not a valid e-mail address`);
  if (input.kind === 'officer') {
    if (!input.officeCode || !/^\d{5}$/.test(input.officeCode))
      throw new StaffInputError('an officer needs --office, a 5-digit customs body code');
    const { rows } = await db.query('select 1 from customs_bodies where code = $1', [input.officeCode]);
    if (rows.length === 0) throw new StaffInputError(`there is no customs body ${input.officeCode}`);
  }
  const now = clock.now();
  return db.transaction(async (tx) => {
    const { rows: existing } = await tx.query<{ id: string }>(
      `select id from accounts where kind = $1 and iin_bin = $2 and status = 'active'`,
      [input.kind, input.iin],
    );
    if (existing[0]) {
      await tx.query(
        'update accounts set email = $2, office_code = coalesce($3, office_code), display_name = coalesce($4, display_name), updated_at = $5 where id = $1',
        [existing[0].id, input.email, input.officeCode ?? null, input.displayName ?? null, now],
      );
      await recordAudit(tx, now, {
        action: 'account.staff.update',
        outcome: 'success',
        subjectType: 'account',
        subjectId: existing[0].id,
        details: { kind: input.kind, officeCode: input.officeCode },
      });
      return { id: existing[0].id, created: false };
    }
    const id = randomUUID();
    await tx.query(
      `insert into accounts (id, kind, iin_bin, email, display_name, status, office_code, registering_body_code, created_at, activated_at, updated_at)
       values ($1, $2, $3, $4, $5, 'active', $6, $6, $7, $7, $7)`,
      [
        id,
        input.kind,
        input.iin,
        input.email,
        input.displayName ?? null,
        input.kind === 'officer' ? input.officeCode : null,
        now,
      ],
    );
    await recordAudit(tx, now, {
      action: 'account.staff.create',
      outcome: 'success',
      subjectType: 'account',
      subjectId: id,
      details: { kind: input.kind, officeCode: input.officeCode },
    });
    return { id, created: true };
  });
}
