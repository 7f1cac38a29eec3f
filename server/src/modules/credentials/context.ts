import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import type { SupportContacts } from '../../platform/support/contacts.ts';
import type { TaskRunner } from '../../platform/workers/worker-task.ts';
import type { CredentialsTerms } from './terms.ts';

/** What the credentials flows need from outside, passed in so tests can set each part. */
export interface CredentialsContext {
  db: Database;
  clock: Clock;
  terms: CredentialsTerms;
  /** where the notices' log-in link points */
  publicUrl: string;
  /** printed at the foot of every letter (REG-13) */
  support: SupportContacts;
  /** how many unsigned requests (and confirmations) one client address may send a minute */
  filingRatePerMinute: number;
  /** the worker threads the letters are printed on */
  workers: TaskRunner;
}
