import type { Clock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import type { SignatureVerifier } from '../../signature/index.ts';

/** What applications about money need from outside, passed in so tests can set each part. */
export interface ApplicationsContext {
  db: Database;
  clock: Clock;
  verifier: SignatureVerifier;
  /** where links in e-mails point */
  publicUrl: string;
  /** wakes the outbox worker after a commit that enqueued mail */
  notifyOutbox: () => void;
}
