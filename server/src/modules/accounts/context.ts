import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import type { Language } from '../../platform/i18n/language.ts';
import type { SignatureVerifier } from '../signature/index.ts';
import type { LockoutPolicy } from './lockout.ts';
import type { SessionPolicy } from './sessions.ts';

/** What the account flows need from the outside world, passed in so tests can set each part. */
export interface AccountsContext {
  db: Database;
  clock: Clock;
  verifier: SignatureVerifier;
  sessions: SessionPolicy;
  lockout: LockoutPolicy;
  /** where links in e-mails point */
  publicUrl: string;
}

/** Facts about the HTTP request an act came with: for the audit log, sessions and e-mail language. */
export interface RequestFacts {
  ip: string;
  userAgent: string | null;
  requestId: string;
  language: Language;
}
