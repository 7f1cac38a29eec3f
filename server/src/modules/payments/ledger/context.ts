import type { Clock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import type { TaskRunner } from '../../../platform/workers/worker-task.ts';

/** What the advance account needs from outside, passed in so tests can set each part. */
export interface LedgerContext {
  db: Database;
  clock: Clock;
  /** where links in e-mails point */
  publicUrl: string;
}

/** What the ledger's routes are given: its context, with the worker threads the statement is printed on. */
export interface LedgerRouteOptions {
  ctx: LedgerContext & { workers: TaskRunner };
}
