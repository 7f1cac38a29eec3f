import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.ts';
import type { Config } from '../../platform/config.ts';
import type { Database } from '../../platform/db/database.ts';
import type { DeclarationsContext } from './context.ts';

/** What the HTTP side of the module is given: the context and its configuration. */
export interface DeclarationsSetup extends DeclarationsContext {
  config: Config['declarations'];
  environment: Config['environment'];
}

/** What the background side (outbox handlers: risk routing, automatic release, notices) is given. */
export interface DeclarationsBackground {
  db: Database;
  clock: Clock;
  logger: Logger;
  publicUrl: string;
  notifyOutbox: () => void;
}
