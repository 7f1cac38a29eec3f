import type { ModuleDescriptor } from '../../platform/module.ts';
import { createReceiptSigner } from '../declarations/index.ts';
import type { SignatureSetup } from '../signature/index.ts';
import { ledgerRoutes } from './ledger/routes.ts';
import { receiptOrderRoutes } from './receipt-orders/routes.ts';
import { calculationRoutes } from './routes.ts';

/** Customs payments (issue 16): the calculation of duties, taxes and fees; the personal advance account (ACC-14); customs receipt orders. */
export const paymentsModule: ModuleDescriptor<SignatureSetup> = {
  name: 'payments',
  async routes(app, { db, clock, config, testPki, verifier }) {
    await app.register(calculationRoutes, { db, clock });
    await app.register(ledgerRoutes, { ctx: { db, clock, publicUrl: config.publicUrl } });
    const signer = createReceiptSigner({ config: config.declarations, environment: config.environment, testPki });
    await app.register(receiptOrderRoutes, {
      ctx: { db, clock, publicUrl: config.publicUrl, signer },
      verifier,
    });
  },
};
