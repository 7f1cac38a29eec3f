import type { ModuleDescriptor } from '../../platform/module.ts';
import { calculationRoutes } from './routes.ts';

/** Customs payments (issue 16): the calculation of duties, taxes and fees. */
export const paymentsModule: ModuleDescriptor = {
  name: 'payments',
  async routes(app, { db, clock }) {
    await app.register(calculationRoutes, { db, clock });
  },
};
