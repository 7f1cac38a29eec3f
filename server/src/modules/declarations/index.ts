import type { ZodApp } from '../../platform/http/types.ts';
import type { RequireAccount } from '../accounts/index.ts';
import { controlRoutes } from './control/routes.ts';
import { correctionRoutes } from './corrections/routes.ts';
import { draftRoutes } from './drafts/routes.ts';
import { officerRoutes } from './officer/routes.ts';
import { representationRoutes } from './representation/routes.ts';
import type { DeclarationsSetup } from './setup.ts';
import { submissionRoutes } from './submission/routes.ts';

export { declarationOutboxHandlers } from './officer/outbox-handlers.ts';
export { serverReferenceView } from './control/server-reference-view.ts';
export { loadDemoRiskProfiles } from './risk/demo-profiles.ts';
export type { DeclarationsBackground, DeclarationsSetup } from './setup.ts';
export { DeclarationErrors } from './errors.ts';
export { declarationKinds, isDeclarationKind, type DeclarationKind } from '@shekara/contracts/declarations/documents';

/** Electronic declarations (issue 6): drafts, control, signed submission, the officers' side. */
export async function registerDeclarations(app: ZodApp, options: { setup: DeclarationsSetup; requireAccount: RequireAccount }): Promise<void> {
  await app.register(draftRoutes, options);
  await app.register(representationRoutes, options);
  await app.register(submissionRoutes, options);
  await app.register(officerRoutes, options);
  await app.register(correctionRoutes, options);
  await app.register(controlRoutes, options);
}
