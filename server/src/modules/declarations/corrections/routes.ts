import type { ZodApp } from '../../../platform/http/types.ts';
import type { RequireAccount } from '../../accounts/index.ts';
import type { DeclarationsSetup } from '../setup.ts';

/** Routes of the declarations module: corrections after release (КДТ) as new documents linked to the original. */
export async function correctionRoutes(app: ZodApp, options: { setup: DeclarationsSetup; requireAccount: RequireAccount }): Promise<void> {
  void app;
  void options;
}
