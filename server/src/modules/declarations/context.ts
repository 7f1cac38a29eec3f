import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.ts';
import type { Config } from '../../platform/config.ts';
import type { Database } from '../../platform/db/database.ts';
import type { Metrics } from '../../platform/metrics/metrics.ts';
import type { TaskRunner } from '../../platform/workers/worker-task.ts';
import type { SignatureSetup, SignatureVerifier } from '../signature/index.ts';

/**
 * What the declarations module needs from outside, passed in so tests can set each part: the one
 * context of the module, given whole to its routes; a function takes the part it uses
 * (`Pick<DeclarationsContext, 'db' | 'clock'>`).
 */
export interface DeclarationsContext {
  db: Database;
  /** where the public receipt check reads: a replica when one serves (platform/db/read-replicas.ts) */
  publicReads: Database;
  clock: Clock;
  logger: Logger;
  verifier: SignatureVerifier;
  /** worker threads: imported XML is read there */
  workers: TaskRunner;
  /** the test PKI outside production (the receipt key is made under it when none is configured) */
  testPki: SignatureSetup['testPki'];
  /** where links in e-mails point */
  publicUrl: string;
  /** wakes the outbox worker after a commit that enqueued (green declarations are released within 1 s) */
  notifyOutbox: () => void;
  /** counts submissions and control's refusals for the operators */
  metrics: Metrics;
  config: Config['declarations'];
  environment: Config['environment'];
}

/** The part the background work (outbox handlers: risk routing, automatic release, notices) uses. */
export type BackgroundContext = Pick<DeclarationsContext, 'db' | 'clock' | 'logger' | 'publicUrl' | 'notifyOutbox'>;
