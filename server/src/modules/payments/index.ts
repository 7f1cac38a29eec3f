import type { ModuleDescriptor } from '../../platform/module.ts';
import type { SignatureSetup } from '../signature/index.ts';
import { startPaymentDueNoticesJob } from './applications/obligations.ts';
import { applicationRoutes } from './applications/routes.ts';
import { ledgerRoutes } from './ledger/routes.ts';
import { calculationRoutes } from './routes.ts';

/**
 * Customs payments (issue 16): the calculation of duties, taxes and fees; the personal advance
 * account (ACC-14); deferrals, instalments and refunds on signed applications, and the notices
 * that payment has come due (ACC-21).
 */
export const paymentsModule: ModuleDescriptor<SignatureSetup> = {
  name: 'payments',
  async routes(app, { db, clock, config, verifier, notifyOutbox }) {
    await app.register(calculationRoutes, { db, clock });
    await app.register(ledgerRoutes, { ctx: { db, clock, publicUrl: config.publicUrl } });
    await app.register(applicationRoutes, {
      ctx: { db, clock, verifier, notifyOutbox, publicUrl: config.publicUrl },
    });
  },
  jobs: ({ db, clock, logger, notifyOutbox, config }) => [
    startPaymentDueNoticesJob({ db, clock, notifyOutbox, publicUrl: config.publicUrl }, logger),
  ],
};
