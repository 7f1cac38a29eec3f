import type { ZodApp } from '../../platform/http/types.ts';
import type { RequireAccount } from '../accounts/index.ts';
import { accessMeasureRoutes } from './access-routes.ts';
import type { WebDeclarantContext } from './context.ts';
import { officerApplicationRoutes } from './officer-routes.ts';
import { publicApplicationRoutes } from './routes.ts';

export { assertMaySubmit, assertMaySubmitAll } from './submission-guard.ts';
export { WebDeclarantErrors } from './errors.ts';
export { canonicalJson } from './canonical-json.ts';
export type { ApplicationFields } from './application-fields.ts';
export type { WebDeclarantContext } from './context.ts';

/** Access to the Web-declarant complex (issue 4 points 11–13): applications, journal, logins, measures. */
export async function registerWebDeclarantAccess(app: ZodApp, setup: WebDeclarantContext & { requireAccount: RequireAccount }): Promise<void> {
  const { requireAccount, ...ctx } = setup;
  await app.register(publicApplicationRoutes, { ctx });
  await app.register(officerApplicationRoutes, { ctx, requireAccount });
  await app.register(accessMeasureRoutes, { ctx, requireAccount });
}
