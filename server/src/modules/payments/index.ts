import type { ModuleDescriptor } from '../../platform/module.ts';
import type { ReceiptSigner } from '../declarations/index.ts';
import type { SignatureSetup } from '../signature/index.ts';
import { startPaymentDueNoticesJob } from './applications/obligations.ts';
import { applicationRoutes } from './applications/routes.ts';
import { ledgerRoutes } from './ledger/routes.ts';
import { receiptOrderRoutes } from './receipt-orders/routes.ts';
import { calculationRoutes } from './routes.ts';

export {
  collectedFor,
  collectOnRelease,
  heldFor,
  heldForEach,
  holdLater,
  holdOnRegistration,
  returnOnClosing,
} from './declaration-money.ts';
export type { Assessment } from './declaration-payments.ts';
export { assessGoodsDeclaration, calculatedBox47, paymentRefusalMessage } from './declaration-payments.ts';
export type { LedgerContext } from './ledger/context.ts';
export { formatTiyn } from './money.ts';
export { assessPassengerDeclaration } from './passenger-payments.ts';
export { printedRate } from './rate-words.ts';
export { assessTransitSecurity } from './transit-security.ts';

/**
 * Customs payments (issue 16): the calculation of duties, taxes and fees; the personal advance
 * account (ACC-14); customs receipt orders; deferrals, instalments and refunds on signed
 * applications, and the notices that payment has come due (ACC-21).
 */
export const paymentsModule: ModuleDescriptor<SignatureSetup & { receiptSigner: ReceiptSigner }> = {
  name: 'payments',
  // The system's signing key is the declarations module's (its receipts): given as a service, so
  // payments, which declarations calls, does not call back into it.
  async routes(app, { db, publicReads, clock, config, verifier, notifyOutbox, workers, receiptSigner: signer }) {
    await app.register(calculationRoutes, { db, clock });
    await app.register(ledgerRoutes, { ctx: { db, clock, publicUrl: config.publicUrl, workers } });
    await app.register(receiptOrderRoutes, {
      ctx: { db, clock, publicUrl: config.publicUrl, signer, workers },
      publicReads,
      verifier,
    });
    await app.register(applicationRoutes, {
      ctx: { db, clock, verifier, notifyOutbox, publicUrl: config.publicUrl },
    });
  },
  jobs: ({ db, clock, logger, notifyOutbox, config }) => [
    startPaymentDueNoticesJob({ db, clock, notifyOutbox, publicUrl: config.publicUrl }, logger),
  ],
};
