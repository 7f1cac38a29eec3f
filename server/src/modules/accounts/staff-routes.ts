import { contractRoutes } from '../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import type { RequireAccount } from './authentication.ts';

/** Registers a module's routes of the officer's side: each one open to officers and administrators alone. */
export function staffRoutes(app: ZodApp, requireAccount: RequireAccount, tags: string[]) {
  return contractRoutes(app, { tags, preHandler: requireAccount({ kinds: ['officer', 'admin'] }) });
}
