import type { FastifyInstance } from 'fastify';
import { cookieOptionsOf } from '../../platform/http/workplace-cookie.ts';
import type { ModuleDescriptor } from '../../platform/module.ts';
import type { SignatureSetup } from '../signature/index.ts';
import { registerAuthentication } from './authentication.ts';
import type { AccountsContext } from './context.ts';
import type { CredentialsIntake } from './credentials-intake.ts';
import { ensureDemoStaff } from './demo-staff.ts';
import { officerAccountRoutes } from './officer-routes.ts';
import { accountRoutes } from './routes.ts';

export type { UserType } from '@shekara/contracts/accounts';
export { accessRefusal } from './access-rules.ts';
export type { AccessStatus, Account } from './account-repository.ts';
export {
  addWorkplaces,
  findAccount,
  insertAccount,
  loginTaken,
  setAccessStatus,
} from './account-repository.ts';
export { caller } from './authentication.ts';
export { assertAccountVisible, bodyScopeOf, inBodyScope } from './body-scope.ts';
export { bindCertificate, type CertificateFacts } from './certificate-repository.ts';
export { type ConsentGiven, checkConsent, recordConsent } from './consent.ts';
export type { RequestFacts } from './context.ts';
export type {
  CredentialsIntake,
  CredentialsRequestFields,
  CredentialsRequestFiling,
  FiledCredentialsRequest,
} from './credentials-intake.ts';
export { readReason, recordDataRead } from './data-reads.ts';
export { AccountErrors } from './errors.ts';
export { hashPassword, passwordProblem } from './passwords.ts';
export { requestFacts } from './routes.ts';
export { endSessionsOf } from './session-repository.ts';
export { createStaffAccount } from './staff.ts';
export { insertWorkplaceLogin } from './workplace-login-repository.ts';

/**
 * Accounts, sessions and staff (issue 4); the other modules' protected routes stand on it: it
 * installs the session guard of every route registered after it, from the route's declared access.
 */
export const accountsModule: ModuleDescriptor<SignatureSetup & { credentialsIntake?: CredentialsIntake }> = {
  name: 'accounts',
  // Registers sessions and their guards, then the account routes.
  async routes(app, { db, clock, verifier, config, credentialsIntake }) {
    const { auth } = config;
    const ctx: AccountsContext = {
      db,
      clock,
      verifier,
      sessions: { idleMinutes: auth.sessionIdleMinutes, absoluteHours: auth.sessionAbsoluteHours },
      lockout: { maxFailures: auth.maxFailedLogins, lockMinutes: auth.lockMinutes },
      publicUrl: config.publicUrl,
    };
    const cookies = cookieOptionsOf(config);
    await registerAuthentication(app as unknown as FastifyInstance, { db, clock, sessions: ctx.sessions, cookies });
    await app.register(accountRoutes, { ctx, cookies, loginRatePerMinute: auth.loginRatePerMinute, credentialsIntake });
    await app.register(officerAccountRoutes, { ctx });
  },
  // Staff to try the officer's side with, who log in with test keys: never without the test PKI.
  async developmentData({ db, clock, testPki }) {
    if (!testPki) return undefined;
    return {
      summary: { demoStaff: await ensureDemoStaff(db, clock, testPki) },
      message: 'demo officer and administrator ready (test keys)',
    };
  },
};
