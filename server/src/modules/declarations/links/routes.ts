import { linkRoutes as r } from '@shekara/contracts/declarations/links';
import { contractRoutes } from '../../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../../platform/http/types.ts';
import { caller } from '../../accounts/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { overdueReleasesFor } from './overdue-releases.ts';

/** The officer's side of links between documents: releases before the declaration left overdue (ACC-17). */
export async function linkRoutes(app: ZodApp, options: { ctx: DeclarationsContext }): Promise<void> {
  const { ctx } = options;
  const route = contractRoutes(app, {
    tags: ['declarations: officer'],
    access: { audience: 'staff', object: 'own-body' },
  });
  route(r.overdueReleases, {
    summary: 'Releases before the goods declaration whose term passed with no goods declaration naming them (ACC-17)',
    handler: async (request) => overdueReleasesFor(ctx.db, ctx.clock, caller(request).account),
  });
}
