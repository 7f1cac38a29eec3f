import type { TestHolder } from '@shekara/nca/test-pki';
import type { FastifyInstance } from 'fastify';
import { createStaffAccount } from '../modules/accounts/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { Database } from '../platform/db/database.ts';
import { TestBrowser } from './accounts.ts';

/** A member of staff as a test makes one: an officer of a customs body, or an administrator. */
export interface TestStaff {
  kind: 'officer' | 'admin';
  email: string;
  officeCode?: string;
  displayName?: string;
}

/** The id of the staff account of a person of the test PKI, made as the command line makes one. */
export async function staffAccountId(db: Database, clock: Clock, who: { iin: string }, staff: TestStaff) {
  const { id } = await createStaffAccount(db, clock, { ...staff, iin: who.iin });
  return id;
}

/** A member of staff logged in with their own authentication key in a fresh browser. */
export async function loggedInStaff(
  app: FastifyInstance,
  db: Database,
  clock: Clock,
  who: TestHolder,
  staff: TestStaff,
) {
  const id = await staffAccountId(db, clock, who, staff);
  const browser = new TestBrowser(app);
  const response = await browser.logInAs(who, id);
  if (response.statusCode !== 200) throw new Error(`staff log-in failed: ${response.body}`);
  return { browser, id, relogin: () => browser.logInAs(who, id) };
}
