import type { ModuleDescriptor } from '../../platform/module.ts';
import { adminPortalRoutes } from './admin-routes.ts';
import type { PortalContext } from './context.ts';
import { loadPortalDemoContent } from './load-demo-content.ts';
import { publicPortalRoutes } from './public-routes.ts';
import { supportRoutes } from './support/routes.ts';

/** The public portal's content, its editor and the support service (issue 5 points 7 and 8). */
export const portalModule: ModuleDescriptor = {
  name: 'portal',
  async routes(app, { db, publicReads, clock, config }) {
    const ctx: PortalContext = {
      db,
      clock,
      publicUrl: config.publicUrl,
      portal: config.portal,
      support: config.support,
    };
    // The published pages only read: their queries go to a read replica when one serves.
    await app.register(publicPortalRoutes, { ctx: { ...ctx, db: publicReads } });
    await app.register(adminPortalRoutes, { ctx });
    await app.register(supportRoutes, { ctx });
  },
  demoData: loadPortalDemoContent,
};
