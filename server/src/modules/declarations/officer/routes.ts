import type { ZodApp } from '../../../platform/http/types.ts';
import type { RequireAccount } from '../../accounts/index.ts';
import type { DeclarationsSetup } from '../setup.ts';

/** Routes of the declarations module: the officer's inbox, documents and signed decisions; border release; risk profiles. */
export async function officerRoutes(app: ZodApp, options: { setup: DeclarationsSetup; requireAccount: RequireAccount }): Promise<void> {
  void app;
  void options;
}
