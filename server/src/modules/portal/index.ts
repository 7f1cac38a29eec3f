import type { ZodApp } from '../../platform/http/types.ts';
import type { RequireAccount } from '../accounts/index.ts';
import { adminPortalRoutes } from './admin-routes.ts';
import type { PortalContext } from './context.ts';
import { publicPortalRoutes } from './public-routes.ts';
import { supportRoutes } from './support/routes.ts';

export { loadPortalDemoContent } from './load-demo-content.ts';
export type { PortalContext } from './context.ts';

/** The public portal's content, its editor and the support service (issue 5 points 7 and 8). */
export async function registerPortal(app: ZodApp, { ctx, requireAccount }: { ctx: PortalContext; requireAccount: RequireAccount }): Promise<void> {
  await app.register(publicPortalRoutes, { ctx });
  await app.register(adminPortalRoutes, { ctx, requireAccount });
  await app.register(supportRoutes, { ctx, requireAccount });
}
