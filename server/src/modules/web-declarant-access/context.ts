import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import type { SupportContacts } from '../../platform/support/contacts.ts';
import type { TaskRunner } from '../../platform/workers/worker-task.ts';
import type { SignatureVerifier } from '../signature/index.ts';

/** What the access procedure needs from outside, passed in so tests can set each part. */
export interface WebDeclarantContext {
  db: Database;
  clock: Clock;
  verifier: SignatureVerifier;
  /** where links in e-mails point */
  publicUrl: string;
  /** calendar days to send the letter after an application (WD-26, ACCESS_LETTER_DAYS) */
  accessLetterDays: number;
  /** printed at the foot of the letters and the blank application (REG-13) */
  support: SupportContacts;
  /** the worker threads the letters, the blank application and the journal are printed on */
  workers: TaskRunner;
}

/** What the procedure's routes are given: its context. */
export interface WebDeclarantRouteOptions {
  ctx: WebDeclarantContext;
}
