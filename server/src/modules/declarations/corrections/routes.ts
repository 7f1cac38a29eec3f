import { draftRoutes } from '@shekara/contracts/declarations/drafts';
import { routeSchema } from '@shekara/contracts/http';
import type { ZodApp } from '../../../platform/http/types.ts';
import { caller, type RequireAccount, requestFacts } from '../../accounts/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { createCorrection } from './create-correction.ts';

/** Routes of the declarations module: corrections after release (КДТ) as new documents linked to the original. */
export async function correctionRoutes(
  app: ZodApp,
  options: { ctx: DeclarationsContext; requireAccount: RequireAccount },
): Promise<void> {
  const { ctx, requireAccount } = options;
  app.post(
    draftRoutes.startCorrection.path,
    {
      preHandler: requireAccount({ kinds: ['user'] }),
      schema: {
        summary: 'Start a correction (КДТ) of a released declaration (issue 6 point 11)',
        description:
          'A new draft of the same kind, its document copied from the released one, linked by correctsId; edit, sign and submit it like any declaration.',
        tags: ['declarations'],
        ...routeSchema(draftRoutes.startCorrection),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createCorrection(ctx, caller(request).account, request.params.id, requestFacts(request))),
  );
}
