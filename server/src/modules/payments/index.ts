import type { ModuleDescriptor } from '../../platform/module.ts';
import { ledgerRoutes } from './ledger/routes.ts';
import { calculationRoutes } from './routes.ts';

export { toAnswer as calculationAnswerOf } from './answer.ts';
export {
  collectOnRelease,
  heldFor,
  heldForEach,
  holdLater,
  holdOnRegistration,
  returnOnClosing,
} from './declaration-money.ts';
export type { Assessment } from './declaration-payments.ts';
export { assessGoodsDeclaration, calculatedBox47 } from './declaration-payments.ts';
export type { LedgerContext } from './ledger/context.ts';
export { formatTiyn } from './money.ts';

/** Customs payments (issue 16): the calculation of duties, taxes and fees; the personal advance account (ACC-14). */
export const paymentsModule: ModuleDescriptor = {
  name: 'payments',
  async routes(app, { db, clock, config }) {
    await app.register(calculationRoutes, { db, clock });
    await app.register(ledgerRoutes, { ctx: { db, clock, publicUrl: config.publicUrl } });
  },
};
