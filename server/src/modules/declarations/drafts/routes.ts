import type { ZodApp } from '../../../platform/http/types.ts';
import type { RequireAccount } from '../../accounts/index.ts';
import type { DeclarationsSetup } from '../setup.ts';

/** Routes of the declarations module: drafts: create, edit, autosave, copy, attachments, delete, list, control (/check). */
export async function draftRoutes(app: ZodApp, options: { setup: DeclarationsSetup; requireAccount: RequireAccount }): Promise<void> {
  void app;
  void options;
}
