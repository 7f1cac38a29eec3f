import type { ModuleDescriptor } from '../../platform/module.ts';
import { loadRegisterDemoData } from './load-demo-data.ts';
import { operatorRegisterRoutes } from './routes.ts';

export { registerRegistersImportCommand } from './cli.ts';
export type { RegisterEntry } from './entries.ts';
export { putOnRegisters } from './load-demo-data.ts';
export { registerStandingOf, requireRegisterStanding } from './standing.ts';

/**
 * The registers of persons in customs business (issue 17 point 6; REG-3, REG-5): who may act as
 * a customs representative, carrier, warehouse or shop owner or AEO, on which days. Accounts asks
 * them at registration and on every request of the internal module; the officers keep them here
 * or import them (`shekara reference import registers`).
 */
export const registersModule: ModuleDescriptor = {
  name: 'registers',
  async routes(app, { db, clock }) {
    await app.register(operatorRegisterRoutes, { db, clock });
  },
  demoData: loadRegisterDemoData,
};
