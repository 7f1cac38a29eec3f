import type { ZodApp } from '../../../platform/http/types.ts';
import type { RequireAccount } from '../../accounts/index.ts';
import type { DeclarationsSetup } from '../setup.ts';

/** Routes of the declarations module: customs representatives and the declarants they act for. */
export async function representationRoutes(app: ZodApp, options: { setup: DeclarationsSetup; requireAccount: RequireAccount }): Promise<void> {
  void app;
  void options;
}
