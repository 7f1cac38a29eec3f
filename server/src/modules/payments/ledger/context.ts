import type { Clock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';

/** What the advance account needs from outside, passed in so tests can set each part. */
export interface LedgerContext {
  db: Database;
  clock: Clock;
}

/** What the ledger's routes are given: its context. */
export interface LedgerRouteOptions {
  ctx: LedgerContext;
}
