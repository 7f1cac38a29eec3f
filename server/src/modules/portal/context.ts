import type { Clock } from '../../platform/clock.ts';
import type { PortalConfig } from '../../platform/config.ts';
import type { Database } from '../../platform/db/database.ts';
import type { SupportContacts } from '../../platform/support/contacts.ts';
import type { RequestFacts } from '../accounts/index.ts';

/** What the portal needs from the outside world, passed in so tests can set each part. */
export interface PortalContext {
  db: Database;
  clock: Clock;
  /** absolute links in the Atom feed and e-mails point here */
  publicUrl: string;
  portal: PortalConfig;
  /** where tickets are e-mailed, and what the requester is told to write to */
  support: SupportContacts;
}

/** The administrator acting, and the request they acted with (for the audit log). */
export interface Editor {
  accountId: string;
  facts: RequestFacts;
}
