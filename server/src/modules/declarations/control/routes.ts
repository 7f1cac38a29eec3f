import type { ZodApp } from '../../../platform/http/types.ts';
import type { RequireAccount } from '../../accounts/index.ts';
import type { DeclarationsSetup } from '../setup.ts';

/** Routes of the declarations module: the reference data the browser's control runs on. */
export async function controlRoutes(app: ZodApp, options: { setup: DeclarationsSetup; requireAccount: RequireAccount }): Promise<void> {
  void app;
  void options;
}
