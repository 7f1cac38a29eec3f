import path from 'node:path';
import type { ModuleDescriptor } from '../../platform/module.ts';
import type { SignatureSetup } from '../signature/index.ts';
import type { DeclarationsContext } from './context.ts';
import { controlRoutes } from './control/routes.ts';
import { serverReferenceView } from './control/server-reference-view.ts';
import { correctionRoutes } from './corrections/routes.ts';
import { draftRoutes } from './drafts/routes.ts';
import { interchangeRoutes } from './interchange/routes.ts';
import { linkRoutes } from './links/routes.ts';
import { declarationOutboxHandlers } from './officer/outbox-handlers.ts';
import { officerRoutes } from './officer/routes.ts';
import { printRoutes } from './print/routes.ts';
import { representationRoutes } from './representation/routes.ts';
import { loadDemoRiskProfiles } from './risk/demo-profiles.ts';
import { createReceiptSigner, type ReceiptSigner } from './submission/receipt-signer.ts';
import { submissionRoutes } from './submission/routes.ts';
import { startTransitOverdueJob } from './transit/overdue.ts';
import { withdrawalRoutes } from './withdrawal/routes.ts';

export { serverReferenceView } from './control/server-reference-view.ts';

/** Electronic declarations (issue 6): drafts, control, signed submission, the officers' side. */
export const declarationsModule: ModuleDescriptor<
  SignatureSetup & { receiptSigner?: ReceiptSigner },
  { receiptSigner: ReceiptSigner }
> = {
  name: 'declarations',
  // the system's signing key (receipts, and the payments module's customs receipt orders)
  provide: ({ config, testPki, testPkiDir }) => ({
    receiptSigner: createReceiptSigner({
      config: config.declarations,
      environment: config.environment,
      testPki,
      ...(testPkiDir ? { developmentKeyFile: path.join(testPkiDir, 'receipt-key.json') } : {}),
    }),
  }),
  async routes(app, services) {
    const { db, publicReads, clock, logger, verifier, workers, testPki, notifyOutbox, metrics, config } = services;
    const ctx: DeclarationsContext = {
      db,
      publicReads,
      clock,
      logger,
      verifier,
      workers,
      testPki,
      notifyOutbox,
      metrics,
      publicUrl: config.publicUrl,
      config: config.declarations,
      environment: config.environment,
    };
    const options = { ctx };
    await app.register(draftRoutes, options);
    await app.register(representationRoutes, options);
    await app.register(submissionRoutes, { ctx, receiptSigner: services.receiptSigner });
    await app.register(officerRoutes, options);
    await app.register(correctionRoutes, options);
    await app.register(withdrawalRoutes, options);
    await app.register(controlRoutes, options);
    await app.register(linkRoutes, options);
    await app.register(printRoutes, options);
    await app.register(interchangeRoutes, options);
  },
  // Routing of registered declarations has a worker of its own, so it keeps pace with
  // registration whatever the mail in the outbox.
  outbox: ({ db, clock, logger, notifyOutbox, config }) => ({
    handlers: declarationOutboxHandlers({ db, clock, logger, notifyOutbox, publicUrl: config.publicUrl }),
    ownWorker: true,
  }),
  // transits past their term of delivery, flagged to both offices and the declarant
  jobs: ({ db, clock, logger, notifyOutbox, config }) => [
    startTransitOverdueJob({ db, clock, notifyOutbox, publicUrl: config.publicUrl }, logger),
  ],
  warmUp: ({ db }) => [
    {
      run: () => serverReferenceView(db),
      notBuilt: 'control reference not built ahead; it is built at the first check',
    },
  ],
  demoData: loadDemoRiskProfiles,
};
// The system's signer of receipts also signs customs receipt orders (payments).
export type { ReceiptSigner } from './submission/receipt-signer.ts';
