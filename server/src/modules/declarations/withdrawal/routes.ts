import { withdrawalRoutes as r } from '@shekara/contracts/declarations/withdrawal';
import type { RouteAccess } from '../../../platform/http/access.ts';
import { contractRoutes } from '../../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../../platform/http/types.ts';
import { caller, requestFacts } from '../../accounts/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { withdrawalFactsNow, withdrawDeclaration } from './withdraw-declaration.ts';
import { withdrawalPayload } from './withdrawal-payload.ts';

/** Routes of the declarations module: withdrawal of a registered declaration at the declarant's request (art. 113). */
export async function withdrawalRoutes(app: ZodApp, { ctx }: { ctx: DeclarationsContext }): Promise<void> {
  // The organisation that filed the declaration withdraws it. Who signs is judged on the signature
  // as for the declaration (the declarant, or its representative under a representation in force);
  // no new document is filed in a declarant's name, so the route does not act for one.
  // A signed request about a customs document: the internal module's (ACC-6, ACC-9).
  const declarant: RouteAccess = { audience: 'user', object: 'own-organisation', internal: true };
  const route = contractRoutes(app, { tags: ['declarations'], access: declarant });

  route(r.payload, {
    summary: 'The bytes the declarant signs to withdraw a registered declaration (art. 113)',
    description:
      'UTF-8 canonical JSON of `{ request: "withdrawal", registrationNumber, documentSha256, reason }` as base64, the hash being of the registered copy withdrawn. Sign it with the NCA signing key and POST the CMS to …/withdrawal with the same reason.',
    handler: async (request) => {
      const { declaration: _, ...facts } = await withdrawalFactsNow(
        ctx.db,
        caller(request).account,
        request.params.id,
        request.body.reason,
      );
      return { data: withdrawalPayload(facts).toString('base64') };
    },
  });

  route(r.withdraw, {
    summary: 'Withdraw a registered declaration at the declarant’s request, before release (art. 113)',
    description:
      'Verifies the signature by the declarant’s (or its customs representative’s) NCA signing key over the withdrawal payload; the declaration becomes withdrawn, final, and no decision follows. After release a correction (КДТ) is filed instead (DECL_WITHDRAWAL_AFTER_RELEASE).',
    handler: async (request, reply) => {
      const result = await withdrawDeclaration(
        ctx,
        caller(request).account,
        request.params.id,
        request.body,
        requestFacts(request),
      );
      return reply.status(201).send({ ...result, withdrawnAt: result.withdrawnAt.toISOString() });
    },
  });
}
