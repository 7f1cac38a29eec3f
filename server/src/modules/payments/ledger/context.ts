import type { Clock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';

/** What the advance account needs from outside, passed in so tests can set each part. */
export interface LedgerContext {
  db: Database;
  clock: Clock;
  /** where links in e-mails point */
  publicUrl: string;
}

/** What the ledger's routes are given: its context. */
export interface LedgerRouteOptions {
  ctx: LedgerContext;
}
