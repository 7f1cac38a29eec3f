import type { ModuleDescriptor, RouteServices } from '../../platform/module.ts';
import type { CredentialsIntake } from '../accounts/index.ts';
import type { CredentialsContext } from './context.ts';
import { createCredentialsIntake } from './file-request.ts';
import { credentialsRoutes } from './routes.ts';

const credentialsContext = ({ db, clock, config, workers }: RouteServices): CredentialsContext => ({
  db,
  clock,
  workers,
  terms: config.terms,
  publicUrl: config.publicUrl,
  support: config.support,
  filingRatePerMinute: config.auth.loginRatePerMinute,
});

/**
 * Credentials requests (issue 4 points 3–10): filed with an account's registration (the intake
 * it gives accounts), reviewed by officers.
 */
export const credentialsModule: ModuleDescriptor<object, { credentialsIntake: CredentialsIntake }> = {
  name: 'credentials',
  provide: (services) => ({ credentialsIntake: createCredentialsIntake(credentialsContext(services)) }),
  async routes(app, services) {
    await app.register(credentialsRoutes, { ctx: credentialsContext(services) });
  },
};
