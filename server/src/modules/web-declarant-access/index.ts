import type { ModuleDescriptor } from '../../platform/module.ts';
import type { SignatureSetup } from '../signature/index.ts';
import { accessMeasureRoutes } from './access-routes.ts';
import type { WebDeclarantContext } from './context.ts';
import { officerApplicationRoutes } from './officer-routes.ts';
import { publicApplicationRoutes } from './routes.ts';

export { assertMaySubmitAll } from './submission-guard.ts';

/** Access to the Web-declarant complex (issue 4 points 11–13): applications, journal, logins, measures. */
export const webDeclarantAccessModule: ModuleDescriptor<SignatureSetup> = {
  name: 'web-declarant-access',
  async routes(app, { db, clock, verifier, config, workers }) {
    const ctx: WebDeclarantContext = {
      db,
      clock,
      workers,
      verifier,
      publicUrl: config.publicUrl,
      accessLetterDays: config.terms.accessLetterDays,
      support: config.support,
    };
    await app.register(publicApplicationRoutes, { ctx });
    await app.register(officerApplicationRoutes, { ctx });
    await app.register(accessMeasureRoutes, { ctx });
  },
};
