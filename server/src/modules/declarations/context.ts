import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import type { SignatureSetup, SignatureVerifier } from '../signature/index.ts';

/** What the declarations module needs from outside, passed in so tests can set each part. */
export interface DeclarationsContext {
  db: Database;
  clock: Clock;
  verifier: SignatureVerifier;
  /** the test PKI outside production (the receipt key is made under it when none is configured) */
  testPki: SignatureSetup['testPki'];
  /** where links in e-mails point */
  publicUrl: string;
  /** wakes the outbox worker after a commit that enqueued (green declarations are released within 1 s) */
  notifyOutbox: () => void;
}
