import { draftRoutes } from '@shekara/contracts/declarations/drafts';
import { contractRoutes } from '../../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../../platform/http/types.ts';
import { caller, requestFacts } from '../../accounts/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { createCorrection } from './create-correction.ts';

/** Routes of the declarations module: corrections after release (КДТ) as new documents linked to the original. */
export async function correctionRoutes(app: ZodApp, { ctx }: { ctx: DeclarationsContext }): Promise<void> {
  const route = contractRoutes(app, { tags: ['declarations'] });

  route(draftRoutes.startCorrection, {
    summary: 'Start a correction (КДТ) of a released declaration (issue 6 point 11)',
    description:
      'A new draft of the same kind, its document copied from the released one, linked by correctsId; edit, sign and submit it like any declaration.',
    access: { audience: 'user', object: 'own-organisation', internal: true },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await createCorrection(ctx, caller(request).account, request.params.id, requestFacts(request))),
  });
}
